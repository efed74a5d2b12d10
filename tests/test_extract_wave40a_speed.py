"""Wave 40a, speed with no change of behaviour: each faster reading gives what the slower one gave, on short invented
texts (the cached or hand-found answer equals the one the old pattern or the uncached call finds)."""
from __future__ import annotations

import re

import pytest

from claims.extract.attribution.place_speakers import name_spots, whole_word_spots

TEXTS = [
    "Staff at Brindle Cove said the pier at Brindle Cove-on-Sea was shut; Brindle Coves and Brindle Cove's ferry ran.",
    "Bo Bo Bo said nothing, and the Bo Bo_ fund spoke for Bo Bo.",
    "In Upper Farrow, Tollmere said that Upper Farrow and upper farrow differ; Upper Farrow2 is a code.",
    "-Nell Kirby- and Nell Kirby's dog met Nell Kirby\u2019s cat near Nell Kirby.",
    "",
    "Quill Lane",
]
NAMES = ["Brindle Cove", "Bo Bo", "Upper Farrow", "Nell Kirby", "Quill Lane", "Co.", "a.b", "Bo"]


def old_spots(text: str, name: str) -> list[int]:
    """The pattern name_spots compiled per name before wave 40a."""
    pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
    return [m.start() for m in re.finditer(pattern, text)] if name in text else []


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", NAMES)
def test_whole_word_spots_find_what_the_pattern_found(text: str, name: str) -> None:
    assert whole_word_spots(text, name) == old_spots(text, name)


def test_whole_word_spots_of_an_empty_name_are_the_pattern_s() -> None:
    assert whole_word_spots("Al, B-c d", "") == [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", "Al, B-c d")]


def test_name_spots_whole_values() -> None:
    assert name_spots(TEXTS[2], "Upper Farrow") == [3, 36]
    assert name_spots(TEXTS[1], "Bo Bo") == [0, 53]  # the second `Bo Bo` of `Bo Bo Bo` overlaps the first; `Bo Bo_` runs on
    assert name_spots(TEXTS[0], "Brindle Cove") == []  # once an owner (`Brindle Cove's ferry`)
    assert name_spots(TEXTS[3], "Nell Kirby") == []  # once an owner, with a curly apostrophe
    assert name_spots("Quill Lane", "Quill Lane") == [0]
    assert name_spots("Quill Lanes", "Quill Lane") == []


BODY_NAMES = [
    "Ministry of Harbour Works", "Tollmere Water", "Bransdon Fen Creamery Ltd", "Quarrymen's League Cymru",
    "Office of the Valley Auditor", "Fenwick Disciplinary Tribunal", "Marsh Markets Board", "Halden Roof Management",
    "Harbour EMS Director Gemma Achterberg", "The Secretary of State's office", "", "Board of Inquiry",
]


@pytest.mark.parametrize("name", BODY_NAMES)
def test_remembered_heads_and_kinds_are_what_a_fresh_reading_gives(name: str) -> None:
    from claims.extract.entities import head_noun
    from claims.extract.examiner_offices import houses_examiner
    from claims.extract.judging_panels import judges_discipline
    from claims.extract.speakers.name_kinds import kind_by_name
    for kind in ("organisation", "person", "inspectorate", "document"):
        assert kind_by_name(name, kind) == kind_by_name.__wrapped__(name, kind) == kind_by_name(name, kind)
    assert head_noun(name) == head_noun.__wrapped__(name) == head_noun(name)
    assert houses_examiner(name) == houses_examiner.__wrapped__(name) == houses_examiner(name)
    assert judges_discipline(name) == judges_discipline.__wrapped__(name) == judges_discipline(name)


def test_remembered_heads_whole_values() -> None:
    from claims.extract.entities import head_noun
    from claims.extract.examiner_offices import houses_examiner
    from claims.extract.judging_panels import judges_discipline
    from claims.extract.speakers.name_kinds import kind_by_name
    assert [head_noun(name) for name in BODY_NAMES[:4]] == ["ministry", "water", "creamery", "league"]
    assert [houses_examiner(name) for name in BODY_NAMES[4:7]] == [True, False, False]
    assert [judges_discipline(name) for name in BODY_NAMES[4:7]] == [False, True, False]
    assert kind_by_name("Marsh Markets Board", "organisation") == "inspectorate"
    assert kind_by_name("Halden Roof Management", "person") == "organisation"
    assert kind_by_name("Tollmere Water", "organisation") == "organisation"  # no sign in its name: as it was


def old_than_cue(text: str, span: tuple[int, int], cue: str) -> bool:
    """empty_rows.than_cue before wave 40a's cheap test."""
    before = text[max(0, span[0] - 40 - len(cue)):span[0]]
    return bool(cue) and re.search(rf"\bthan\s+{re.escape(cue)}\s*$", before) is not None


THAN_TEXTS = [
    ("The kettle took two minutes longer than claimed to boil a jug.", "claimed"),
    ("The kettle took two minutes longer than  claimed\n to boil a jug.", "claimed"),
    ("Fewer homes were sold than expected, the agent said the rents rose.", "said"),
    ("Ana Rusk said rents rose.", "said"),
    ("Rather thanclaimed, it was found that rents rose.", "claimed"),
    ("Rents rose, the trust found.", ""),
]


@pytest.mark.parametrize("text, cue", THAN_TEXTS)
def test_than_cue_answers_as_before_at_every_offset(text: str, cue: str) -> None:
    from claims.extract.empty_rows import than_cue
    for at in range(len(text) + 1):
        assert than_cue(text, (at, len(text)), cue) == old_than_cue(text, (at, len(text)), cue)


def test_than_cue_whole_values() -> None:
    from claims.extract.empty_rows import than_cue
    text, cue = THAN_TEXTS[0]
    assert than_cue(text, (text.index(" to boil"), len(text)), cue) is True
    assert than_cue(THAN_TEXTS[3][0], (14, 25), "said") is False


@pytest.mark.parametrize("clause", ["the minister has", "the minister has also", "has", "Acme Water today", "", "  the board  "])
def test_without_filler_remembered_is_fresh(clause: str) -> None:
    from claims.extract.speakers.titles import without_filler
    assert without_filler(clause) == without_filler.__wrapped__(clause) == without_filler(clause)


def old_written_stopped(text: str, name: str) -> bool:
    """company_forms.written_stopped before wave 40a's cheap test."""
    pattern = re.compile(rf"(?<![\w&]){re.escape(name)}\.")
    return any(text.startswith(".", m.end() - 1) and re.match(r"[ \t]*[,;:]|[ \t]+[a-z(]", text[m.end():]) is not None
               for m in pattern.finditer(text))


STOPPED_TEXTS = [
    "Brambleton Inc., the maker of kettles, said sales rose.",
    "Brambleton Inc. said sales rose. Brambleton Inc is small.",
    "Shares in Brambleton Inc fell.",
    "Nor Brambleton Inc. nor its parent spoke.",
    "XBrambleton Inc., the firm, spoke.",
]


@pytest.mark.parametrize("text", STOPPED_TEXTS)
def test_written_stopped_answers_as_before(text: str) -> None:
    from claims.extract.company_forms import written_stopped
    for name in ("Brambleton Inc", "Inc", "Brambleton"):
        assert written_stopped.__wrapped__(text, name) == old_written_stopped(text, name)
    assert [written_stopped(t, "Brambleton Inc") for t in STOPPED_TEXTS] == [True, True, False, True, False]
