"""Documents and the bodies they are about (wave 26i). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract import find_rows
from claims.extract.speakers.examined_phrases import examined_cut


def cue_rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]


# data/org_heads.txt: `Administration` ends a body's name (`the Federal Rail Safety Administration`), as `Agency` and
# `Authority` do; before, the name was cut to a person called `Safety Administration`.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Federal Rail Safety Administration said the line would reopen on Monday.\n",
     [("Federal Rail Safety Administration", "organisation", "said", "the line would reopen on Monday")]),
    ("A notice posted by the Federal Rail Safety Administration said the line would reopen on Monday.\n",
     [("Federal Rail Safety Administration", "organisation", "said", "the line would reopen on Monday")]),
])
def test_administration_ends_a_bodys_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: a course named in a person's aside, and the bare common noun, stay as they were read.
@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Tarrant, who studied Business Administration at Hollin College, said the shop would reopen on Monday.\n",
     [("Jo Tarrant", "person", "said", "the shop would reopen on Monday")]),
    ("The administration said the line would reopen on Monday.\n",
     [("the administration", "unresolved", "said", "the line would reopen on Monday")]),
])
def test_administration_not_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
