"""A party's own description used again as its reference (wave 67u, speakers/epithets): `X, an independent thinktank,
said ... The thinktank said`, `Retired schoolteacher Jo Roe ... the retired schoolteacher said`, `officials said ...
KU officials said`. Each case is a short text written for this test in our own words about invented parties, and the
whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.epithets import described_names, epithet_words, owners_named
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Halvern Institute, an independent thinktank, said last year's review found rents rose 21%.\n\n"
     "The thinktank said the gap was the widest since 2009.\n",
     [("Halvern Institute", "organisation", "said", "last year's review found rents rose 21%"),
      ("Halvern Institute", "organisation", "said", "the gap was the widest since 2009")]),
    ("Retired schoolteacher Mara Quell has led the campaign since March.\n\n"
     "The retired schoolteacher said the campaign had 640 signatures.\n",
     [("Mara Quell", "person", "said", "the campaign had 640 signatures")]),
    ("The Kelby research outfit Orrel Group said its survey found the gap widened.\n\n"
     "The outfit said the gap was widest in food retail.\n",
     [("Orrel Group", "organisation", "said", "its survey found the gap widened"),
      ("Orrel Group", "organisation", "said", "the gap was widest in food retail")]),
    ("Cargo through the port rose 8% in the year, officials said.\n\n"
     "Officials at the Kelby Port Authority said a new crane had cut waiting times.\n",
     [("Kelby Port Authority", "organisation", "said", "Cargo through the port rose 8% in the year"),
      ("Kelby Port Authority", "organisation", "said", "a new crane had cut waiting times")]),
])
def test_reference_means_the_party_so_described(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Orrel Group, a research outfit, said its survey found the gap widened. Parr Analytics, a data outfit, "
     "agreed.\n\nThe outfit said the gap was widest in retail.\n",
     [("Orrel Group", "organisation", "said", "its survey found the gap widened"),
      ("The outfit", "unresolved", "said", "the gap was widest in retail")]),  # two outfits: either
    ("Mara Quell, a retired schoolteacher, has led the campaign since March.\n\n"
     "The former schoolteacher said the campaign had 640 signatures.\n",
     [("The former schoolteacher", "unresolved", "said", "the campaign had 640 signatures")]),  # `former`: not said
    ("Cargo through the port rose 8% in the year, officials said.\n\n"
     "Kelby Port Authority officials met Marrow Council officials on Monday.\n",
     [("officials", "unresolved", "said", "Cargo through the port rose 8% in the year")]),  # two bodies' officials
])
def test_reference_stays_unresolved_without_one_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["the", "thinktank"], ([], "thinktank")),
    (["the", "independent", "thinktank"], (["independent"], "thinktank")),
    (["officials"], ([], "officials")),
    (["thinktank"], None),  # no article: not a reference
    (["the", "Kelby", "thinktank"], None),  # a capital: a name's word
    (["the", "statement"], None),  # a paper, never a party's description
])
def test_epithet_words(words: list[str], expected: tuple[list[str], str] | None) -> None:
    assert epithet_words(words) == expected


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("The Halvern Institute, an independent thinktank, said", "thinktank",
     (("Halvern Institute", frozenset({"independent"})),)),
    ("Halvern is a thinktank based in Kelby.", "thinktank", (("Halvern", frozenset()),)),
    ("Retired schoolteacher Mara Quell said", "schoolteacher", (("Mara Quell", frozenset({"retired"})),)),
    ("district schoolteacher Director Mara Quell said", "schoolteacher", ()),  # a post opens the name
    ("The Kelby Thinktank Review said", "thinktank", ()),  # the noun in a name
])
def test_described_names(text: str, noun: str, expected: tuple[tuple[str, frozenset[str]], ...]) -> None:
    assert described_names(text, noun) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelby Port Authority officials said", ["Kelby Port Authority"]),
    ("Officials at the Kelby Port Authority said", ["Kelby Port Authority"]),
    ("Jo Roe said officials had left.", []),
])
def test_owners_named(text: str, expected: list[str]) -> None:
    assert [mention.name for mention in owners_named(text, "officials")] == expected
