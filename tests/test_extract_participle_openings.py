"""Rows opening on a participle of speech (`claims.extract.participle_openings`): `..., X said, adding that A` gives a
row of A alone, the same speaker's claim."""
from __future__ import annotations

import pytest

from claims.extract.attribution.records import Found
from claims.extract.participle_openings import past_participle_openings
from claims.extract.table import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Fuel exports fell by 52 per cent, the ministry said, adding that tea exports rose 4 per cent.",
     [["the ministry", "said", "Fuel exports fell by 52 per cent"],
      ["the ministry", "said", "tea exports rose 4 per cent"]]),
    ('"We are not there yet," the minister said adding that 40 staff were hired.',
     [["the minister", "said", "We are not there yet"], ["the minister", "said", "40 staff were hired"]]),
    ('Ferry sailings fell by a fifth, the operator said, adding "the winter timetable starts in May".',
     [["the operator", "said", "Ferry sailings fell by a fifth"],
      ["the operator", "said", '"the winter timetable starts in May"']]),
    ("Tallmark Rail cut 12 services, it said, warning that 30 more could go in June.",
     [["Tallmark Rail", "said", "Tallmark Rail cut 12 services"],
      ["Tallmark Rail", "said", "30 more could go in June"]]),
])
def test_a_participle_of_speech_never_opens_a_row(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[["speaker", "cue", "quote"]].values.tolist() == expected


TEXT = 'Cuts, it said, adding that 40 staff left. "Saying sorry is not enough," she said.'


@pytest.mark.parametrize("span, expected", [
    ((15, 40), (27, 40)),   # ", adding that": past the participle and `that`
    ((43, 69), (43, 69)),   # a quotation opening on `Saying`: no comma before it, kept
    ((0, 4), (0, 4)),       # no participle
])
def test_past_participle_openings(span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert past_participle_openings(TEXT, [Found("X", "person", "said", span)]) == \
        [Found("X", "person", "said", expected)]


def test_a_cue_word_glued_before_the_participle_goes_with_it() -> None:
    text = "Tickets cost more, he said. Staff would get tablets, he announced adding that 40 posts would go."
    start = text.index("announced")
    assert past_participle_openings(text, [Found("X", "person", "announced", (start, len(text) - 1))]) == \
        [Found("X", "person", "announced", (text.index("40 posts"), len(text) - 1))]
