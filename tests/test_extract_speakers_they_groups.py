"""`claims.extract.speakers.they_groups`: an unresolved `they` before or after a claim means the body whose people at
work open the sentence (`Inspectors from X visited ... They found`, `X Police Department officers have made ..., they
said`); each case a short text written for this test about invented parties, and the whole table it gives as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors from the Kestle Care Commission visited the home in May. They found that staff were kind.\n",
     [("Kestle Care Commission", "inspectorate", "found that", "staff were kind")]),
    ("When Kestle Care Commission inspectors visited the home in May, they found that staff were kind.\n",
     [("Kestle Care Commission", "inspectorate", "found that", "staff were kind")]),
], ids=["sentence-before", "clause-of-time"])
def test_they_before_a_claim_means_the_body_whose_people_open_the_sentence(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_they_after_a_claim_in_a_later_paragraph_after_a_heading_and_a_sentence() -> None:
    """The claim's own sentence is found on its own line, after the sentence before it, with a paragraph after."""
    text = ("Thefts in Dunmore\n\nBreak-ins rose in May. Wexley Police Department officers have made six arrests after "
            "a spate of thefts, they said Monday.\n\nResidents said the streets felt safer.\n")
    assert cued_rows(text) == [
        ("Wexley Police Department", "organisation", "said",
         "Wexley Police Department officers have made six arrests after a spate of thefts"),
        ("Residents", "unresolved", "said", "the streets felt safer"),
    ]


def test_they_after_a_claim_opening_on_people_of_no_body_at_work_stays_unresolved() -> None:
    text = "Wexley Neighbourhood Watch members reported 12 burglaries last year, they said.\n"
    assert cued_rows(text) == [
        ("they", "unresolved", "said", "Wexley Neighbourhood Watch members reported 12 burglaries last year")]
