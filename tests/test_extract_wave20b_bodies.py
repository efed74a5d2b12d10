"""Bodies and documents that speak (wave 20b): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or
the whole value a helper returns."""
import pytest

from claims.extract.entities import find_mentions, head_noun
from claims.extract.fining_bodies import lead_fining_name
from claims.extract.speakers.side_nouns import charity_named
from extract_rows import rows


# A name's head past its legal form or its nation (20b, entities.head_noun): what the text later calls the body.
@pytest.mark.parametrize(("name", "expected"), [
    ("Harwick Vale Creamery Ltd", "creamery"),
    ("Corran Valley Dairy Limited", "dairy"),
    ("Pelham Bay Bakery Inc.", "bakery"),
    ("Donkey Care League Cymru", "league"),
    ("Animal Rescue League Scotland", "league"),
    ("Acme plc", "plc"),  # two words: the form is all there is
    ("Harlan, Pruitt & Vega LLP", "llp"),  # a partner's surname is never the head
    ("Sport Ireland", "ireland"),  # no head before the nation
    ("Ministry of Justice", "ministry"),
])
def test_head_noun_past_form_and_nation(name: str, expected: str) -> None:
    assert head_noun(name) == expected


CREAMERY = (
    "Harwick Vale Creamery Ltd has recalled two batches of its soft cheese.\n\n"
    "The creamery said around 900 packs had been sold since 3 March.\n")


def test_a_company_is_called_by_the_noun_before_its_form() -> None:
    assert rows(CREAMERY) == [
        ("Harwick Vale Creamery Ltd", "organisation", "around 900 packs had been sold since 3 March")]


LAW_FIRM = (
    "Orrin, Blake & Vega LLP filed the claim on Monday.\n\n"
    "\"This was avoidable,\" said attorney Rosa Vega, a partner at the firm.\n\n"
    "Vega said more than 300 people had contacted the firm since the recall.\n")


def test_a_partner_named_in_a_firm_stays_the_person() -> None:
    assert rows(LAW_FIRM)[-1] == ("Rosa Vega", "person", "more than 300 people had contacted the firm since the recall")


@pytest.mark.parametrize(("name", "expected"), [
    ("Northern Pony Welfare League", True),
    ("Donkey Care League Cymru", True),
    ("Brimley Donkey Haven", True),
    ("Kestle Hospice Trust", True),
    ("Kestle Hospitals NHS Foundation Trust", False),  # a public trust is never `the charity`
    ("Teesmouth Magistrates' Court", False),
    ("Fenwick Energy", False),
])
def test_charity_named(name: str, expected: bool) -> None:
    assert charity_named(name) == expected


CHARITY_AND_COURT = (
    "A man has been banned from keeping horses after a prosecution brought by the Northern Pony Welfare League (NPWL).\n\n"
    "He pleaded guilty at Teesmouth Magistrates' Court on Tuesday.\n\n"
    "All six ponies have regained weight, the charity said, and four have now been rehomed.\n")


def test_the_charity_is_the_one_body_a_charitys_head_names() -> None:
    assert rows(CHARITY_AND_COURT) == [
        ("Northern Pony Welfare League", "organisation", "All six ponies have regained weight"),
        ("Northern Pony Welfare League", "organisation", "four have now been rehomed")]


LEAGUE_ALONE = (
    "DONKEY CARE LEAGUE CYMRU\n\n"
    "Complaints of neglect investigated by Donkey Care League Cymru rose by 9% last year, according to the "
    "charity's annual figures, published today.\n")


def test_a_league_with_its_nation_is_the_charity() -> None:
    assert rows(LEAGUE_ALONE) == [
        ("Donkey Care League Cymru", "organisation", "Complaints of neglect investigated by Donkey Care League Cymru rose "
                                                     "by 9% last year")]


TWO_CHARITIES = (
    "The Pennine Donkey Welfare League opened a shop in Leeds on Friday.\n\n"
    "The Northern Pony Welfare League opened one in York.\n\n"
    "The charity said sales reached £4,000 in the first week.\n")


