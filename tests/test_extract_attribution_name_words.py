"""Speakers whose own words are no name (wave 64d, attribution/name_words): a release's header words and a
headline's run closing on a small joining word are cut to the name the text writes alone elsewhere, else made
unresolved. Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.name_words import date_word, named_part, release_marker
from tests.extract_rows import cued_rows

HEADER_ONLY = ("FOR IMMEDIATE RELEASE Thursday\nJune 12, 2031\n\nOver 340 families have moved into new homes since "
               "January, figures released today show.\n")
HEADER_AND_NAME = ("MEDIA RELEASE Tarrow Valley Water Monday\n\nTarrow Valley Water has replaced 42 kilometres of old "
                   "mains this year.\n\nTarrow Valley Water said bills would rise by 3 per cent.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (HEADER_ONLY,  # the header's words hold no name: the row is kept, unresolved, its words kept
     [("FOR IMMEDIATE RELEASE Thursday", "unresolved", "show", "Over 340 families have moved into new homes since "
       "January")]),
    (HEADER_AND_NAME,  # the name inside the header, written alone below it, is the issuer
     [("Tarrow Valley Water", "organisation", "issued the release",
       "Tarrow Valley Water has replaced 42 kilometres of old mains this year"),
      ("Tarrow Valley Water", "organisation", "said", "bills would rise by 3 per cent")]),
])
def test_a_release_header_read_as_a_speaker(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("KTRA Imposes A Fine Of $2m. The KTRA said so.", "KTRA Imposes A Fine Of", "KTRA"),
    ("Harl Road Works Imposes A Ban On lorries. Harl Road Works said so.", "Harl Road Works Imposes A Ban On",
     "Harl Road Works"),
    ("Kelby Imposes A Fine Of $2m. Kelby said so.", "Kelby Imposes A Fine Of", None),  # one word, no body's letters
    ("KTRA Imposes A Fine Of $2m on hauliers.", "KTRA Imposes A Fine Of", None),  # never written alone
    ("PRESS RELEASE Friday 3 May", "PRESS RELEASE Friday 3 May", None),
    ("KTRA said so.", "KTRA To", None),  # two words: no headline's verb before the join, nothing kept (round 64n)
    ("Harl Road Works Fines Of $2m. Harl Road Works said so.", "Harl Road Works Fines Of", "Harl Road Works"),
    ("KTRA Fines Firms Of $2m. The KTRA said so.", "KTRA Fines Firms Of", "KTRA"),  # every shorter run is tried
    ("Tarrow Water media release\nPipes were replaced.\n", "Tarrow Water media release", None),  # its own spot only
    ("Tarrow Water said so.\n\nTarrow Water media release\n", "Tarrow Water media release", "Tarrow Water"),  # before
    ("Tarrow Water said so.\n", "Tarrow Water media release", "Tarrow Water"),  # the speaker not written as read
    ("Jo Roe said so.", "Jo Roe", "Jo Roe"),  # a name: as it is
    ("The Bank of England said so.", "Bank of England", "Bank of England"),  # `of` inside a name, not closing it
])
def test_named_part(text: str, speaker: str, expected: str | None) -> None:
    assert named_part(text, speaker) == expected


def test_release_marker_finds_whole_words_only() -> None:
    assert (release_marker("FOR IMMEDIATE RELEASE Friday"), release_marker("Pressure Releases Ltd")) == ((0, 21), None)


@pytest.mark.parametrize(("word", "expected"), [
    ("Friday", True), ("March", True), ("3,", True), ("2031", True), ("12th", True), ("Tarrow", False),
    ("Friday,", True), ("X", False)])
def test_date_word(word: str, expected: bool) -> None:
    assert date_word(word) is expected
