"""Documents, data and the bodies behind them (wave 27c): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract.speakers.pronoun_owners import pronoun_owned
from extract_rows import cued_rows as rows


# A document whose own words go on to name its owner by a pronoun after its noun (`a report to its cabinet`: a body's
# own officers reporting to its own members; `data it published`: what the body published) speaks as the body the
# pronoun means, never as its words nor the byline's news service (speakers/pronoun_owners). Seen in p434, p858, p1002
# (three authors). A document about the body (`a report about its finances`), one sent to another body's organ, one
# the body commissioned from another (`figures it commissioned from X`) or merely disputes are left as they were.
CABINET_AFTER_CONTENT = (
    "Hostel bill doubles\n\nBy Nell Farrant, Shire News Agency\n\n"
    "Orrinford District Council spent £21.4m on emergency hostels last year, double the sum of two years ago, "
    "according to figures in a report to its cabinet.\n")
CABINET_SUBJECT_AFTER = (
    "Overspend warning\n\nBy Nell Farrant, Shire News Agency\n\n"
    "Rising care costs have pushed Tallowmere County Council towards a £5.2 million overspend, a report to its "
    "councillors has revealed.\n")
IT_RELEASED = (
    "Complaints rise\n\n"
    "Complaints to the Utilities Arbiter Service rose by a tenth last year.\n\n"
    "The arbiter received 8,120 new complaints in the year to March, according to statistics it released on Monday.\n")
THEY_PUBLISHED = (
    "Fewer arrivals\n\n"
    "The Kelvarra Port Board reported a fall in cruise calls.\n\n"
    "Ships brought 61,000 passengers in the summer, according to figures they published on Friday.\n")
COMMISSIONED = (
    "Savers rewarded\n\n"
    "Brockhurst Mutual paid savers more than its rivals last year.\n\n"
    "Its average rate was 0.52 points above the market, according to figures it commissioned from the analysts "
    "Ratefold.\n")
BYLINE_ONLY = (
    "Hostel bill doubles\n\nBy Nell Farrant, Shire News Agency\n\n"
    "Spending on emergency hostels doubled to £21.4m last year, according to a report to its cabinet.\n")
ANOTHER_BODYS_CABINET = (
    "Bus cuts\n\n"
    "Farrowvale Buses plans to cut six routes.\n\n"
    "The routes carried 9,000 passengers a week, according to a report to the county council's cabinet.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (CABINET_AFTER_CONTENT, [
        ("Orrinford District Council", "organisation", "according to",
         "Orrinford District Council spent £21.4m on emergency hostels last year, double the sum of two years ago")]),
    (CABINET_SUBJECT_AFTER, [
        ("Tallowmere County Council", "organisation", "revealed",
         "Rising care costs have pushed Tallowmere County Council towards a £5.2 million overspend")]),
    (IT_RELEASED, [
        ("Utilities Arbiter Service", "organisation", "according to",
         "The arbiter received 8,120 new complaints in the year to March")]),
    (THEY_PUBLISHED, [
        ("Kelvarra Port Board", "organisation", "reported", "reported a fall in cruise calls"),
        ("Kelvarra Port Board", "organisation", "according to", "Ships brought 61,000 passengers in the summer")]),
    (COMMISSIONED, [
        ("figures it commissioned from the analysts Ratefold", "document", "according to",
         "Its average rate was 0.52 points above the market")]),
    (BYLINE_ONLY, [
        ("a report", "document", "according to", "Spending on emergency hostels doubled to £21.4m last year")]),
    (ANOTHER_BODYS_CABINET, [
        ("a report to the county council's cabinet", "document", "according to",
         "The routes carried 9,000 passengers a week")]),
], ids=["cabinet-after-content", "cabinet-subject-after", "it-released", "they-published", "commissioned",
        "byline-only", "another-bodys-cabinet"])
def test_document_a_pronoun_owns_is_the_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["a", "report", "to", "its", "cabinet"], True),
    (["figures", "in", "a", "report", "to", "their", "board"], True),
    (["data", "it", "published", "on", "monday"], True),
    (["statistics", "they", "released"], True),
    (["figures", "it", "commissioned", "from", "ratefold"], False),  # another body made them
    (["data", "it", "disputes"], False),  # no act of publishing
    (["a", "report", "about", "its", "finances"], False),  # about the body, not by it
    (["a", "report", "to", "its", "regulator"], False),  # no organ of its own
    (["a", "report", "to", "the", "council's", "cabinet"], False),  # no pronoun
], ids=["cabinet", "their-board", "it-published", "they-released", "commissioned", "disputes", "about", "regulator",
        "named-cabinet"])
def test_pronoun_owned(words: list[str], expected: bool) -> None:
    assert pronoun_owned(words) is expected
