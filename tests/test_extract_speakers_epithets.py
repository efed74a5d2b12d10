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


# Round 68m (mutation testing): each case below tells apart a step of the rule a mutant changed.
@pytest.mark.parametrize(("text", "expected"), [
    # the whole described name is the party, never its last word alone (two Roes: the later is not the one described)
    ("Jo Roe, a retired schoolteacher, led the march. Ana Roe said she would join it.\n\n"
     "The retired schoolteacher said the campaign had 640 signatures.\n",
     [("Ana Roe", "person", "said", "she would join it"),
      ("Jo Roe", "person", "said", "the campaign had 640 signatures")]),
    # a post opening one described name skips that name only; the next description is still read
    ("district schoolteacher Director Mara Quell spoke. Retired schoolteacher Jo Roe has led the campaign.\n\n"
     "The schoolteacher said the campaign had 640 signatures.\n",
     [("Jo Roe", "person", "said", "the campaign had 640 signatures")]),
    # three words between `the` and the noun: the reference's describing words are the description's
    ("The Halvern Institute, an independent research thinktank, said rents rose.\n\n"
     "The independent research thinktank said the gap was widest in retail.\n",
     [("Halvern Institute", "organisation", "said", "rents rose"),
      ("Halvern Institute", "organisation", "said", "the gap was widest in retail")]),
    # a people noun the text uses as a description: the described party, not an owner the text never names
    ("Harbour Panel, an independent group of officials, met on Monday.\n\nThe officials said rents rose 4%.\n",
     [("Harbour Panel", "organisation", "said", "rents rose 4%")]),
    # the described name is no registered party (a place): the reference stays the text's own words
    ("Kelby, a quiet town, lies on the coast.\n\nThe town said rents rose 4%.\n",
     [("The town", "unresolved", "said", "rents rose 4%")]),
    # a name before the people noun that reads as no body's mention: no owner, the rows stay unresolved
    ("Cargo through the port rose 8% in the year, officials said.\n\n"
     "Tarnlink officials said a new crane had cut waiting times.\n",
     [("officials", "unresolved", "said", "Cargo through the port rose 8% in the year"),
      ("Tarnlink officials", "unresolved", "said", "a new crane had cut waiting times")]),
])
def test_reference_resolution_steps(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["a", "thinktank"], None),  # an article other than `the`
    (["the", "independent", "research", "thinktank"], (["independent", "research"], "thinktank")),  # four words
    (["the", "new", "independent", "research", "thinktank"], None),  # five: no reference
    (["the", "latest", "statement"], None),  # the noun, not the first describing word, is read against the list
])
def test_epithet_words_bounds(words: list[str], expected: tuple[list[str], str] | None) -> None:
    assert epithet_words(words) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe met officials at the Kelby Port Authority.", ["Kelby Port Authority"]),  # lower case inside a sentence
    ("Tarnlink officials said", []),  # no body's mention before the noun
    ("Mara Quell's officials said", []),  # a person's, not a body's
])
def test_owners_named_bounds(text: str, expected: list[str]) -> None:
    assert [mention.name for mention in owners_named(text, "officials")] == expected


# Round 68m: the module-level patterns' parts, each mutated by hand (a name's apostrophe, its joining words, an age,
# a place's possessive opening the description).
@pytest.mark.parametrize(("text", "expected"), [
    ("O'Dowd Rivers Trust, a local charity, gave out 40 grants.\n\n"
     "The local charity said the gap was widest in food retail.\n",
     [("O'Dowd Rivers Trust", "organisation", "said", "the gap was widest in food retail")]),
    ("Friends of Kelby, a local charity, gave out 40 grants.\n\n"
     "The local charity said the gap was widest in food retail.\n",
     [("Friends of Kelby", "organisation", "said", "the gap was widest in food retail")]),
    ("Jo Roe, 67, a retired schoolteacher, has led the campaign.\n\n"
     "The retired schoolteacher said the campaign had 640 signatures.\n",
     [("Jo Roe", "person", "said", "the campaign had 640 signatures")]),
    ("Halvern Institute, Kelby's largest thinktank, gave out 40 grants.\n\n"
     "The thinktank said the gap was widest in food retail.\n",
     [("Halvern Institute", "organisation", "said", "the gap was widest in food retail")]),
])
def test_description_forms(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_noun_inside_a_longer_word_describes_no_one() -> None:
    assert described_names("Kelby schoolteacher Jo Roe said", "teacher") == ()


@pytest.mark.parametrize("text", ["Kelby Port Authority's officials said",
                                  "Officials from the Kelby Port Authority said"])
def test_owners_named_by_a_possessive_or_from(text: str) -> None:
    assert [mention.name for mention in owners_named(text, "officials")] == ["Kelby Port Authority"]


# --- round 69m: the cheap test before a description's pattern (epithets._written_with) ------------------------------

@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("thinktank staff met. Halvern Institute, a thinktank, said rents rose.", "thinktank",
     (("Halvern Institute", frozenset()),)),  # the noun first written where no description can end
    ("Halvern Institute, a local\tthinktank, said rents rose.", "thinktank",
     (("Halvern Institute", frozenset({"local"})),)),  # a tab before the noun
    ("The prize (schoolteacher Mara Quell) was given.", "schoolteacher", (("Mara Quell", frozenset()),)),  # no blank
    ("Retired schoolteacher\tMara Quell won.", "schoolteacher", (("Mara Quell", frozenset({"retired"})),)),  # a tab
])
def test_described_names_wherever_the_noun_is_written(text: str, noun: str,
                                                      expected: tuple[tuple[str, frozenset[str]], ...]) -> None:
    assert described_names(text, noun) == expected
