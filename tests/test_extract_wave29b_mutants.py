"""Unit cases for wave 29's parts (what mutation round 29b found unasserted by the wave-29 files): a party moving its
own guidance, a lead-in naming its document, datelines, the body shown regulating, investigators, spelled letters, an apposition's
source, a firm's commentators; every party and sentence is invented, and each assert is on a
whole value: a function's whole return value or a text's whole table."""
from __future__ import annotations

import pytest

from claims.extract.attribution.document_lead_ins import document_lead_speaker
from claims.extract.attribution.guidance_moves import may_move_guidance
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.relative_sources import APPOSITIVE_SOURCE_RE, relative_sources
from claims.extract.datelines import dateline_end, place_dateline_end
from claims.extract.entities import Mention
from claims.extract.speakers import Context, Who
from claims.extract.speakers.names import past_commentators
from claims.extract.speakers.regulating_bodies import is_one_word_regulator, regulating_mentions
from claims.extract.speakers.spelled_letters import is_short_name, named_before, spelled_by_initials
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


# speakers/regulating_bodies.regulating_mentions: every body shown regulating, whole, in text order (the one-word
# name, the name before `, which regulates`, the name shown fining).


def org(text: str, name: str, start_at: str | None = None) -> Mention:
    """The org mention of `name` written first in the text (or first from where `start_at` is written)."""
    start = text.index(start_at or name)
    return Mention(start, start + len(start_at or name), name, "org")


R1 = "Ofrail approved the timetable. Coastway Radio was fined £5,000 by the Tarnwatch Board."
R2 = "The Tarnwatch Board has fined Coastway Radio £5,000. The Often Board, which regulates ferries, met."
R3 = "Coastway Radio was fined by The Ofrail Panel on Monday."
R4 = "Coastway Radio, which supplies music, met. The Tarn Board, which regulates ferries, met."
R5 = "Tarn Waters Board, which regulates the quarry, met."
R6 = "Coastway met.\nTarn Waters Board, which regulates the quarry, met."


@pytest.mark.parametrize(("text", "expected"), [
    (R1, (org(R1, "Ofrail"), org(R1, "Tarnwatch Board"))),
    (R2, (org(R2, "Tarnwatch Board", "The Tarnwatch Board"), org(R2, "Often Board", "The Often Board"))),  # `The` read off the name
    (R3, (org(R3, "Ofrail Panel", "The Ofrail Panel"), org(R3, "Ofrail"))),  # one start before the other, in text order
    (R4, (org(R4, "Tarn Board", "The Tarn Board"),)),  # a clause that does not regulate before one that does
    (R5, (org(R5, "Tarn Waters Board"),)),  # the name opens the text
    (R6, (org(R6, "Tarn Waters Board"),)),  # the name opens its line
    ("the board, which regulates ferries, met.", ()),  # no name before the clause
    ("The Tarn Board at the quarry, which regulates ferries, met.", ()),  # the name does not end at the clause
    ("The fined firm, Coastway Radio, said it would appeal.", ()),  # `The` alone is no name
])
def test_regulating_mentions(text: str, expected: tuple[Mention, ...]) -> None:
    assert regulating_mentions(text) == expected


@pytest.mark.parametrize(("word", "expected"), [("Ofrail", True), ("Estyn", True), ("Often", False), ("Tarn", False)])
def test_is_one_word_regulator(word: str, expected: bool) -> None:
    assert is_one_word_regulator(word) is expected


# speakers/investigator_bodies: a first body read as an inspectorate though its head (`Ofrail`) is no investigating
# body's.


def test_investigators_of_a_one_word_inspectorate() -> None:
    text = "Ofrail, the rail regulator, said on Tuesday that the trains ran late.\n\nInvestigators found that a signal had failed.\n"
    assert cued_rows(text) == [("Ofrail", "inspectorate", "said on Tuesday that", "the trains ran late"),
                               ("Ofrail", "inspectorate", "found that", "a signal had failed")]


# speakers/spelled_letters: which names are short names, the name in brackets before them, letters with `&`.


@pytest.mark.parametrize(("name", "expected"), [("Food", False), ("FSA", True), ("EnReg", True), ("A&E", True)])
def test_is_short_name(name: str, expected: bool) -> None:
    assert is_short_name(name) is expected


