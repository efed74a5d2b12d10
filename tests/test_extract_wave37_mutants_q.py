"""Unit cases for wave 37's new extractor modules (what mutation round 37, second helper, found unasserted by their own
test files): a body's name cut at an edge (37b, `attribution.cut_names`), a place read as a speaker (37b,
`attribution.place_speakers`), a row opening on a participle of speech
(37d, `participle_openings`), a government named by a place or by its level (37d, `speakers.place_governments`); every
party and sentence is invented, and each assert is on a whole value: a function's whole return value, a context's whole
state after it, or a text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.cut_names import (cut_spots, left_run, nearest_whole, opens_on, royal_opening,
                                                  runs_on, takes_left, whole_body, whole_cut_names)
from claims.extract.attribution.place_speakers import is_place_speaker
from claims.extract.attribution.records import Found
from claims.extract.participle_openings import past_participle_openings
from claims.extract.speakers import Context
from claims.extract.speakers.place_governments import government_name, level_government, place_government

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _opened(text: str, at: str) -> tuple[int, int]:
    """The span a row from `at` to the text's last stop has once a participle opening it is passed."""
    found = past_participle_openings(text, [Found("X", "person", "said", (text.index(at), len(text) - 1))])
    assert [(row.speaker, row.kind, row.cue) for row in found] == [("X", "person", "said")]
    return found[0].span


# participle_openings.participle_end (37d): the word right before the participle is looked for from the text's very
# start; no comma nor word before it (the text's start) keeps the row; a participle before a preposition, after a
# comma, keeps it; a word before it that is no cue (`was saying`) keeps it.
@pytest.mark.parametrize(("text", "at", "expected"), [
    ("said adding that 40 posts would go.", "adding", "40 posts would go"),
    ("adding that 40 posts would go.", "adding", "adding that 40 posts would go"),
    ("Fares at Tallmark Rail rose, adding to pressure on the service.", "adding",
     "adding to pressure on the service"),
    ("Ferry staff were warned. He was saying that 40 posts would go.", "saying", "saying that 40 posts would go"),
    ("Ferry staff were warned. He said, saying that 40 posts would go.", "saying", "40 posts would go"),
], ids=["a-cue-at-the-text-start", "nothing-before", "a-preposition-after-a-comma", "a-word-no-cue", "a-comma"])
def test_participle_end(text: str, at: str, expected: str) -> None:
    start, end = _opened(text, at)
    assert text[start:end] == expected


# place_governments.government_name (37d): the subject's trailing comma and space are left out before its head is
# looked for; a dotted company word (`Ltd.`) among the capitalised words is a body's head; a possessive place after a
# word other than `the` (`Meanwhile, Ostravel's government`, either apostrophe) is a place; a leader's name that opens
# sentences elsewhere (`the Key government`) is a leader after `the`.
@pytest.mark.parametrize(("subject", "expected"), [
    ("The Quorvian government, ", (4, "Quorvian government")),
    ("The Quorvian government ", (4, "Quorvian government")),
    ("the Brackwell Ltd. administration", None),
    ("Meanwhile, Ostravel's government", (11, "Ostravel's government")),
    ("Meanwhile, Ostravel\u2019s government", (11, "Ostravel\u2019s government")),
    ("the Key government", (4, "Key government")),
    ("Key government", None),
    (", Quorvian authorities", (2, "Quorvian authorities")),
], ids=["a-trailing-comma", "a-trailing-space", "a-dotted-company-head", "a-possessive-after-a-word",
        "a-curly-possessive-after-a-word", "a-leader-after-the", "a-sentence-opener-alone", "a-comma-alone-before"])
def test_government_name(subject: str, expected: tuple[int, str] | None) -> None:
    assert government_name(subject, 0, len(subject)) == expected


# place_governments.place_government (37d): the government is registered as a body, never as a person, and is the
# body the text named last.
def test_place_government_registers_a_body() -> None:
    text = "The Tallmark government said 320 new nurses were hired."
    ctx = Context(text=text)
    assert place_government(text, 0, text.index(" said"), ctx) == ("Tallmark government", "organisation")
    assert (ctx.last_org, ctx.last_person, ctx.kinds) == \
        ("Tallmark government", None, {"Tallmark government": "organisation"})


# place_governments.level_government (37d): a level after `a`, `its` or `their` is kept in the text's words too.
@pytest.mark.parametrize(("words", "expected"), [
    (["a", "state", "government"], ("a state government", "unresolved")),
    (["its", "federal", "authorities"], ("its federal authorities", "unresolved")),
    (["their", "state", "government"], ("their state government", "unresolved")),
    (["his", "state", "government"], None),
])
def test_level_government_after_a_determiner(words: list[str], expected: tuple[str, str] | None) -> None:
    assert level_government(words, [w.lower() for w in words]) == expected


# place_speakers.is_place_speaker (37b): a trade's last word (`Haulage`) that the name reader misses is a firm, read by
# the name's last word (three words); a speaker opening in lower case is never a place; an owner's curly `’s` is an
# owner; a region form (`Co Sligo`) is a place only after a town.
@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Trucks were parked at Kestrel Bay Haulage overnight.", "Kestrel Bay Haulage", False),
    ("Trucks were parked at Kestrel Bay overnight.", "Kestrel Bay", True),
    ("Crews worked in harlow tor all week.", "harlow tor", False),
    ("The meeting was held at Jo Roe\u2019s farm near Ashby.", "Jo Roe", False),
    ("Co Sligo said the festival drew a record crowd.", "Co Sligo", False),
], ids=["a-trade-ending", "no-trade-ending", "lower-case", "a-curly-owner", "a-region-with-no-town"])
def test_is_place_speaker(text: str, speaker: str, expected: bool) -> None:
    assert is_place_speaker(text, speaker) is expected


