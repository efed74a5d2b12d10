"""Unit cases for wave 29's parts (what mutation round 29b found unasserted by the wave-29 files): a party moving its
own guidance, a lead-in naming its document, datelines; every party and sentence is invented, and each assert is on a
whole value: a function's whole return value or a text's whole table."""
from __future__ import annotations

import pytest

from claims.extract.attribution.document_lead_ins import document_lead_speaker
from claims.extract.attribution.guidance_moves import may_move_guidance
from claims.extract.datelines import dateline_end, place_dateline_end
from claims.extract.speakers import Context, Who
from extract_rows import cued_rows


# attribution/guidance_moves: the cheap test, and guidance_move's guards (a figure in the same sentence, no question,
# no move inside quoted speech, a party for subject), each sentence read on its own.


@pytest.mark.parametrize(("body", "expected"), [
    ("Tolbrook raised its forecast to £52m.", True),
    ("Tolbrook said the forecast was 5%.", False),  # a noun but no move of its own
    ("Tolbrook raised its guidance, outlook, forecasts, estimates and projections.", True),  # every noun at once
])
def test_may_move_guidance(body: str, expected: bool) -> None:
    assert may_move_guidance(body) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tolbrook cut its profit forecast for the second time this year.\n", []),  # no figure follows
    ("Tolbrook raised its forecast again. Sales rose by 5% in May.\n", []),  # the figure is the next sentence's
    ("Has Tolbrook raised its forecast to £52m?\n", []),  # a question
    ("Analysts raised their forecast for Tolbrook to £40m.\n", []),  # no party is the subject
    ("Pellmore Bank raised its forecast for lending growth to 6%. "
     "Quillon Software kept its guidance of revenue at £820m.\n",
     [("Pellmore Bank", "organisation", "raised", "raised its forecast for lending growth to 6%"),
      ("Quillon Software", "organisation", "kept", "kept its guidance of revenue at £820m")]),  # each its own move
    ('Tolbrook raised its forecast to £52m. "It was a strong spring for all of our shops," said Jo Penn, '
     "its chief executive.\n",
     [("Tolbrook", "organisation", "raised", "raised its forecast to £52m"),
      ("Jo Penn", "person", "said", "It was a strong spring for all of our shops")]),  # speech beside the move
    ('Jo Penn said: "Sales were strong in every one of our shops. Tolbrook raised its forecast to £52m" on Monday.\n',
     [("Jo Penn", "person", "said:", "Sales were strong in every one of our shops."),
      ("Jo Penn", "person", "said:", "Tolbrook raised its forecast to £52m")]),  # a move inside speech is the speaker's
    ('Jo Penn said on Monday: "Sales were strong. Tolbrook raised its forecast to £52m" - and shares rose.\n',
     [("Jo Penn", "person", "said on Monday:", "Sales were strong."),
      ("Jo Penn", "person", "said on Monday:", "Tolbrook raised its forecast to £52m")]),  # its sentence runs past
])
def test_guidance_move_guards(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# attribution/document_lead_ins: an inspectorate owning the document speaks its lead-in's items too (the table
# gives it by the finder's rule as well, so document_lead_speaker is asked itself).


@pytest.mark.parametrize(("text", "expected"), [
    ("The Standards Commission published its annual review of party funding. Key findings of the review include:",
     Who("Standards Commission", "inspectorate", 87)),
    ("The Harbour Trust published its annual review. Key findings of its annual review include:",
     Who("Harbour Trust", "organisation", 63)),
    ("Jo Penn published her annual review. Key findings of the review include:", None),  # a person's: left
])
def test_document_lead_speaker(text: str, expected: Who | None) -> None:
    cue = text.rindex(". ") + 2
    assert document_lead_speaker(text, (cue, len(text)), Context(text=text)) == expected


def test_document_lead_in_of_an_inspectorate() -> None:
    text = ("The Standards Commission has published its annual review of party funding.\n\n"
            "Dr Helen Marsh, who led the work, found that 12 parties filed late.\n\n"
            "Key findings of the review include:\n\n- 4 parties were fined\n- two reports were lost\n")
    cue = "Key findings of the review include:"
    assert cued_rows(text) == [("Helen Marsh", "person", "found that", "12 parties filed late"),
                               ("Standards Commission", "inspectorate", cue, "4 parties were fined"),
                               ("Standards Commission", "inspectorate", cue, "two reports were lost")]


# datelines: where a dateline ends, within the bounds given, and only at a line's start.


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("FRANKFORT, Ky. - Acme said.", 0, 27, 17),  # region after a comma
    ("DUBLIN, July 28 - Acme said.", 0, 10, None),  # the dash lies past the end given
    ("MINNEAPOLIS - The firm said.", 0, 28, 14),  # a place and a dash alone
])
def test_dateline_end(text: str, start: int, end: int, expected: int | None) -> None:
    assert dateline_end(text, start, end) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("A\nMINNEAPOLIS - The firm said.", 2, 29, 16),  # after a line break
    ("xMINNEAPOLIS - The firm said.", 1, 28, None),  # inside a line
    ("Acme said. MINNEAPOLIS - The firm said.", 11, 39, None),  # after a sentence on its line
    ("MINNEAPOLIS - The firm said.", 0, 27, 14),  # the text's start, no line break at its end
    ("MINNEAPOLIS - The firm said.", 0, 12, None),  # the dash lies past the end given
    ("PRESS RELEASE - The Trust said.", 0, 31, None),  # a release's marker
    ("WESTBURY CLUB - The Trust said.", 0, 31, None),  # a body's head
])
def test_place_dateline_end(text: str, start: int, end: int, expected: int | None) -> None:
    assert place_dateline_end(text, start, end) == expected
