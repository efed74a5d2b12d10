"""`claims.extract.speakers.they_groups`: an unresolved `they` before or after a claim means the body whose people at
work open the sentence (`Inspectors from X visited ... They found`, `X Police Department officers have made ..., they
said`); each case a short text written for this test about invented parties, and the whole table it gives as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.they_groups import group_before, they_group
from claims.extract.speakers.words import sentence_starts
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


# wave 62f: `They` opening a paragraph means the group of a body's people that opens the last sentence of the paragraph
# before; with no body they work for named, the speaker is the group as the text writes it (unresolved still).
@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors from the Kestle Care Commission visited the home in May.\n\nThey found that staff were kind.\n",
     [("Kestle Care Commission", "inspectorate", "found that", "staff were kind")]),
    ("Police in Wexley are asking for help after two fires.\n\nOfficers have urged anyone with footage to call.\n\n"
     "They say the first fire started at about 2am on Sunday.\n",
     [("Officers", "unresolved", "say", "the first fire started at about 2am on Sunday")]),
    ("Wexley Neighbourhood Watch met in May.\n\nThey say 12 homes were burgled last year.\n",
     [("they", "unresolved", "say", "12 homes were burgled last year")]),  # no group of a body's people before
], ids=["paragraph-before-body", "paragraph-before-group-words", "no-group"])
def test_they_opening_a_paragraph_means_the_group_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("When fire safety inspectors visited the shop, they found that exits were blocked.\n",
     [("fire safety inspectors", "unresolved", "found that", "exits were blocked")]),
    ("Rain fell. After Kelby officers arrived at the shop, they said the exits were blocked.\n",
     [("Kelby officers", "unresolved", "said", "the exits were blocked")]),
    ("Once the auditors examined the books, they found that \u00a32m was missing.\n",
     [("the auditors", "unresolved", "found that", "\u00a32m was missing")]),
], ids=["when", "after", "once-the"])
def test_the_group_of_a_clause_of_time_is_named_without_its_conjunction(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 63m: `When fire safety inspectors visited ..., they found` named its speaker `When fire safety inspectors`
    (the sentence's opening read the conjunction as a modifier of the group)."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officers have urged residents to call.\n\nThey say the fire started at 2am.", "Officers"),
    ("Fire safety inspectors visited the shop. They found that exits were blocked.", "Fire safety inspectors"),
    ("The auditors examined 12 schemes.\n\nThey say the fire started at 2am.", "the auditors"),
    ("Residents met in May.\n\nThey say the fire started at 2am.", None),
    ("They say the fire started at 2am.", None),  # the text's first paragraph: nothing before
    ("Rain fell all day. Fire safety inspectors visited the shop. They found that exits were blocked.",
     "Fire safety inspectors"),  # the sentence right before, not the paragraph's first
    ("Rain fell. When fire safety inspectors visited the shop, they found that exits were blocked.",
     "fire safety inspectors"),  # the clause of time of its own sentence, not the sentence before
    ("When fire safety inspectors visited the shop, they found that exits were blocked.", "fire safety inspectors"),
    ("Fire safety inspectors visited the shop on Monday\nOfficers have urged residents to call.\n\n"
     "They say the fire started at 2am.", "Officers"),  # the last line of the paragraph before, after no full stop
    ("\nFire safety inspectors visited the shop. They found that exits were blocked.",
     "Fire safety inspectors"),  # a line break opening the text
    ("\nOfficers have urged residents to call.\n\nThey say the fire started at 2am.", "Officers"),
])
def test_they_group(text: str, expected: str | None) -> None:
    claim = text.index("the fire") if "the fire" in text else text.index("exits")
    assert they_group(text, (claim, len(text))) == expected


# Wave 64x: `group_before` had a branch for a sentence start right at `they` (the sentence before then read), which
# never ran: `sentence_starts(text, paragraph, at)` searches text[paragraph:at] alone, and a start needs the capital
# or quotation mark after it, so every start but the paragraph's is followed by a word before `at`. Removed; the
# sentence before is read as `own`'s (the paragraph's start when `They` opens the second sentence).
@pytest.mark.parametrize(("text", "at"), [
    ("Inspectors visited the shop. They found rats.", 29), ("Inspectors visited. \"They found rats.\"", 20),
    ("A. B. They", 6), ("Officers came.  They", 16), ("Officers came.\tThey", 15), ("They", 0), ("", 0)])
def test_no_sentence_start_but_the_first_is_followed_only_by_space_up_to_the_end(text: str, at: int) -> None:
    starts = sentence_starts(text, 0, at)
    assert [start for start in starts[1:] if text[start:at].strip() == ""] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Inspectors visited the shop. They found rats.", "Inspectors"),  # the sentence before, from its start
    ("Report\n\nThe auditors examined 19 projects. They found gaps.", "The auditors"),
    ("The auditors examined 19 projects. Then they found gaps.", None),  # `they` inside its sentence: its own only
    ("Officers visited. Neighbours complained. They found rats.", None),  # the sentence right before only
])
def test_group_before_reads_the_sentence_before_they(text: str, expected: str | None) -> None:
    group = group_before(text, text.rindex("hey") - 1)
    assert (None if group is None else group.string[group.start():group.end("noun")]) == expected
