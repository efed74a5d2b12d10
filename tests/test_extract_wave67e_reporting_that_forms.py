"""Every tense of a reporting verb before `that` (wave 67e): the recognising family (`has recognised that`,
`recognises that`, `recognize that`) and the plain present of verbs whose other forms already report (`Tenants stress
that`, `The company respond that`); and the shapes where `that` is no conjunction or the verb no report. Each case is a
short text written for this test in our own words about invented parties, with the whole table it must give as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

HEAD = "Harbour News\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Tarrow Ferry Company has recognised that 14 sailings were cancelled in May.",
     [("Tarrow Ferry Company", "organisation", "recognised that", "14 sailings were cancelled in May")]),
    ("The Quayside Traders' Guild recognises that six shops closed last winter.",
     [("Quayside Traders' Guild", "organisation", "recognises that", "six shops closed last winter")]),
    ("The Linwick Port Authority recognized that the pier lost £40,000 last year.",
     [("Linwick Port Authority", "organisation", "recognized that", "the pier lost £40,000 last year")]),
    ("The Varden Pier Trust stress that the pier was closed for 31 days in March.",
     [("Varden Pier Trust", "organisation", "stress that", "the pier was closed for 31 days in March")]),
    ("The Ostler Marine Institute explain that the seal colony has doubled since 2015.",
     [("Ostler Marine Institute", "organisation", "explain that", "the seal colony has doubled since 2015")]),
    ("The Tarrow Ferry Company respond that only two sailings left late in June.",
     [("Tarrow Ferry Company", "organisation", "respond that", "only two sailings left late in June")]),
    ("The Linwick Rowing Club caution that the boathouse roof leaked on nine days in April.",
     [("Linwick Rowing Club", "organisation", "caution that", "the boathouse roof leaked on nine days in April")]),
])
def test_the_missing_forms_report_before_that(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(HEAD + sentence + "\n") == expected


@pytest.mark.parametrize("sentence", [
    "The Linwick Rowing Club does not accept that figure.",  # `that` a determiner: `accept` is left out
    "The Linwick Rowing Club is expected to declare that its boathouse is unsafe.",  # an infinitive: `declare` left out
    "The Tarrow Ferry Company wants the crews to stress safety at every sailing.",  # no `that`: no report
])
def test_no_report_where_that_is_no_conjunction_or_the_verb_no_report(sentence: str) -> None:
    assert cued_rows(HEAD + sentence + "\n") == []
