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


# A new document without an article whose own words name what or whom it counts and no body (`industry figures`,
# `Company filings show`, `Homeless figures published last month showed`) speaks as itself in a news report: never as
# the body in focus, nor as a body that gave an earlier `the figures` (speakers/source_modifiers). Seen in p274, p280,
# p864 (three authors). A document with an article (`the objection report`, p384; wave 52b gave `the committee
# report` of p901 to itself, tests/test_extract_speakers_documents.py), a name before it that opens no sentence
# (`according to Ostrava figures`), a modifier naming the body in focus (`Authority figures` after `X Transit
# Authority`) and a body's own release (`FOR IMMEDIATE RELEASE`) are left as they were; one described only by when
# or how it was made (`Provisional figures`) speaks as itself too since wave 58g (speakers/bare_documents).
TRADE_FIGURES = (
    "Ferry ruling\n\nBy Cal Ruane\n\n"
    "The Maritime Fares Office upheld two complaints against Sundry Ferries on Tuesday.\n\n"
    "Sundry Ferries, which sails to three islands, carries about 410,000 passengers a year, according to trade "
    "figures.\n")
REGISTRY_FILINGS = (
    "Donation questioned\n\nBy Cal Ruane\n\n"
    "The Liberal Forward Party said on Monday that it would keep a £90,000 gift from Brackwater Estates.\n\n"
    "Registry filings show that half of Brackwater's shares are held by an offshore trust.\n")
AFTER_THE_FIGURES = (
    "Evictions rise\n\nBy Cal Ruane\n\n"
    "The Lettings Board said 3,020 eviction notices were served in the quarter. The figures were up by a fifth.\n\n"
    "Hostel figures published last month showed 9,400 people in emergency beds in April.\n")
NAME_MID_SENTENCE = (
    "Waste exports\n\nBy Cal Ruane\n\n"
    "Greenhold Trading Ltd said it shipped less plastic abroad this year.\n\n"
    "Exports fell to about 2 million tonnes in 2024, according to Ostrava figures.\n")
WITH_ARTICLE = (
    "Homes refused\n\nBy Cal Ruane\n\n"
    "The Dunmore Borough Council refused the scheme on Tuesday.\n\n"
    "According to the objection report, the council received 320 objections.\n")
WHEN_OR_HOW_ONLY = (
    "Homes refused\n\nBy Cal Ruane\n\n"
    "The Dunmore Borough Council refused the scheme on Tuesday.\n\n"
    "Provisional figures show the council received 320 objections.\n")
OWN_RELEASE = (
    "FOR IMMEDIATE RELEASE\n\nCoastal Health Department finds bacteria in cooling towers\n\n"
    "The Coastal Health Department has closed two cooling towers in Marlow.\n\n"
    "Laboratory results show bacteria in samples from both towers.\n")
BODY_IN_FOCUS_HEAD = (
    "Fares audit\n\nBy Cal Ruane\n\n"
    "The Tarnside Transit Authority overpaid two contractors, an audit found on Monday.\n\n"
    "Authority figures show the contractors were paid $2.1 million more than agreed.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (TRADE_FIGURES, [
        ("trade figures", "document", "according to",
         "Sundry Ferries, which sails to three islands, carries about 410,000 passengers a year")]),
    (REGISTRY_FILINGS, [
        ("Liberal Forward Party", "organisation", "said on Monday that",
         "it would keep a £90,000 gift from Brackwater Estates"),
        ("registry filings", "document", "show that", "half of Brackwater's shares are held by an offshore trust")]),
    (AFTER_THE_FIGURES, [
        ("Lettings Board", "organisation", "said", "3,020 eviction notices were served in the quarter"),
        ("Lettings Board", "organisation", "said", "The figures were up by a fifth"),  # 44g: points back at the figure
        ("hostel figures", "document", "showed", "9,400 people in emergency beds in April")]),
    (NAME_MID_SENTENCE, [
        ("Greenhold Trading Ltd", "organisation", "said", "it shipped less plastic abroad this year"),
        ("Greenhold Trading Ltd", "organisation", "according to", "Exports fell to about 2 million tonnes in 2024")]),
    (WITH_ARTICLE, [
        ("Dunmore Borough Council", "organisation", "According to", "the council received 320 objections")]),
    (WHEN_OR_HOW_ONLY, [  # a news report's bare document speaks as itself, never the body in focus (58g's convention)
        ("provisional figures", "document", "show", "the council received 320 objections")]),
    (OWN_RELEASE, [
        ("Coastal Health Department", "organisation", "show", "bacteria in samples from both towers")]),
    (BODY_IN_FOCUS_HEAD, [
        ("an audit", "document", "found", "The Tarnside Transit Authority overpaid two contractors"),
        ("Tarnside Transit Authority", "organisation", "show",
         "the contractors were paid $2.1 million more than agreed")]),
], ids=["trade-figures", "registry-filings", "after-the-figures", "name-mid-sentence", "with-article",
        "when-or-how-only", "own-release", "body-in-focus-head"])
def test_new_document_named_by_what_it_counts_speaks_as_itself(text: str,
                                                               expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
