"""Unit cases for wave 33's second-wave extractor parts (what mutation round 34 found unasserted by the wave-33 files):
a ruling's writer named by its heading or signature and its own first person (33j), a cue set off inside its claim
(33k), and a body the text shows as a regulator by suing, fining or issuing penalties, or as an `Administration` (33l);
every party and sentence is invented, and each assert is on a whole value: a function's whole return value or a text's
whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.mid_cues import claim_before, goes_on_as, mid_cue_contents
from claims.extract.attribution.ruling_voice import ruler
from claims.extract.attribution.ruling_writers import ruling_writer
from claims.extract.speakers import Context
from claims.extract.speakers.regulator_signs import administering_name, shown_as_regulator
from extract_rows import cued_rows, named_context


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _writer(text: str) -> tuple[str, str] | None:
    return ruling_writer(text, Context(text=text))


# ruling_writers.ruling_writer (wave 33j): a ruling's noun must stand in the text's first 2,000 characters, even for a
# signature over a deciding post; the opening lines are the first twenty, read from the text's start, so a heading on
# the twenty-first line is none and a heading over a long ruling is still read; a signature needs a post on the line
# right under it, and a name line with none under it (at the text's end) names no writer.

_SIGNED = "by Jo Roe\nan Inspector appointed by the Secretary of State\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("Examination of the Tarn Local Plan\n\nby Jo Roe BA MRTPI\nan Inspector appointed by the Secretary of State\n\n"
     "1. The plan is sound.", None),  # a post under a signature, but no ruling's noun
    (_SIGNED + "a" * (2000 - len(_SIGNED) - 8) + " decision", None),  # the noun ends one character past the 2,000
    (_SIGNED + "a" * (2000 - len(_SIGNED) - 9) + " decision", ("Jo Roe", "person")),  # ... and right at them
    ("Intro\n\n" * 10 + "DECISION OF THE HALLOWAY RACING PANEL", None),  # the twenty-first line
    ("Intro\n\n" * 9 + "DECISION OF THE HALLOWAY RACING PANEL", ("HALLOWAY RACING PANEL", "organisation")),
    ("DECISION OF THE HALLOWAY RACING PANEL\n\n" + "".join(f"{i}. Item {i}.\n\n" for i in range(1, 15)),
     ("HALLOWAY RACING PANEL", "organisation")),  # a ruling longer than its opening lines
    ("Appeal Decision\n\nReport of a hearing\nan Inspector appointed by the Secretary of State\n\n1. Dismissed.", None),
    ("Appeal Decision\n\nby Jo Roe", None),  # a name line at the text's end
    ("Appeal Decision\n\nby Jo Roe\nan Inspector appointed by the Secretary of State", ("Jo Roe", "person")),
])
def test_where_a_rulings_writer_is_read(text: str, expected: tuple[str, str] | None) -> None:
    assert _writer(text) == expected


# ruling_voice.ruler and ruling_first_person (wave 33j): a body that judged in the third person keeps its own kind for
# its `We`; with no writer a `We find` is nobody's; a `We find` inside a quotation is its speaker's, a question is no
# finding, and `We find that the rider:` leads in to the bullets below as the writer's.


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarn Water Regulator examined the complaint from Ella Brook.\n\nThe Tarn Water Regulator found that the "
     "company had overcharged 400 homes.\n\nWe find that the refunds offered were too small.",
     [("Tarn Water Regulator", "inspectorate", "found that", "the company had overcharged 400 homes"),
      ("Tarn Water Regulator", "inspectorate", "find", "We find that the refunds offered were too small")]),
    ("Harbour rates rise\n\nWe find that the new harbour rates are higher than last year's.", []),
    ("DECISION OF THE HALLOWAY RACING PANEL\n\n1. Ed Marsh told the hearing: \"The track was wet on the day. We find "
     "that hard to ignore.\"\n\n2. We find that he rode carelessly.",
     [("Ed Marsh", "person", "told the hearing:", "The track was wet on the day."),
      ("Ed Marsh", "person", "told the hearing:", "We find that hard to ignore."),
      ("HALLOWAY RACING PANEL", "organisation", "find", "We find that he rode carelessly")]),
    ("DECISION OF THE HALLOWAY RACING PANEL\n\n1. We consider whether the ban was fair to the rider?\n\n"
     "2. We find that he rode carelessly.",
     [("HALLOWAY RACING PANEL", "organisation", "find", "We find that he rode carelessly")]),
    ("DECISION OF THE HALLOWAY RACING PANEL\n\n1. We find that the rider:\n\n- switched lanes twice in the final "
     "furlong;\n- ignored a steward's warning.",
     [("HALLOWAY RACING PANEL", "organisation", "find", "switched lanes twice in the final furlong"),
      ("HALLOWAY RACING PANEL", "organisation", "find", "ignored a steward's warning")]),
])
def test_a_rulings_first_person(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_the_ruler_is_the_judging_body_with_its_own_kind() -> None:
    ctx = named_context("The Tarn Water Regulator found that the company had overcharged 400 homes.")
    ctx.judging_body = "Tarn Water Regulator"
    assert ruler(ctx) == ("Tarn Water Regulator", "inspectorate", "We")


# mid_cues.claim_before and its _opens_on_frame (wave 33k): the words before a cue set off inside its claim are a claim
# only right after a comma (a word or a closing quotation mark between is none), of three words or more, with a verb
# or a figure, never opening or followed by a leaning word; a participle opens a frame unless it describes a figure's
# subject,
# and a figure after `Asked whether` or `Speaking at` is still a frame's.


@pytest.mark.parametrize(("text", "who", "expected"), [
    ("Ferry crossings fell by 12% in July, and the board said so.", "the board", None),  # `and` between
    ("'Ferry crossings fell by 12%,' the board said.", "the board", None),  # a closing quotation mark between
    ("Ferry crossings fell by 12% in July, and the board said so.", "and the board", None),  # a leaning speaker
    ("The shiny new ferry timetable, the board said, is late.", "the board", None),  # no verb, no figure
    ("Fares rose, the board said.", "the board", None),  # two words
    ("Fares rose sharply, the board said.", "the board", (0, 18)),  # three
    ("Fares have risen, the board said.", "the board", (0, 16)),  # no participle opens it
    ("Asked whether fares would rise by 5%, the board said no.", "the board", None),
    ("Speaking at a hearing on the \u00a34m deficit, the board said no.", "the board", None),
    ("Adjusted profit will be \u00a34m, the board said.", "the board", (0, 27)),
])
def test_the_claim_before_a_cue_set_off(text: str, who: str, expected: tuple[int, int] | None) -> None:
    assert claim_before(text, (0, len(text)), text.index(who)) == expected


# mid_cues.mid_cue_contents (wave 33k): nothing after the cue is no cue set off; a cue in the next sentence does not
# make the tail another's; the tail's conjunction is left out, a tail without one kept whole from its first word; a
# tail with no verb goes on the claim, the sentence whole but its stop.


def _contents(text: str, end: int | None = None) -> list[tuple[int, int]] | None:
    end = len(text) if end is None else end
    cue_end = text.index("said") + len("said")
    return mid_cue_contents(text, (0, end), cue_end, text.index("the board"), (cue_end, end))


_TAIL = "Ferry crossings fell by 12%, the board said on Monday, and fares will rise in May."


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Ferry crossings fell by 12%, the board said.", None, None),
    (_TAIL + " The union said trade held up well.", len(_TAIL), [(0, 27), (59, 82)]),
    (_TAIL, None, [(0, 27), (59, 82)]),
    ("Ferry crossings fell by 12%, the board said on Monday, fares will rise in May.", None, [(0, 27), (55, 78)]),
    ("X-ray waits fell to 12 weeks, the board said, up from 15 weeks.", None, [(0, 62)]),
])
def test_the_contents_of_a_cue_set_off(text: str, end: int | None, expected: list[tuple[int, int]] | None) -> None:
    assert _contents(text, end) == expected


def test_an_as_clause_goes_on_only_after_as_it() -> None:
    assert [goes_on_as("as it confirmed the pontoon", 3),
            goes_on_as("Fares rose, the board said, and it confirmed the pontoon.", 28)] == [True, False]


# sentences._aside_tail (wave 33k's `goes_on_as` in it): a colon's lead-in has no claim to cut; a clause after an aside
# with its own speaker is that speaker's, with its conjunction or without.


_CHAIR = '"We will keep every ferry running through the winter," the chair said. '


@pytest.mark.parametrize(("text", "expected"), [
    ("The board said:\n\n- fares rose by 4%;\n- crossings fell by 12%.",
     [("the board", "unresolved", "said", "fares rose by 4%"),
      ("the board", "unresolved", "said", "crossings fell by 12%")]),
    ("Ferry crossings fell by 12%, figures show, but the union says trade held up well.",
     [("figures", "document", "show", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Ferry crossings fell by 12%, figures show, the union says trade held up well.",
     [("figures", "document", "show", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Ferry crossings fell by 12%, new figures show, but the union says trade held up well.",
     [("new figures", "document", "show", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Ferry crossings fell by 12%, new figures show, the union says trade held up well.",
     [("new figures", "document", "show", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Ferry crossings fell by 12%, it said, but the union says trade held up well.",
     [("it", "unresolved", "said", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Fares rose by 4% in May, new figures show. Ferry crossings fell by 12%, new figures show, but the union says "
     "trade held up well.",
     [("new figures", "document", "show", "Fares rose by 4% in May"),
      ("new figures", "document", "show", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Ferry crossings fell by 12%, it said, the union says trade held up well.",
     [("it", "unresolved", "said", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    ("Fares rose, it said, but the union says trade held up well.",  # two words before: no cue set off, an aside
     [("it", "unresolved", "said", "Fares rose"), ("the union", "unresolved", "says", "trade held up well")]),
    ("Fares rose, it said. Sales fell, it said, but the union says trade held up well.",  # its own sentence's aside
     [("it", "unresolved", "said", "Sales fell"), ("the union", "unresolved", "says", "trade held up well")]),
    ('Ferry crossings fell by 12%, it said, but the union says "trade held up well".',
     [("it", "unresolved", "said", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", '"trade held up well"')]),
    ('Ferry crossings fell by 12%, the board said in its review, but the union says "trade held up well".',
     [("the board", "unresolved", "said", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", '"trade held up well"')]),
    (_CHAIR + "Ferry crossings fell by 12%, it said, but the union says trade held up well.",  # a quotation before
     [("the chair", "person", "said", "We will keep every ferry running through the winter"),
      ("it", "unresolved", "said", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
    (_CHAIR + "Ferry crossings fell by 12%, the board said in its review, but the union says trade held up well.",
     [("the chair", "person", "said", "We will keep every ferry running through the winter"),
      ("the board", "unresolved", "said", "Ferry crossings fell by 12%"),
      ("the union", "unresolved", "says", "trade held up well")]),
])
def test_the_clause_after_an_aside(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/regulator_signs.administering_name (wave 33l): the name's last word must be a capitalised `Administration`;
# a capitalised word before a lower-case `administration` is no agency's name.


@pytest.mark.parametrize(("name", "expected"), [
    ("Federal Grain administration", False),
    ("Tarn Valley water administration", False),
    ("Federal Grain Administration", True),
])
def test_an_administrations_name_ends_in_a_capital(name: str, expected: bool) -> None:
    assert administering_name(name) is expected


def test_every_place_of_a_name_is_read_for_a_sign() -> None:
    # the sign stands at the second of three places (`sued` there, none at the first or the last)
    assert shown_as_regulator("Tarn Media opened in May. Tarn Media on Monday sued Holm Ltd over its fees. Tarn Media "
                              "said so.", "Tarn Media") is True
