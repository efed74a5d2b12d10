"""An aside between a cue's subject and its verb that names the channel the subject spoke through (wave 52f): `The
Command in a release signed by its spokesman, X, said`, `The union, through its spokesman, X, said`: the subject
speaks, never the person who signed or carried its words. Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.channel_asides import channel_aside_start
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Dunmore Tenants Association in a statement signed by its chairperson, Wanjiru Odhiambo, said its members "
     "had rejected the offer.\n",
     [("Dunmore Tenants Association", "organisation", "said", "its members had rejected the offer")]),
    ("The Dunmore Tenants Association, in a statement issued by its secretary, Kofi Mensah-Ado, a retired teacher, "
     "said its members had rejected the offer.\n",
     [("Dunmore Tenants Association", "organisation", "said", "its members had rejected the offer")]),
    ("The Dunmore Tenants Association, through its spokesman, Kofi Mensah-Ado, said its members had rejected the "
     "offer.\n",
     [("Dunmore Tenants Association", "organisation", "said", "its members had rejected the offer")]),
])
def test_the_subject_before_a_channel_aside_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a statement signed by its chairperson, Wanjiru Odhiambo, the Dunmore Tenants Association said its members "
     "had rejected the offer.\n",
     [("Dunmore Tenants Association", "organisation", "said", "its members had rejected the offer")]),
    ("Wanjiru Odhiambo, the chairperson of the Dunmore Tenants Association, said its members had rejected the "
     "offer.\n",
     [("Wanjiru Odhiambo", "person", "said", "its members had rejected the offer")]),
])
def test_a_channel_before_the_subject_or_a_person_with_a_title_is_unchanged(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("region", "expected"), [
    ("The union in a release signed by its spokesman, Jo Roe, ", 9),
    ("The union, through its spokesman, Jo Roe, ", 9),
    ("In a release signed by its spokesman, Jo Roe, ", None),  # no subject before the aside
    ("The union's spokesman, Jo Roe, ", None),  # no channel named
    ("The union, in a letter to its members, ", None),  # a letter's addressee, no signer
])
def test_channel_aside_start(region: str, expected: int | None) -> None:
    assert channel_aside_start(region + "said it would strike.", 0, len(region)) == expected
