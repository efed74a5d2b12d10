"""An aside between a cue's subject and its verb that names the channel the subject spoke through (wave 52f): `The
Command in a release signed by its spokesman, X, said`, `The union, through its spokesman, X, said`: the subject
speaks, never the person who signed or carried its words. Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution import channel_asides
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


@pytest.mark.parametrize(("before", "region", "expected"), [
    ("", "The union, via its spokesman, Jo Roe, ", 9),  # `via` alone passes the cheap test
    ("Yes, but ", "the union in a release signed by its spokesman, Jo Roe, ", 18),  # a comma before the region is not read
    ("", "On Monday, in Dunmore, the union, through its spokesman, Jo Roe, ", 32),  # the subject after the last comma
    ("Asked about pay ", "the union in a release signed by its spokesman, Jo Roe, ", 25),  # the region's own start
    ("", "On Tuesday the union in a release signed by its spokesman, Jo Roe, ", None),  # a preposition opens it
    ("", "Across Ellery County the union in a release signed by its spokesman, Jo Roe, ", None),  # one no opener
    ("The union", ", in a release signed by its chair, Jo Roe, ", None),  # the region opens on the aside: no subject
], ids=["via", "comma-before-region", "last-comma", "no-comma", "preposition-first", "capitalised-preposition",
                               "empty-subject"])
def test_channel_aside_start_inside_a_longer_text(before: str, region: str, expected: int | None) -> None:
    text = before + region + "said it would strike."
    assert channel_aside_start(text, len(before), len(before) + len(region)) == expected


@pytest.mark.parametrize(("subject", "expected"), [
    ("The Dunmore Tenants Association", True),
    ("the union", True),
    ("The Union of Bus Workers", True),  # a small word inside the name
    ("The Union of Bus and Tram Workers Scotland", True),  # eight words, the most a subject may have
    ("The Union of Bus and Tram Workers Scotland Branch", False),  # nine
    ("But the union", False),  # an opener: the subject comes after the aside
    ("Meanwhile Acme", False),
    ("the biggest union", False),  # a lower-case word of no name
], ids=["name", "reference", "small-word", "eight-words", "nine-words", "opener", "opener-capital", "lower-case"])
def test_names_a_party(subject: str, expected: bool) -> None:
    assert channel_asides._names_a_party(subject.split()) is expected
