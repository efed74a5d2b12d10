"""Every tense of a verb of telling with the one told before `that` (wave 68e): `reassured residents that`, `briefs
staff that`, `convinced the meeting that`, `persuaded the council that`, `assures households that`, `reminds members
that`, `informs that`; and the passive, whose `by` phrase is its agent, no one told. Each case is a short text written
for this test in our own words about invented parties, with the whole table it must give as (speaker, speaker_kind,
cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.shapes import INFORMED_RE, INFORMED_WORDS, INFORMED_WORDS_RE
from extract_rows import cued_rows

HEAD = "Harbour News\n\nThe Linwick Ferry Board met on Monday.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Its chair, Orla Penhale, reassured passengers that the new ferry will sail in May.",
     [("Orla Penhale", "person", "reassured passengers that", "the new ferry will sail in May")]),
    ("Its chair, Orla Penhale, reassures passengers that the new ferry will sail in May.",
     [("Orla Penhale", "person", "reassures passengers that", "the new ferry will sail in May")]),
    ("Its chair, Orla Penhale, briefed councillors that 12 sailings were lost in June.",
     [("Orla Penhale", "person", "briefed councillors that", "12 sailings were lost in June")]),
    ("Its chair, Orla Penhale, briefs staff every week that 12 sailings were lost in June.",
     [("Orla Penhale", "person", "briefs staff every week that", "12 sailings were lost in June")]),
    ("Its chair, Orla Penhale, convinced the meeting that fares had not risen since 2019.",
     [("Orla Penhale", "person", "convinced the meeting that", "fares had not risen since 2019")]),
    ("Its chair, Orla Penhale, persuaded the council that the pier can be mended by March.",
     [("Orla Penhale", "person", "persuaded the council that", "the pier can be mended by March")]),
    ("Its chair, Orla Penhale, assures islanders that every boat passed its last inspection.",
     [("Orla Penhale", "person", "assures islanders that", "every boat passed its last inspection")]),
    ("Its chair, Orla Penhale, reminds members that fares rose 6% in April.",
     [("Orla Penhale", "person", "reminds members that", "fares rose 6% in April")]),
])
def test_every_tense_of_a_verb_of_telling_reports(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(HEAD + sentence + "\n") == expected


@pytest.mark.parametrize("sentence", [
    "The Linwick Ferry Board was persuaded by the figures that a new pier was needed.",  # a passive's agent
    "The Linwick Ferry Board was convinced by the report that fares should stay.",  # a passive's agent
])
def test_no_report_in_a_passive(sentence: str) -> None:
    assert cued_rows(HEAD + sentence + "\n") == []


def test_the_cheap_test_holds_every_match() -> None:
    text = "X reassured staff that A. Y briefs members that B. Z informs that C."
    assert [m.group("cue") for m in INFORMED_RE.finditer(text)] == [
        "reassured staff that", "briefs members that", "informs that"]
    assert [m.group() for m in INFORMED_WORDS_RE.finditer(text)] == ["reassured", "briefs", "informs"]
    assert all(any(w in m.group() for w in INFORMED_WORDS) for m in INFORMED_RE.finditer(text))


@pytest.mark.parametrize("verb", [
    "reminding", "assuring", "reassuring", "advises", "advising", "convinces", "persuades", "briefing", "put it to"])
def test_every_form_with_the_one_told(verb: str) -> None:
    """Each form of the family is read with the one told before `that` (round 69m)."""
    text = f"Jo Penn was {verb} staff that fares rose."
    assert [m.group("cue") for m in INFORMED_RE.finditer(text)] == [f"{verb} staff that"]


@pytest.mark.parametrize("verb", ["informs", "informing", "notifies", "notifying"])
def test_every_form_read_alone(verb: str) -> None:
    """`informs` and `notifies` in every form are read with nobody told (round 69m)."""
    text = f"The office, {verb} that fares rose, closed."
    assert [m.group("cue") for m in INFORMED_RE.finditer(text)] == [f"{verb} that"]


def test_put_it_to_across_a_line_break() -> None:
    text = "Jo Penn put it\nto staff that fares rose."
    assert [m.group("cue") for m in INFORMED_RE.finditer(text)] == ["put it\nto staff that"]
