"""Wave 53h: two name-reading defects on development texts, by shape of English press writing.

- a post's remit of three common words (`Minister for Early Childhood Education`, `Director of Online Safety
  Enforcement`) was cut after its first word and its last two read as the holder's name, so a later `the minister
  said` went to a person called `Childhood Education` (`entities._titled_tail`, `speakers.remit_offices._holder_of`);
  a holder named after the remit still speaks (`Minister for Higher Education Jo Roe`);
- an outlet's header line over a reporter's byline (`FREIGHT & STORAGE REVIEW | Property`, then `By Jo Roe`) named
  a body that a later `the company said` or `the report found` fell back on; it is the outlet and its section, no
  party (`wire_credits.in_outlet_header`); a release's header with no byline still names its issuer.
"""
import pytest

from claims.extract.entities import find_mentions
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("text, expected", [
    ("An open letter has been sent to the Minister for Early Childhood Education, calling for more staff.\n\n"
     "The chair of the Harbour Care Alliance, Orla Fenwick, said the group had written twice without a reply.\n\n"
     "The minister said funding would rise by 4% next year.\n",
     [("Orla Fenwick", "person", "said", "the group had written twice without a reply"),
      ("The minister", "person", "said", "funding would rise by 4% next year")]),
    ("Villages in Glenarra have asked the Minister for Rural Community Development for a new bus link.\n\n"
     "The minister said a decision would be made in May.\n",
     [("The minister", "person", "said", "a decision would be made in May")]),
    ("Minister for Higher Education Tadhg Corless said 12 colleges would share the fund.\n\n"
     "The minister said the money would arrive in June.\n",
     [("Tadhg Corless", "person", "said", "12 colleges would share the fund"),
      ("Tadhg Corless", "person", "said", "the money would arrive in June")]),
])
def test_remit_of_common_words_names_no_holder(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_remit_of_common_words_is_no_person() -> None:
    text = "Tamsin Roe, the Director of Online Safety Enforcement at the regulator, spoke.\n"
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [("Tamsin Roe", "person")]


@pytest.mark.parametrize("text, expected", [
    ("HARBOUR & FREIGHT REVIEW | INDUSTRY\n\nBrenmoor Marine to cut 300 jobs\n\nBy Ada Quint, industry correspondent\n"
     "Monday 3 March 2025\n\nBrenmoor Marine plc plans to cut up to 300 jobs at its Kelby yard, the company said "
     "on Monday.\n",
     [("Brenmoor Marine plc", "organisation", "said", "Brenmoor Marine plc plans to cut up to 300 jobs at its Kelby "
       "yard")]),
    ("QUAY LEDGER | Ports & Harbours\n\nNew berth planned at Ostley\n\nBy Ada Quint\n\nOstley Port Company "
     "published its plan on Tuesday. According to the document, the berth will cost £40m.\n",
     [("Ostley Port Company", "organisation", "According to", "the berth will cost £40m")]),
])
def test_outlet_header_over_byline_names_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_release_header_names_its_issuer() -> None:
    text = ("Dunmore Borough Council | Newsroom\n\nFoster carers wanted\n\nDunmore Borough Council is appealing for 40 "
            "more foster carers. According to the council, 212 children are now in its care.\n")
    assert cued_rows(text) == [
        ("Dunmore Borough Council", "organisation", "issued the release",
         "Dunmore Borough Council is appealing for 40 more foster carers"),
        ("Dunmore Borough Council", "organisation", "According to", "212 children are now in its care")]


def test_remit_words_are_common_words_none_a_given_name() -> None:
    from claims.extract.entities import remit_words
    assert [remit_words(w) for w in (["Early", "Childhood", "Education"], [], ["Abbey", "Education"],
                                     ["Early", "Kerobi"])] == [True, False, False, False]
