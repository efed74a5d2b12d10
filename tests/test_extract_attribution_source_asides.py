"""A subject set off before a source's aside (wave 34b): `The correct figure, according to the Harbour Trust, is
£4.2m.`, `The largest single grant, according to the register, was £9,100, paid to ...`: the words before `according
to` are only the subject, with no verb, and the words after the aside open on the verb; the claim is the whole
sentence, never the verb and its object cut from their subject. Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.source_asides import may_set_off_source, source_aside, subject_before_aside
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Correction: an earlier version of this story said the Tolbury Harbour Trust had 410 berths. The correct figure, "
     "supplied by the trust, is 140.\n",
     [("Tolbury Harbour Trust", "organisation", "supplied by", "The correct figure, supplied by the trust, is 140")]),
    ("Ferry services to Skelly were cut in March. The true number of lost crossings, given by Tolbury Ferries, was "
     "212.\n",
     [("Tolbury Ferries", "organisation", "given by",
       "The true number of lost crossings, given by Tolbury Ferries, was 212")]),
    ("The Tolbury Harbour Trust rebuilt its pontoon last year. The final cost, confirmed in the trust's annual accounts, "
     "was £412,000, an overspend of £12,000.\n",
     [("Tolbury Harbour Trust", "organisation", "confirmed in",
       "The final cost, confirmed in the trust's annual accounts, was £412,000, an overspend of £12,000")]),
])
def test_a_figure_set_off_with_its_source_is_the_sources(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`The correct figure, supplied by X, is 140`, `..., given by X, ...`, `..., confirmed in X's accounts, ...`
    (wave 35j): the aside names who gave the figure, and the claim is the whole sentence."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "The new pontoon, built by Tolbury Marine, was opened in May.\n",  # a maker, not a source
    "The letter, signed by 40 traders, was delivered to the Tolbury Harbour Trust on Monday.\n",
    "Crossings fell, given by the weather, and the Tolbury Harbour Trust closed.\n",  # a clause before the aside
])
def test_an_aside_naming_no_source_of_a_figure_gives_no_row(text: str) -> None:
    assert cued_rows(text) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The correct figure, supplied by the trust, is 140.", "the trust"),
    ("The average yield, as stated in the survey, was 6.1 tonnes.", "the survey"),
    ("The correct figure, supplied by the trust, the trust's own.", None),  # no verb opens the words after it
    ("The pontoon, built by Tolbury Marine, was opened in May.", None),
    ("Crossings fell sharply, given by the trust, and fees rose.", None),
    ("The correct figure is 140.", None),
    ("The results, published in Harbour Science, were striking.", None),  # a venue that only printed them
    ("Research by Tolbury Marine, given by its director, found that 12 pumps failed.", None),  # a cue after the aside
    ("She told Harbour Radio that a fault in the pump, supplied by Tolbury Marine, had caused the flood.", None),  # a cue
])
def test_source_aside(sentence: str, expected: str | None) -> None:
    found = source_aside(sentence, (0, len(sentence)))
    assert (found.group("who") if found else None) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The correct figure, given by Tolbury Ferries, is 212.", True),
    ("The average yield, as stated in the survey, was 6.1 tonnes.", True),
    ("The pontoon, built by Tolbury Marine, was opened in May.", False),
    ("The figures were given by Tolbury Ferries.", False),  # no aside set off by a comma
])
def test_may_set_off_source(body: str, expected: bool) -> None:
    assert may_set_off_source(body) is expected
