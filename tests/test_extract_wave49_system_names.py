"""A name ending on `System` is a body's (the last session of wave 49): US public pension funds and hospital groups
call themselves `X Retirement System`, `X Health System`, and the name reader took such a name for a person
(`Retirement System`, `Dunhallow Teachers Retirement System`) or left it unresolved in lower case. Each case is a
short text written for this test about invented parties, and the whole row it must give as (speaker, speaker_kind,
cue, quote)."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Corvell Municipal Retirement System said it earned 5.2% last year.\n",
     [("Corvell Municipal Retirement System", "organisation", "said", "it earned 5.2% last year")]),
    ("The Dunhallow Teachers Retirement System said it earned 5.2% last year.\n",
     [("Dunhallow Teachers Retirement System", "organisation", "said", "it earned 5.2% last year")]),
    ("The Dunhallow County Retirement System said it earned 5.2% last year.\n",
     [("Dunhallow County Retirement System", "organisation", "said", "it earned 5.2% last year")]),
    ("Pellmore Health System said it had hired 40 nurses since March.\n",
     [("Pellmore Health System", "organisation", "said", "it had hired 40 nurses since March")]),
])
def test_a_name_ending_on_system_is_a_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_the_system_with_no_body_named_keeps_its_words() -> None:
    assert cued_rows("Queues grew in March.\n\nThe system said it had hired 40 nurses.\n") == [
        ("the system", "unresolved", "said", "it had hired 40 nurses")]