def test_two_bodies_a_charitys_head_names_leave_the_charity_unresolved() -> None:
    assert rows(TWO_CHARITIES) == [("the charity", "unresolved", "sales reached £4,000 in the first week")]


ENERGY_AND_CHARITY_WORD = (
    "Fenwick Energy raised its prices by 8% on Monday.\n\n"
    "The charity said 1,200 families had asked it for help since then.\n")


def test_a_company_alone_is_never_the_charity() -> None:
    assert rows(ENERGY_AND_CHARITY_WORD)[-1] == (
        "the charity", "unresolved", "1,200 families had asked it for help since then")


# A body's description with a list of places between the body and its verb (20b, speakers/clauses): the last place
# is no subject (`X, the public broadcaster for Yorkshire, the North East and Cumbria, has published`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelder Broadcasting, the public service broadcaster for Devon, the Isles of Scilly and Cornwall, has today "
     "published its annual report, which shows that its services reached 64% of adults.\n",
     [("Kelder Broadcasting", "organisation", "its services reached 64% of adults")]),
    ("Marsh Water, the water supplier for Leeds, Wakefield and Hull, said bills would rise 5%.\n",
     [("Marsh Water", "organisation", "bills would rise 5%")]),
    ("Tomas Hale, the director for Yorkshire, the North East and Cumbria, said bills would rise 5%.\n",
     [("Tomas Hale", "person", "bills would rise 5%")]),
    ("Kelder Buses, the operator in Exeter, Torquay and Paignton, said fares would rise by 4% in May.\n",
     [("Kelder Buses", "organisation", "fares would rise by 4% in May")]),
])
def test_a_descriptions_places_never_speak(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A document prepared by a body speaks for it (20b, speakers/words.AUTHORING_VERBS, PUBLISHED_BY_RE), and a body's
# own audit report speaks for the auditor the text names (speakers/documents.examiner), never the body audited.
AUDITED_COUNCIL = (
    "Rents owed to Calder Moor Council rose to €2.1 million last year, according to the local authority's latest "
    "audit report.\n\n"
    "The statutory audit report for 2026, prepared by the Municipal Audit Service and presented to councillors on "
    "Monday, shows that 904 tenancies were in arrears.\n\n"
    "The report also states that 61 houses were vacant at year end.\n")


def test_an_audit_report_speaks_for_its_auditor() -> None:
    assert rows(AUDITED_COUNCIL) == [
        ("Municipal Audit Service", "organisation", "Rents owed to Calder Moor Council rose to €2.1 million last year"),
        ("Municipal Audit Service", "organisation", "904 tenancies were in arrears"),
        ("Municipal Audit Service", "organisation", "61 houses were vacant at year end")]


PREPARED_PLAN = (
    "Calder Moor Council said its transport plan would be put to cabinet.\n\n"
    "The plan, drawn up by the Pennine Transport Partnership, says 14 bus routes should run every 20 minutes.\n")


def test_a_plan_drawn_up_by_a_body_is_that_bodys() -> None:
    assert rows(PREPARED_PLAN)[-1] == (
        "Pennine Transport Partnership", "organisation", "14 bus routes should run every 20 minutes")


OWN_ANNUAL_REPORT = (
    "Calder Moor Council's annual report shows that 904 homes were built last year.\n\n"
    "A separate audit, prepared by the Municipal Audit Service, was published in May.\n")


def test_a_bodys_annual_report_stays_its_own() -> None:
    assert rows(OWN_ANNUAL_REPORT) == [("Calder Moor Council", "organisation", "904 homes were built last year")]


POLLED_SURVEY = (
    "The Harbour Institute said rents rose 6% last year.\n\n"
    "A survey of 2,000 tenants, carried out by Pollwell Research, found that 31% had used an overdraft to pay rent.\n")


def test_a_survey_carried_out_by_a_pollster_is_the_pollsters() -> None:
    """Wave 54a: a document's maker named with it speaks (`carried out by Y`: Y), as benchmarks/press/README.md has it
    since wave 51y; the body in focus that the survey was made for does not."""
    assert rows(POLLED_SURVEY)[-1] == ("Pollwell Research", "organisation", "31% had used an overdraft to pay rent")


# A post alone (`Chief Executive`) is never a body (20b, entities), and a body set off after an examiner's noun
# (`Our external auditor, X LLP,`) is what `the auditor` means, an inspectorate (role_holders).
@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe, Chief Executive, said", ["Jo Roe"]),
    ("Statement from Cllr Ann Hale, Leader, and Tom Ash, Chief Executive\n", ["Ann Hale", "Tom Ash"]),
    ("Figures from the Health and Safety Executive show", ["Health and Safety Executive"]),
])
def test_a_post_alone_is_no_body(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text))] == expected


