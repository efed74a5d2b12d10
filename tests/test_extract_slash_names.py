"""A unit's name whose remits are joined by a slash (wave 55e): `the Warrant/Fugitive Division`, `the Sex Crimes/Child
Abuse Unit` is one name, never its words after the slash. Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.slash_names import joins_by_slash
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Warrant/Extradition Division reported that it served 214 warrants.\n",
     [("Warrant/Extradition Division", "organisation", "reported that", "it served 214 warrants")]),
    ("The Sex Crimes/Child Abuse Unit said it had located 17 offenders.\n",
     [("Sex Crimes/Child Abuse Unit", "organisation", "said", "it had located 17 offenders")]),
], ids=["one-word-remit", "two-word-remits"])
def test_a_slash_named_unit_speaks_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "first", "second", "expected"), [
    ("the Warrant/Fugitive Division", "Warrant", "Fugitive Division", True),
    ("the Sex Crimes/Child Abuse Unit", "Sex Crimes", "Child Abuse Unit", True),
    ("the Hazmat/Rescue Team", "Hazmat", "Rescue Team", True),
    ("the Arson/Fraud Cases", "Arson", "Fraud Cases", False),  # no body's head after the slash
    ("/Acme Wire/Fugitive Division", "Acme Wire", "Fugitive Division", False),  # a wire between slashes
    ("the Fire Service's/Police Unit", "Fire Service's", "Police Unit", False),  # a possessive owns, never joins
], ids=["division", "unit", "team", "no-head", "wire", "possessive"])
def test_joins_by_slash(text: str, first: str, second: str, expected: bool) -> None:
    assert joins_by_slash(text, text.index(first), first, second) is expected
