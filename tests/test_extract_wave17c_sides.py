"""Two sides in one text, headings and capitalised words read as speakers (wave 17c): each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.entities import thing_acronym
from claims.extract.layout import spelt_later
from claims.extract.speakers.appositives import document_acronym
from extract_rows import rows

# A reference by a body's own head beats a body only of a kind like it (17c, speakers/context._own_head). `the
# agency` matches an office, a service or a commission as well as an agency; when an auditor's Office has spoken and
# the text has named a body whose own head is Agency, the audited agency's reply is the agency's.
AUDITED_AGENCY = (
    "The Harbour Works Agency's programme will protect 8,000 fewer homes than planned, according to a report by the "
    "State Audit Office (SAO).\n\nThe SAO found that 12 schemes had been dropped.\n\n"
    "In its response, the agency said it had accepted all four recommendations.\n")
NO_OWN_HEAD = (
    "The Harbour Works Board's programme is late, according to a report by the State Audit Office (SAO).\n\n"
    "The SAO found that 12 schemes had been dropped.\n\nThe agency said it had saved 3% on its running costs.\n")


def test_the_agency_is_the_body_headed_so() -> None:
    assert rows(AUDITED_AGENCY) == [
        ("State Audit Office", "inspectorate", "The Harbour Works Agency's programme will protect 8,000 fewer homes "
                                               "than planned"),
        ("State Audit Office", "inspectorate", "12 schemes had been dropped"),
        ("Harbour Works Agency", "organisation", "it had accepted all four recommendations")]


def test_the_agency_falls_back_to_an_office_like_it() -> None:
    assert rows(NO_OWN_HEAD)[-1] == ("State Audit Office", "inspectorate", "it had saved 3% on its running costs")


# A release's header line in capitals names its issuer as the text spells it later (17c, layout.spelt_later): `OFFICE
# OF THE COUNTY AUDITOR` over an audit of another body, with `The Office of the County Auditor is ...` at the foot.
CAPITAL_MASTHEAD = (
    "OFFICE OF THE COUNTY AUDITOR\n\nFOR IMMEDIATE RELEASE\n\n"
    "Auditor: Parks Department Cannot Account For Equipment\n\n"
    "County Auditor Dana Reyes today released an audit of the Parks Department.\n\nWhat we found\n"
    "1. Crews bought 44 mowers in 2024 that were never used.\n"
    "2. Staff signed for their own purchases on 90 occasions.\n\n"
    "###\n\nThe Office of the County Auditor audits every county department.\n")


def test_a_header_in_capitals_names_the_issuer_as_spelt_below() -> None:
    assert rows(CAPITAL_MASTHEAD) == [
        ("Office of the County Auditor", "inspectorate", "Crews bought 44 mowers in 2024 that were never used"),
        ("Office of the County Auditor", "inspectorate", "Staff signed for their own purchases on 90 occasions")]
    # kind: an office housing an examiner is an inspectorate since wave 27h (examiner_offices); the issuer is unchanged


@pytest.mark.parametrize(("text", "expected"), [
    ("ACME WATER\n\nAcme Water said sales rose.", (12, 22)),
    ("ACME WATER\n\nSales rose at ACME WATER.", (0, 10)),  # never written in its own case
    ("ACME\n\nAcme said sales rose.", (0, 4)),  # one word: left to the acronym rules
    ("ACME WATER\n\nacme water said sales rose.", (0, 10)),  # no capital: no name
])
def test_spelt_later(text: str, expected: tuple[int, int]) -> None:
    assert spelt_later(text, 0, text.index("\n")) == expected


# A cue word that is a document's noun after an article and a name (17c, attribution/cues._named_kind): `A Best Value
# report by the auditor, published by the Commission, found` is a document's finding, and `Best Value` no person.
NAMED_KIND_REPORT = (
    "A Fair Rent report by the Tenancy Auditor, published by the Housing Commission on Friday, found the council had "
    "overcharged 1,200 tenants.\n")
NAMED_BODY_REPORTS = "The Harlow Partners report that sales rose 4% in the year.\n"


def test_a_named_kind_of_report_is_a_noun() -> None:
    assert rows(NAMED_KIND_REPORT) == [
        ("Housing Commission", "organisation", "the council had overcharged 1,200 tenants")]


def test_a_body_reporting_that_still_reports() -> None:
    assert rows(NAMED_BODY_REPORTS) == [("Harlow Partners", "organisation", "sales rose 4% in the year")]


# Acronyms of things in a headline or before a noun (17c, entities.thing_acronym, data/thing_acronyms.txt): `AI`,
# `GDP`, `VAT` alone name no body, so `according to its maker` is not theirs; inside a name they stay.
THING_HEADLINE = (
    "AI tool spots more fractures, maker says\n\n"
    "A system that reads hand X-rays picked up 18% more fractures than doctors alone, according to its maker.\n\n"
    "The AI Safety Office said it had tested 40 such tools.\n")


def test_a_thing_s_acronym_is_no_speaker() -> None:
    assert rows(THING_HEADLINE) == [
        ("its maker", "unresolved", "A system that reads hand X-rays picked up 18% more fractures than doctors alone"),
        ("AI Safety Office", "inspectorate", "it had tested 40 such tools")]


@pytest.mark.parametrize(("word", "expected"), [
    ("AI", True), ("GDP", True), ("EVs", True), ("It", False), ("Vat", False), ("HSE", False)])
def test_thing_acronym(word: str, expected: bool) -> None:
    assert thing_acronym(word) is expected


# An acronym in brackets after a document's title (17c, speakers/appositives.document_acronym): `the Spring Fiscal
# Update (SFU)` is a document's short name; a later lead-in never falls to it as the body in focus.
DOCUMENT_ACRONYM = (
    "Responding to the Spring Fiscal Update (SFU), Dana Wiremu of the Harbour Party said the deficit was $9 billion.\n\n"
    "The facts:\n1. Net debt is forecast to peak at 41% of GDP in 2028.\n")


def test_a_document_s_acronym_is_no_body() -> None:
    assert [row[0] for row in rows(DOCUMENT_ACRONYM)] == ["Dana Wiremu", "Dana Wiremu"]  # before: SFU's figures


@pytest.mark.parametrize(("text", "expected"), [
    ("the Spring Fiscal Update (SFU) shows", True),
    ("the Local Transport Plan (LTP) shows", True),
    ("the Office for National Statistics (ONS) shows", False),
    ("the Harbour Valley Transit (HVT) said", False),
])
def test_document_acronym(text: str, expected: bool) -> None:
    start = text.index("(") + 1
    assert document_acronym(text, start, text.index(")")) is expected


# A ticker after a company's legal form set off by a comma (17c, full_names._without_form): `Orvane Therapeutics, Inc.
# (Nasdaq: ORVB)` quotes the ticker of Orvane Therapeutics, so `ORVB` never speaks for it; a form without a comma stays.
TICKER_AFTER_FORM = (
    "Orvane Therapeutics, Inc. (Nasdaq: ORVB) today announced that 38% of patients were in remission at week 12.\n")
TICKER_AFTER_PLC = "Pellmore Foods plc (LSE: PMF) today announced that sales rose 4% in the half.\n"


def test_a_ticker_after_a_legal_form_is_the_company() -> None:
    assert rows(TICKER_AFTER_FORM) == [
        ("Orvane Therapeutics", "organisation", "38% of patients were in remission at week 12")]


def test_a_ticker_after_plc_is_the_company() -> None:
    assert rows(TICKER_AFTER_PLC) == [("Pellmore Foods plc", "organisation", "sales rose 4% in the half")]


# A department `for` a series (17c, entities._with_series): `a Department for Farming, Fisheries and Rural Affairs
# spokesperson` speaks for the whole department, not for `Fisheries and Rural Affairs`; an office for one thing and two
# other bodies keeps its own name.
DEPARTMENT_FOR_SERIES = (
    "A Department for Farming, Fisheries and Forestry spokesperson said 1,400 farms had applied for the grant.\n")


def test_a_department_for_a_series_is_one_body() -> None:
    assert rows(DEPARTMENT_FOR_SERIES) == [
        ("Department for Farming, Fisheries and Forestry", "organisation", "1,400 farms had applied for the grant")]


# A participle cue before a copula describes the noun before it (17c, attribution/cues): `The two recommendations not
# accepted are:` heads a list, and `The two recommendations not` is no speaker.
NOT_ACCEPTED = (
    "Harbour Works Agency\n\nPress Release\n\nThe agency accepts 9 of the 11 recommendations.\n\n"
    "The two recommendations not accepted are:\n(i) that the agency publish every claim in dispute; and\n"
    "(ii) that one officer be responsible for all 40 schemes.\n")


def test_a_participle_before_a_copula_is_no_cue() -> None:
    assert {row[0] for row in rows(NOT_ACCEPTED)} == {"Harbour Works Agency"}


# Another party's finding that one side notes, accepts or disputes (17c, attribution/noted_findings): the finding is
# the other party's claim; what the side adds stays its own. A finding of the speaker's own is left whole.
NOTED_FINDING = (
    "The Harbour Works Agency notes the State Audit Office's finding that costs rose by 40% since 2021, and wishes to "
    "clarify that 12% of that came from new work.\n")
DISPUTED_CLAIM = (
    "The Water Regulation Authority fined Brookmere Water £3m on Monday.\n\n"
    "Brookmere Water disputes the regulator's claim that leakage rose by 12% last year.\n")
OWN_FINDING = "The State Audit Office noted its own finding that 14 schemes were late.\n"


def test_a_noted_finding_is_the_finder_s() -> None:
    assert rows(NOTED_FINDING) == [
        ("State Audit Office", "inspectorate", "costs rose by 40% since 2021"),
        ("Harbour Works Agency", "organisation", "wishes to clarify that 12% of that came from new work")]


def test_a_disputed_claim_is_the_claimant_s() -> None:
    assert rows(DISPUTED_CLAIM) == [
        ("Water Regulation Authority", "inspectorate", "leakage rose by 12% last year")]


def test_an_own_finding_stays_whole() -> None:
    assert rows(OWN_FINDING) == [
        ("State Audit Office", "inspectorate", "its own finding that 14 schemes were late")]


# Only a noting cue splits, and only towards a party the text names: `said the regulator's claim that ... was wrong`
# is the sayer's claim about the claim; a committee the text never names takes nothing from the side that disputes.
SAID_OF_A_CLAIM = (
    "The Water Regulation Authority fined Brookmere Water £3m on Monday.\n\n"
    "Brookmere Water said the regulator's claim that leakage rose by 12% last year was wrong.\n")
UNNAMED_CLAIMANT = "Brookmere Water disputes the committee's claim that leakage rose by 12% last year.\n"
ACCEPTED_FINDING = (
    "The Water Regulation Authority fined Brookmere Water £3m on Monday.\n\n"
    "Brookmere Water accepted the Water Regulation Authority's finding that leakage rose by 12% last year.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SAID_OF_A_CLAIM, [("Brookmere Water", "organisation",
                        "the regulator's claim that leakage rose by 12% last year was wrong")]),
    (UNNAMED_CLAIMANT, [("Brookmere Water", "organisation",
                         "disputes the committee's claim that leakage rose by 12% last year")]),
    (ACCEPTED_FINDING, [("Water Regulation Authority", "inspectorate", "leakage rose by 12% last year")]),
])
def test_a_finding_splits_only_after_a_noting_cue_and_towards_a_named_party(text: str, expected: list) -> None:
    assert rows(text) == expected
