"""An examining document's aside that names whom the work was done with (wave 31b): `Our review, carried out with the
help of an outside engineering firm, has found`, `X's inquiry, conducted with Y, found`: the owner of the document
speaks, never the partner the aside names. Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.speakers.partner_asides import is_partner_aside
from extract_rows import rows

OPENING = ("Tollgate Ferries Ltd said on Friday that a fault in its booking system had left 3,000 travellers "
           "without tickets.\n\n")
OPENING_ROW = ("Tollgate Ferries Ltd", "organisation",
               "a fault in its booking system had left 3,000 travellers without tickets")


@pytest.mark.parametrize(("text", "expected"), [
    (OPENING + "Tollgate's review, carried out with the help of an outside engineering firm, has found that a "
     "software update on 3 May removed every booking made by card.\n",
     [OPENING_ROW,
      ("Tollgate Ferries Ltd", "organisation", "a software update on 3 May removed every booking made by card")]),
    (OPENING + "The company's review, conducted with the systems consultancy Brightwater Analytics, found that the "
     "backup had not run for nine days.\n",
     [OPENING_ROW,
      ("Tollgate Ferries Ltd", "organisation", "the backup had not run for nine days")]),
    (OPENING + "Tollgate's review, which is being carried out with the help of outside specialists, has found that "
     "no payment details were taken.\n",
     [OPENING_ROW,
      ("Tollgate Ferries Ltd", "organisation", "no payment details were taken")]),
])
def test_the_owner_speaks_past_the_partner_aside(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("carried out with the help of an outside engineering firm", True),
    ("conducted with the systems consultancy Brightwater Analytics", True),
    ("undertaken jointly with the county council", True),
    ("which is being carried out with the help of outside specialists", True),
    ("compiled in partnership with Brightwater Analytics", True),
    ("carried out by Brightwater Analytics", False),
    ("published with the annual accounts", False),
    ("the systems consultancy Brightwater Analytics", False),
    ("which was published on Monday", False),
])
def test_partner_asides(clause: str, expected: bool) -> None:
    assert is_partner_aside(clause) is expected
