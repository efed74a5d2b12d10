"""Documents and their makers (wave 50y): a document whose maker the text names speaks as that maker, never as the
document: as the owner of the site it came out on (`published on the council's website`), after `by` in an `according
to` source (`according to allocations published by the council`), in the sentence right before its title (`in a new
report published by X. // Left on the Platform (pdf) has revealed`), or as the body whose cabinet (`A report to the
council's cabinet`: the one council the text names) or own board (`figures presented to its board`) it is put to; a
document whose maker the text never names still speaks as itself. Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in
text order, or the whole value a helper returns."""
import pytest

from claims.extract.speakers.clauses import site_owner
from extract_rows import cued_rows as rows

MINUTES = (
    "The meeting ended with the resignation of Ashgrove Town Council's clerk.\n\n"
    "Draft minutes of an extraordinary meeting held on Monday, published on the council's website yesterday, show "
    "that councillors spent an hour discussing a £9,240 invoice.\n")
OWN_SITE = (
    "Tarrow Water runs the county's sewers.\n\n"
    "Spill figures for March, published on Tarrow Water's own website on Friday, show that storm overflows ran for "
    "410 hours.\n")
NO_MAKER = (
    "Figures for March, published last month, show that storm overflows on the Tarrow ran for 410 hours.\n")
COUNCILS_CABINET = (
    "Services at Ashgrove District Council will not be running until February, officers have admitted.\n\n"
    "A report to the council's cabinet on Tuesday estimated that the recovery has so far cost £1.9 million.\n")
ACCORDING_BY = (
    "The Ashgrove Arts Council met on Tuesday.\n\n"
    "Eleven arts groups have lost their funding entirely for 2026, according to allocations published by the council "
    "on Wednesday evening.\n")
PRESENTED_BY_TO = (
    "Tollmere Fire Authority met on Monday.\n\n"
    "Firefighters in Tollmere were called out 14,862 times in 2025/26, according to figures presented by Tollmere Fire "
    "and Rescue Service to the county's fire authority on Thursday.\n")
ISSUED_BY_POST = (
    "The Vice President named a new Deputy Governor on Thursday.\n\n"
    "According to a statement issued by his Special Adviser on Media and Publicity, Tunde Okafor-Bell, she is to "
    "replace a former Deputy Governor who retired early this year.\n")
ACCORDING_OBTAINED = (
    "Eleven arts groups have lost their funding, according to allocations obtained by the Ashgrove Courier.\n")
TITLE_NEXT = (
    "Rail operators have been urged to put staff back on rural platforms, in a new report published by the Ashgrove "
    "Rail Passengers' Council (ARPC).\n\n"
    "Left on the Platform (pdf) has today (May 4) revealed that 40% of rural stations have no staff at weekends.\n")
PRESENTED_TO_ITS_BOARD = (
    "Ashgrove Training Board has registered 1,184 new apprentices so far in 2026, according to figures presented to "
    "its board meeting in Tarrow today.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (MINUTES, [("Ashgrove Town Council", "organisation", "show that",
                "councillors spent an hour discussing a £9,240 invoice")]),
    (OWN_SITE, [("Tarrow Water", "organisation", "show that", "storm overflows ran for 410 hours")]),
    (NO_MAKER, [("Figures for March", "document", "show that", "storm overflows on the Tarrow ran for 410 hours")]),
    (COUNCILS_CABINET, [
        ("Ashgrove District Council", "organisation", "admitted",
         "Services at Ashgrove District Council will not be running until February"),
        ("Ashgrove District Council", "organisation", "estimated that", "the recovery has so far cost £1.9 million")]),
    (ACCORDING_BY, [("Ashgrove Arts Council", "organisation", "according to",
                     "Eleven arts groups have lost their funding entirely for 2026")]),
    (PRESENTED_BY_TO, [("Tollmere Fire and Rescue Service", "organisation", "according to",
                        "Firefighters in Tollmere were called out 14,862 times in 2025/26")]),
    (ISSUED_BY_POST, [("Tunde Okafor-Bell", "person", "According to",
                       "she is to replace a former Deputy Governor who retired early this year")]),
    (ACCORDING_OBTAINED, [("allocations", "unresolved", "according to", "Eleven arts groups have lost their funding")]),
    (TITLE_NEXT, [("Ashgrove Rail Passengers' Council", "organisation", "revealed that",
                   "40% of rural stations have no staff at weekends")]),
    (PRESENTED_TO_ITS_BOARD, [("Ashgrove Training Board", "organisation", "according to",
                               "Ashgrove Training Board has registered 1,184 new apprentices so far in 2026")]),
], ids=["website-owner", "own-website", "no-maker", "councils-cabinet", "according-to-published-by", "presented-by-to",
        "issued-by-a-post-then-name", "obtained-by", "title-after-its-maker", "presented-to-its-board"])
def test_a_named_maker_speaks_for_its_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("aside", "expected"), [
    (" published on the council's website yesterday", (14, 25)),
    ("posted on Tarrow Water\u2019s official site", (10, 22)),
    ("published last month", None),
    ("published by the council", None),
    ("published on the council website", None),
], ids=["website", "official-site", "no-site", "by-agent", "no-possessive"])
def test_site_owner(aside: str, expected: tuple[int, int] | None) -> None:
    assert site_owner(aside) == expected
