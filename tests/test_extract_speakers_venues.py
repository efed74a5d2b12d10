"""Venues and messengers (`claims.extract.speakers.venues`): where the words before them end."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.venues import venue_cut


def _cut(text: str, name: str, end: int | None = None) -> int | None:
    """Where `venue_cut` cuts the whole text before `name` (searched up to `end`)."""
    return venue_cut(text, 0, len(text) if end is None else end, name)


@pytest.mark.parametrize("text, name, expected", [
    ("The study, published in Acme Review, was cited", "Acme Review", 9),
    ("Acme Review said its study, published in Acme Review, found", "Acme Review", 26),   # the last one
    ("Figures obtained by the Acme Herald were seen by many.", "Acme Herald", 7),  # a later `by` is not read
    ("Papers leaked to the Acme Herald were passed to police.", "Acme Herald", 6),  # nor a later `to`
    ("An email obtained by WKRB showed", "WKRB", 8),  # no data: a messenger whoever obtained it (59h)
    ("Data obtained by the Acme Herald show", "Acme Herald", 4),  # data an outlet obtained (59h)
    ("Data obtained by the Acme Evening Herald show", "Acme Evening Herald", 4),  # the name's last word (60m)
    ("Papers revealed by the Acme Daily Herald", "Acme Daily Herald", 6),          # the name's last word
    ("Papers revealed by the Herald", "Herald", 6),
    ("X published in Acme Review", "Acme Review", 1),
    ("The results were first published in the journal Acme Review", "Acme Review", 11),
])
def test_the_words_before_a_venue_or_a_messenger_are_cut_off(text: str, name: str, expected: int) -> None:
    assert _cut(text, name) == expected


def test_only_the_name_before_the_end_counts() -> None:
    text = "The study, published in Acme Review, was cited by Acme Review."
    assert _cut(text, "Acme Review", text.index(",", 12)) == 9


@pytest.mark.parametrize("text, name", [
    ("Papers revealed by the Acme Daily Gazette Group", "Acme Daily Gazette Group"),  # revealed: only a paper
    ("published in Acme Review", "Acme Review"),           # nothing stands before the verb
    ("Acme Review said", "Acme Review"),                   # the name starts the text
    ("Jo Roe said", "Acme Review"),                        # the name is not there
    ("Figures collected by the Acme Herald", "Acme Herald"),
    ("Figures obtained by the Acme Trust under freedom of information law", "Acme Trust"),  # no outlet: it speaks (59h)
    ("\npublished in Acme Review", "Acme Review"),        # only a line break before the verb: nothing to speak
    (" ,\n\t published in Acme Review", "Acme Review"),
])
def test_no_cut_elsewhere(text: str, name: str) -> None:
    assert _cut(text, name) is None


_LEAD = "Children held longer on remand, charity says\n\nChildren are held on remand longer than ever, a charity has said.\n\n"
_OBTAINED = ("Figures obtained by {} under freedom of information law show that the average wait rose to 119 days "
             "last year.\n")
_LEAD_ROW = ("a charity", "unresolved", "said", "Children are held on remand longer than ever")


@pytest.mark.parametrize(("text", "expected"), [
    (_LEAD + _OBTAINED.format("the Harwick Trust"),  # a party that is no outlet: its finding (`figures` until 59h)
     [_LEAD_ROW, ("Harwick Trust", "organisation", "show that", "the average wait rose to 119 days last year")]),
    (_LEAD + _OBTAINED.format("the Harwick Herald"),  # an outlet only passed them on: the figures (wave 42c)
     [_LEAD_ROW, ("Figures obtained by the Harwick Herald", "document", "show that",
                  "the average wait rose to 119 days last year")]),
], ids=["obtained-by-a-body", "obtained-by-an-outlet"])
def test_figures_obtained_by_a_party_are_its_finding(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Figures obtained by X show` speaks for X when X is no outlet (development's gold: p459, p106; the corpus
    README's `figures obtained by X` as a maker named); a newspaper that obtained them is a messenger."""
    assert cued_rows(text) == expected
