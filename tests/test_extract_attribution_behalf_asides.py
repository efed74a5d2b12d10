"""An aside between a cue's subject and its verb that names whom the subject acts for (wave 55e): `Jo Roe, Minister of
X, on behalf of Al Key, Minister of Y, and Mo Vance, Minister of Z, announced`: the subject speaks, never the people
it acts for. Each case is a short text written for this test in our own words about invented parties, and the whole
table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.behalf_asides import behalf_aside_start
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Today, the Honourable Jo Brandt, Minister of Labour, on behalf of the Honourable Al Key, Minister of Industry, "
     "announced an investment of more than $96 million in research.\n",
     [("Jo Brandt", "person", "announced", "announced an investment of more than $96 million in research")]),
    ("Today, the Honourable Jo Brandt, Minister of Labour, on behalf of the Honourable Al Key, Minister of Industry, "
     "and the Honourable Mo Vance, Minister of Health, announced an investment of more than $96 million in research.\n",
     [("Jo Brandt", "person", "announced", "announced an investment of more than $96 million in research")]),
    ("Jo Brandt, Minister of Labour, on behalf of Al Key, Minister of Industry, said the fund had grown by 12 per "
     "cent.\n",
     [("Jo Brandt", "person", "said", "the fund had grown by 12 per cent")]),
], ids=["one-minister", "two-ministers", "said"])
def test_the_subject_before_a_behalf_aside_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_behalf_phrase_opening_the_sentence_is_unchanged() -> None:
    assert cued_rows("On behalf of the board, Jo Brandt said the fund had grown by 12 per cent.\n") == [
        ("Jo Brandt", "person", "said", "the fund had grown by 12 per cent")]


@pytest.mark.parametrize(("region", "expected"), [
    ("Jo Brandt, Minister of Labour, on behalf of Al Key, Minister of Industry, ", 29),
    ("Jo Brandt, on behalf of the board, ", 9),
    (", on behalf of the board, ", None),  # no subject before the aside
    ("Jo Brandt, Minister of Labour, ", None),  # nobody acted for
    ("Jo Brandt on behalf of the board ", None),  # no commas around it
    ("X, on behalf of its users, ", 1),  # a one-letter name
    (",, on behalf of the board, ", None),  # stray commas: no subject
], ids=["post", "body", "no-subject", "no-aside", "no-commas", "one-letter", "commas-only"])
def test_behalf_aside_start(region: str, expected: int | None) -> None:
    assert behalf_aside_start(region + "said it would strike.", 0, len(region)) == expected