EXTERNAL_AUDITOR = (
    "Statement from Cllr Ann Hale, Leader of the Council, and Tom Ash, Chief Executive\n\n"
    "Our external auditor, Brackley Voss LLP, has today published its annual report on the council.\n\n"
    "The auditor has found significant weaknesses in the council's arrangements for governance.\n")


def test_the_auditor_is_the_body_set_off_after_its_noun() -> None:
    assert rows(EXTERNAL_AUDITOR) == [
        ("Brackley Voss LLP", "inspectorate",  # 42e: with its auxiliary
         "has found significant weaknesses in the council's arrangements for governance")]


REGULATOR_SET_OFF = (
    "The regulator, the Water Standards Commission, opened an investigation in May.\n\n"
    "The regulator said 14 storm overflows had spilled for more than 60 days.\n")


def test_the_regulator_is_the_body_set_off_after_its_noun() -> None:
    assert rows(REGULATOR_SET_OFF) == [
        ("Water Standards Commission", "inspectorate", "14 storm overflows had spilled for more than 60 days")]


PERSON_AUDITOR = (
    "The auditor, Jo Roe, presented her report to councillors on Monday.\n\n"
    "The auditor said 11 of 19 recommendations had not been followed up.\n")


def test_a_person_set_off_after_the_auditor_is_no_body() -> None:
    assert rows(PERSON_AUDITOR) == [("the auditor", "inspectorate", "11 of 19 recommendations had not been followed up")]


# A report by a titled person is that person's, and `a new audit` in the lead is the same work (20b,
# speakers/body_traits.authored, data/work_nouns.txt).
CITY_AUDIT = (
    "The Fairmont Police Department spent $8.1 million on overtime last year, a new audit found.\n\n"
    "The report by City Auditor Dana Whitlow, released Monday, found that overtime made up 21% of payroll.\n\n"
    "The audit also found that 14 officers earned more in overtime than in base pay.\n")


def test_a_lead_audit_is_the_report_by_the_city_auditor() -> None:
    assert rows(CITY_AUDIT) == [
        ("Dana Whitlow", "person", "The Fairmont Police Department spent $8.1 million on overtime last year"),
        ("Dana Whitlow", "person", "overtime made up 21% of payroll"),
        ("Dana Whitlow", "person", "14 officers earned more in overtime than in base pay")]


FIGURES_BY_PERSON = (
    "Rents rose 7% last year, new figures show.\n\n"
    "The figures by analyst Dana Whitlow, published Monday, show that 31% of tenants were in arrears.\n")


def test_figures_by_a_person_in_the_lead_stay_the_document() -> None:
    assert rows(FIGURES_BY_PERSON)[0] == ("new figures", "document", "Rents rose 7% last year")


