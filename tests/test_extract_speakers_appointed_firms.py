"""The firm appointed to an insolvency office (wave 35i): after `Jo Roe and Al Key of X as joint administrators`,
`Administrators from X were appointed` or `X was appointed administrator`, a bare `the administrators said` or `the
joint administrators said` is the one firm the text names in that office, which speaks as itself; two such firms, or
none, leave the words unresolved as before. Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from extract_rows import rows
from claims.extract.speakers.appointed_firms import INSOLVENCY_OFFICES

FAILED = "Bakery chain collapses\n\nThe Harrowgate bakery chain Crumbly's went into administration on Friday.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (FAILED + "The directors appointed Nadia Orme and Luke Pell of Ashcombe Recovery as joint administrators.\n\n"
     "The administrators said 140 of the chain's 210 staff had been made redundant.\n",
     [("Ashcombe Recovery", "organisation", "140 of the chain's 210 staff had been made redundant")]),
    (FAILED + "Administrators from Ashcombe Recovery were appointed on Friday by the chain's lender.\n\n"
     "In a statement, the joint administrators said the chain had lost £3m in its last year.\n",
     [("Ashcombe Recovery", "organisation", "the chain had lost £3m in its last year")]),
    (FAILED + "Ashcombe Recovery was appointed as liquidators on Friday.\n\n"
     "The liquidators said 31 shops would close by March.\n",
     [("Ashcombe Recovery", "organisation", "31 shops would close by March")]),
])
def test_the_administrators_are_the_one_firm_named_in_that_office(text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two firms in the office, none named, or another office's firm: the words as before
    (FAILED + "Ashcombe Recovery was appointed as administrators of the shops, and Tull Partners as administrators "
     "of the bakeries.\n\n"
     "The administrators said 140 staff had been made redundant.\n",
     [("The administrators", "unresolved", "140 staff had been made redundant")]),
    (FAILED + "The administrators said 140 staff had been made redundant.\n",
     [("The administrators", "unresolved", "140 staff had been made redundant")]),
    (FAILED + "Nadia Orme of Ashcombe Recovery was appointed as liquidator of a sister firm.\n\n"
     "The administrators said 140 staff had been made redundant.\n",
     [("The administrators", "unresolved", "140 staff had been made redundant")]),
])
def test_the_administrators_stay_unresolved_without_one_firm(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_the_offices_are_read_from_the_data() -> None:
    assert {"administrators", "liquidators", "receivers"} <= INSOLVENCY_OFFICES
