"""A subject set off before a source's aside (wave 34b): `The correct figure, according to the Harbour Trust, is
£4.2m.`, `The largest single grant, according to the register, was £9,100, paid to ...`: the words before `according
to` are only the subject, with no verb, and the words after the aside open on the verb; the claim is the whole
sentence, never the verb and its object cut from their subject. Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.source_asides import subject_before_aside
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Correction: an earlier version of this story gave the deficit as £14.2m. The correct figure, according to the "
     "Tolbury Harbour Trust, is £4.2m.\n",
     [("Tolbury Harbour Trust", "organisation", "according to",
       "The correct figure, according to the Tolbury Harbour Trust, is £4.2m")]),
    ("The Tolbury Harbour Trust keeps a register of grants. The largest single grant, according to the Tolbury Harbour "
     "Trust, was £9,100, paid to a rowing club in Wexham.\n",
     [("Tolbury Harbour Trust", "organisation", "according to",
       "The largest single grant, according to the Tolbury Harbour Trust, was £9,100, paid to a rowing club in "
       "Wexham")]),
])
def test_a_subject_before_a_source_aside_stays_with_its_verb(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry crossings fell by 12% last year, according to the Tolbury Harbour Trust, and berth fees rose.\n",
     [("Tolbury Harbour Trust", "organisation", "according to", "Ferry crossings fell by 12% last year"),
      ("Tolbury Harbour Trust", "organisation", "according to", "berth fees rose")]),
    ("According to the Tolbury Harbour Trust, ferry crossings fell by 12% last year.\n",
     [("Tolbury Harbour Trust", "organisation", "According to", "ferry crossings fell by 12% last year")]),
])
def test_a_source_aside_after_a_clause_or_before_it_is_unchanged(text: str,
                                                                  expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("The correct figure", " is £4.2m.", True),
    ("The largest grant", " was £9,100, paid to a club.", True),
    ("Crossings fell by 12%", " and fees rose.", False),  # a clause before the aside
    ("The correct figure", " the trust's own.", False),  # no verb opens the words after it
    ("", " is £4.2m.", False),  # nothing before the aside
])
def test_subject_before_aside(before: str, after: str, expected: bool) -> None:
    text = before + ", according to the trust," + after
    start = text.index(", according") if before else 0
    assert subject_before_aside(text, (0, start), (text.index("trust,") + 6, len(text))) is expected