# A release whose headline and lead show a body with no head fining someone is that body's (20b,
# fining_bodies.lead_fining_name, attribution/issuer.first_body): never the firm fined.
@pytest.mark.parametrize(("text", "expected"), [
    ("Telcor fines Brisk Voice £1m\n\nTelcor has today fined Brisk Voice Ltd £1,000,000.\n", "Telcor"),
    ("Telcor (the regulator) has fined Brisk Voice Ltd.", "Telcor"),
    ("Brisk Voice Ltd fined £1m by Telcor\n\nBrisk Voice was fined £1m.\n", None),  # a passive names no fining subject
    ("Telcor has fined Brisk Voice. Ofrail has fined Parcel Rail.", None),  # two: no one
    ("Brisk Voice said it would appeal.", None),
])
def test_lead_fining_name(text: str, expected: str | None) -> None:
    assert lead_fining_name(text) == expected


REGULATOR_RELEASE = (
    "News release\n\n"
    "Published: 4 May 2027\n\n"
    "Telcor fines Brisk Voice £1.1m over emergency call failure\n\n"
    "Telcor has today fined Brisk Voice Ltd £1,100,000 after a fault left 900 lines unable to call 999.\n\n"
    "Our investigation found that 41 emergency calls failed to connect over four days.\n")


def test_a_regulators_release_is_the_regulators() -> None:
    assert rows(REGULATOR_RELEASE) == [
        ("Telcor", "inspectorate", "Telcor has today fined Brisk Voice Ltd £1,100,000 after a fault left 900 lines "
                                   "unable to call 999"),
        ("Telcor", "inspectorate", "41 emergency calls failed to connect over four days")]


COMPANY_RELEASE = (
    "News release\n\n"
    "Brisk Voice Ltd responds to fine\n\n"
    "Brisk Voice Ltd said today that it had paid the £1.1m penalty in full and that 900 lines had been fixed.\n")


def test_a_fined_companys_own_release_stays_its_own() -> None:
    assert rows(COMPANY_RELEASE) == [
        ("Brisk Voice Ltd", "organisation", "it had paid the £1.1m penalty in full"),
        ("Brisk Voice Ltd", "organisation", "900 lines had been fixed")]


# `The report of the X Committee` makes its later `The review found` and `The report finds` that committee's, and a
# people's possessive inside a committee's name is part of it (20b, speakers/publishers, entities.joined_runs).
@pytest.mark.parametrize(("text", "expected"), [
    ("The report of the Children and Young People's Overview and Scrutiny Committee was agreed.",
     ["Children and Young People's Overview and Scrutiny Committee"]),
    ("The Older People's Health and Care Scrutiny Panel met.", ["Older People's Health and Care Scrutiny Panel"]),
    ("The Kestle Department of Justice's Fraud and Abuse Control Unit said", ["Kestle Department of Justice",
                                                                              "Fraud and Abuse Control Unit"]),
])
def test_a_peoples_possessive_inside_a_bodys_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text))] == expected


SCRUTINY_REPORT = (
    "Wexmoor County Council\n\n"
    "Press release\n\n"
    "A cross-party review by councillors has called for changes to school transport.\n\n"
    "The report of the Children and Young People's Overview and Scrutiny Committee was agreed on Tuesday.\n\n"
    "The review, which took evidence from parents and operators, found that costs had risen by 61% in four years.\n\n"
    "The report also finds that 38% of routes had a single bidder.\n")


def test_the_report_of_a_committee_is_the_committees() -> None:
    committee = "Children and Young People's Overview and Scrutiny Committee"
    assert rows(SCRUTINY_REPORT)[-2:] == [
        (committee, "organisation", "costs had risen by 61% in four years"),
        (committee, "organisation", "38% of routes had a single bidder")]


REVIEW_OF_BODY = (
    "Wexmoor County Council said it would respond in May.\n\n"
    "The findings of the review of Wexmoor County Council's transport service were published on Monday.\n\n"
    "The review found that costs had risen by 61% in four years.\n")


def test_findings_of_a_review_name_no_owner() -> None:
    assert rows(REVIEW_OF_BODY) == [  # `findings of the review`: no body after `of the`, the rule reads nothing
        ("Wexmoor County Council", "organisation", "it would respond in May"),
        ("Wexmoor County Council", "organisation", "costs had risen by 61% in four years")]
