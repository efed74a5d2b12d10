"""Attribution on the phenomena that real press pages showed in wave 4 (names of bodies without a head noun,
cues after quotations, groups of a body's people, interview turns): each case is a short text written for
this test, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("An Garda Síochána said that thefts fell 8% in 2024.\n",
     [("An Garda Síochána", "organisation", "thefts fell 8% in 2024")]),
    ("An Bord Tithe said that 300 homes were built.\n",
     [("An Bord Tithe", "organisation", "300 homes were built")]),
    ("Mothers Against Blades said that 40 knives were handed in.\n",
     [("Mothers Against Blades", "organisation", "40 knives were handed in")]),
    ("Families For Fair Fares said that 300 families lost support.\n",
     [("Families For Fair Fares", "organisation", "300 families lost support")]),
    ("An Acme Water spokesman said that 12 pipes burst.\n",
     [("Acme Water", "organisation", "12 pipes burst")]),
], ids=["irish-article", "irish-article-other-body", "against-phrase", "for-phrase", "english-article-stays-out"])
def test_a_body_without_a_head_noun_is_an_organisation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"We found serious failings in 40 councils this year,\" says the Auditor General.\n",
     [("Auditor General", "person", "We found serious failings in 40 councils this year")]),
    ("\"Only 80% of trains ran on time in the last quarter,\" stressed ORR chief executive Jo Bloggs.\n",
     [("Jo Bloggs", "person", "Only 80% of trains ran on time in the last quarter")]),
    ("\"We repaired 4,000 leaks across the region last year,\" noted Acme Water.\n",
     [("Acme Water", "organisation", "We repaired 4,000 leaks across the region last year")]),
    ("Jo Roe chairs Acme Water.\n\n\"Leaks fell by 12% in the last twelve months,\" she stressed.\n",
     [("Jo Roe", "person", "Leaks fell by 12% in the last twelve months")]),
], ids=["says-the-role", "stressed-a-titled-name", "noted-a-body", "stressed-after-the-speaker"])
def test_a_cue_after_a_quotation_names_the_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brimley Airport opened a terminal.\n\nAirport officials said Monday that 300 flights were cancelled.\n",
     [("Brimley Airport", "organisation", "300 flights were cancelled")]),
    ("Airport officials said 4 May that 300 flights were cancelled.\n",
     [("Airport officials", "unresolved", "300 flights were cancelled")]),
    ("Daleham Council met.\n\nCouncil officers said on Tuesday that 40 homes were empty.\n",
     [("Daleham Council", "organisation", "40 homes were empty")]),
    ("Acme Water said that 3 pipes burst.\n\nCouncil officers said yesterday that 40 homes were empty.\n",
     [("Acme Water", "organisation", "3 pipes burst"), ("Council officers", "unresolved", "40 homes were empty")]),
    ("Daleham Council met.\n\nCouncil tenants said Monday that 40 homes were empty.\n",
     [("Council tenants", "unresolved", "40 homes were empty")]),  # people, never the council (wave 43h)
], ids=["weekday-named-airport", "date-no-airport-named", "on-weekday-named-council",
        "another-body-named", "people-who-are-not-the-body"])
def test_a_body_s_people_with_a_date_before_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


_MOSS = [("Jo Moss", "person", "We fixed 4,000 leaks in 2024"), ("Jo Moss", "person", "Leaks fell 12% this year")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Moss is chief executive of Acme Water.\n\nPresenter: How many of the 9,000 pipes leaked?\n\n"
     "Moss: We fixed 4,000 leaks in 2024.\n\nPresenter: And this year?\n\nMoss: Leaks fell 12% this year.\n", _MOSS),
    ("Jo Moss is chief executive of Acme Water.\n\nPresenter:\n\nHow many of the 9,000 pipes leaked?\n\nMoss:\n\n"
     "We fixed 4,000 leaks in 2024.\n\nPresenter:\n\nAnd this year?\n\nMoss:\n\nLeaks fell 12% this year.\n", _MOSS),
    ("We spoke to Jo Moss of Acme Water.\n\nQ: How many of the 9,000 pipes leaked?\n\nA: We fixed 4,000 leaks in "
     "2024.\n\nQ: And this year?\n\nA: Leaks fell 12% this year.\n", _MOSS),
    ("We spoke to Jo Moss and Al Key.\n\nQ: How many of the 9,000 pipes leaked?\n\nA: We fixed 4,000 leaks in "
     "2024.\n\nQ: And this year?\n\nA: Leaks fell 12% this year.\n", []),
    ("Acme Water said that 40 pipes burst.\n\nTrading: Sales rose 4% in 2024.\n\nOutlook: Sales will rise 2%.\n",
     [("Acme Water", "organisation", "40 pipes burst")]),
], ids=["surname-labels-on-the-line", "labels-alone-on-their-line", "q-and-a-one-person-named",
        "q-and-a-two-people-named-nobody", "section-labels-are-no-turns"])
def test_interview_turn_labels(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zeta Bank opened a branch.\n\nAccording to its annual report, Acme Group grew sales by 5% in 2024.\n",
     [("Acme Group", "organisation", "Acme Group grew sales by 5% in 2024")]),
    ("Zeta Bank opened a branch.\n\nAccording to their accounts, the Harbour Trust made a loss of 4% in 2024.\n",
     [("Harbour Trust", "organisation", "the Harbour Trust made a loss of 4% in 2024")]),
    ("Zeta Bank opened a branch.\n\nAccording to its annual report, sales grew by 5% in 2024.\n",
     [("Zeta Bank", "organisation", "sales grew by 5% in 2024")]),
], ids=["its-report-before-the-subject", "their-accounts-before-the-subject", "no-subject-named-the-body-before"])
def test_its_document_before_the_main_clause_is_the_subject_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the department for communities said: 40 grants were paid.\n",
     [("the department for communities", "unresolved", "40 grants were paid")]),
    ("The Department for Communities opened an office.\n\nthe department for communities said: 40 grants were paid.\n",
     [("Department for Communities", "organisation", "40 grants were paid")]),
    ("Acme Water opened an office.\n\nThe department of health and social care said that 40 grants were paid.\n",
     [("The department of health and social care", "unresolved", "40 grants were paid")]),
    ("The Department of Health and Social Care opened an office.\n\nIn a statement, the department of health "
     "and social care said that 40 grants were paid.\n",
     [("Department of Health and Social Care", "organisation", "40 grants were paid")]),
], ids=["lower-case-never-named", "lower-case-named-with-capitals-before", "long-lower-case-name",
        "long-name-named-before"])
def test_a_lower_case_body_name_as_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