def test_named_before_reads_off_the() -> None:
    assert named_before("FSA", "The Food Standards Authority (FSA) said.") == "Food Standards Authority"


def test_spelled_by_initials_skips_the_ampersand() -> None:
    assert spelled_by_initials("A&E", "Ashby and Eastfold said.") == "Ashby and Eastfold"


# attribution/relative_sources: the rows of two clauses in one claim come in text order, the apposition's (found by the
# second pattern) before the `which` clause's after it, whatever their speakers' names.


def test_source_rows_in_text_order() -> None:
    text = ("Voltway said drivers of the Breeze recharge every 190 miles, a figure Yarrow Motors said was low for a car "
            "like the Breeze, which the Harbour Institute said was the most sold car in May.\n")
    claim = ("a figure Yarrow Motors said was low for a car like the Breeze, which the Harbour Institute said was the "
             "most sold car in May")
    assert cued_rows(text) == [
        ("Voltway", "organisation", "said", "drivers of the Breeze recharge every 190 miles, " + claim),
        ("Yarrow Motors", "organisation", "said", claim),
        ("Harbour Institute", "organisation", "said", "Breeze, which the Harbour Institute said was the most sold car in May")]


# APPOSITIVE_SOURCE_RE (module-level, so mutmut leaves it alone): `a`/`an`, `that`, `had`/`has`, a name of up to five
# capitalised words or `the` and one or two words; no `the figure`, no verb outside the list, a word after the cue.


@pytest.mark.parametrize(("text", "expected"), [
    ("1,800 farms, a figure the institute said was counted", ("the institute", "said")),
    ("190 miles, an estimate that Corlan Motors had said was low", ("Corlan Motors", "said")),
    ("20 times, a level the river agency has described as harmful", ("the river agency", "described")),
    ("90 homes, a number Tarn Valley Water Board Services said was low", ("Tarn Valley Water Board Services", "said")),
    ("90 homes, a number Tarn Valley Water Board Services Group said was low", None),  # six words: no name
    ("90 homes, the figure the institute said was low", None),
    ("90 homes, a figure the institute reported was low", None),
    ("90 homes, a figure the institute said", None),  # nothing after the cue
])
def test_appositive_source_pattern(text: str, expected: tuple[str, str] | None) -> None:
    match = APPOSITIVE_SOURCE_RE.search(text)
    assert (match.group("who", "cue") if match else None) == expected


def test_relative_sources_returns_rows_in_text_order() -> None:
    text = ("Voltway said drivers of the Breeze recharge every 190 miles, a figure Yarrow Motors said was low for a car "
            "like the Breeze, which the Harbour Institute said was the most sold car in May.")
    start, end = text.index("drivers"), len(text) - 1
    found = Attribution("Voltway", "organisation", "said", ((start, end),))
    assert relative_sources(text, (0, len(text)), found, [], Context(text=text)) == [
        found, Attribution("Yarrow Motors", "organisation", "said", ((text.index("a figure"), end),)),
        Attribution("Harbour Institute", "organisation", "said", ((text.rindex("Breeze"), end),))]


# speakers/names.past_commentators: `at`, `with` or `from` after the commentators, and a name after them.


@pytest.mark.parametrize(("raw", "expected"), [
    (["Analysts", "at", "Tallowmere"], ["Tallowmere"]),
    (["Economists", "with", "Tallowmere", "Bank"], ["Tallowmere", "Bank"]),
    (["strategists", "from", "Tallowmere"], ["Tallowmere"]),
    (["Analysts", "at"], ["Analysts", "at"]),  # no name after them
    (["Analysts", "for", "Tallowmere"], ["Analysts", "for", "Tallowmere"]),
    (["Traders", "at", "Tallowmere"], ["Traders", "at", "Tallowmere"]),  # no commentators' word
])
def test_past_commentators(raw: list[str], expected: list[str]) -> None:
    assert past_commentators(raw) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Economists with Tallowmere said rates would rise to 5%.\n",
     [("Tallowmere", "organisation", "said", "rates would rise to 5%")]),
    ("Analysts from Tallowmere said rates would rise to 5%.\n",
     [("Tallowmere", "organisation", "said", "rates would rise to 5%")]),
])
def test_commentators_with_or_from_a_firm(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