# cut_names.whole_cut_names (37b): only a body's row takes the whole name; a person's row keeps its speaker.
def test_whole_cut_names_reads_only_bodies() -> None:
    text = "Staff at Mid-Fenwick Family Advocates said the clinics would open in May."
    span = (text.index("the clinics"), len(text) - 1)
    assert whole_cut_names(text, [Found("Family Advocates", "organisation", "said", span),
                                  Found("Family Advocates", "person", "said", span)]) == \
        [Found("Mid-Fenwick Family Advocates", "organisation", "said", span),
         Found("Family Advocates", "person", "said", span)]


# cut_names.nearest_whole (37b): the last cut spot strictly before the row's end, else the first cut spot.
@pytest.mark.parametrize(("end", "expected"), [(5, "Arden Rail"), (10, "Arden Rail"), (11, "Arden Rail"),
                                               (50, "Arden Rail"), (51, "Arden Rail Users")])
def test_nearest_whole(end: int, expected: str) -> None:
    assert nearest_whole([(10, "Arden Rail"), (50, "Arden Rail Users")], end) == expected


# cut_names.cut_spots (37b): a speaker that reads as a body, never written as a place, keeps its name against words
# after it; a region form placed after a town at one spot and cut at another takes the whole name.
@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Tarrow County Public Health said 40 pupils were missing a dose.", "Tarrow County", None),
    ("The fair in Belmullet, Co Sligo drew 12,000. Co Sligo Tourism said bookings rose.", "Co Sligo",
     [(45, "Co Sligo Tourism")]),
], ids=["a-body-never-placed", "a-region-placed-after-a-town"])
def test_cut_spots(text: str, speaker: str, expected: list[tuple[int, str]] | None) -> None:
    assert cut_spots(text, speaker) == expected


# cut_names.whole_body (37b): a cut body after `of` at the end of a longer left run; words after a body only when it
# is written as a place too, its last word a place's (three words).
@pytest.mark.parametrize(("left", "right", "speaker", "placed", "expected"), [
    ("Arden Board of ", "", "Tarn Leisure plc", False, False),
    ("", " Public Health", "Tarrow County", False, False),
    ("", " Public Health", "Upper Tarrow County", True, True),
])
def test_whole_body(left: str, right: str, speaker: str, placed: bool, expected: bool) -> None:
    assert whole_body(left, right, speaker, placed) is expected


# cut_names.runs_on and opens_on (37b): a post or honorific with a closing apostrophe or in capitals (`MPs'`, `MX`)
# runs no name on; a title (`Chief`) or honorific (`Dr`) opens none.
@pytest.mark.parametrize(("word", "expected"), [
    ("MPs'", False), ("MPs\u2019", False), ("MX", False), ("Harbour", True),
])
def test_runs_on(word: str, expected: bool) -> None:
    assert runs_on(word) is expected


@pytest.mark.parametrize(("word", "expected"), [("Chief", False), ("Dr", False), ("MX", False), ("Harbour", True)])
def test_opens_on(word: str, expected: bool) -> None:
    assert opens_on(word) is expected


# cut_names.left_run (37b): `His Majesty's` opens a name; a sentence's opener stops the run, the words taken before it
# kept; a list's first item and its comma only before a speaker of
# three words or more whose second is `and` or `&`, and only when no word ran the name on already, never a sentence's
# opener; no comma, no item.
@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("His Majesty's Inspectorate of Mines and Fire", "Fire", "His Majesty's Inspectorate of Mines and "),
    ("Separate Harbour Board figures show a fall.", "Board", "Harbour "),
    ("Separate Harbour Board figures show a fall.", "Harbour Board", ""),
    ("Staff at Tarn Refugees and Settlement Kanata said", "Refugees and Settlement Kanata", "Tarn "),
    ("Immigration, Settlement Kanata said", "Settlement Kanata", ""),
    ("Immigration, Refugees and Settlement said", "Refugees and Settlement", "Immigration, "),
    ("Police, Fire & Rescue Services said", "Fire & Rescue Services", "Police, "),
    ("Meanwhile, Refugees and Settlement Kanata said", "Refugees and Settlement Kanata", ""),
    ("New figures from Refugees and Settlement Kanata show", "Refugees and Settlement Kanata", ""),
], ids=["royal", "stopped-at-an-opener", "an-opener-alone", "a-word-before-and", "two-words", "three-words", "ampersand", "a-sentence-opener", "no-comma"])
def test_left_run(text: str, speaker: str, expected: str) -> None:
    assert left_run(text, text.index(speaker), speaker) == expected


# cut_names.takes_left and royal_opening (37b): a curly owner (`Tillage’s`) not after `His`/`Her` stops the run; at a
# sentence's start a word in capitals, a hyphened word or a joined word still runs it on, a plain one (`Separate`) not;
# `His` or `Her` open a name only before a possessive, either apostrophe.
@pytest.mark.parametrize(("word", "join", "rest", "expected"), [
    ("Tillage\u2019s", " ", "The Department of ", False),
    ("MU", " ", "", True),
    ("Mid-Fenwick", " ", "", True),
    ("Constabulary", " and ", "", True),
    ("Separate", " ", "", False),
])
def test_takes_left(word: str, join: str, rest: str, expected: bool) -> None:
    assert takes_left(word, join, rest) is expected


@pytest.mark.parametrize(("word", "run", "expected"), [
    ("His", "Harbour Board ", False),
    ("Her", "Majesty\u2019s Inspectorate ", True),
    ("Her", "Majesty's Inspectorate ", True),
])
def test_royal_opening(word: str, run: str, expected: bool) -> None:
    assert royal_opening(word, run) is expected
