"""Cues and missed claims (wave 23e): reporting frames the extractor did not read, or read without the verb that makes
the claim checkable. Each case is a short text written for this test in our own words about invented parties, and the
whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A confirmation keeps its verb (`data/object_verbs.txt`): what a party confirms is checked as its confirmation
# (`confirmed it had voted against`, `confirmed that 19 of the posts were ...`, `confirmed 61 deaths`), as a denial or
# a judgement keeps its verb; a later item of the same confirmation does not repeat it.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harnford Pension Fund, which holds 2% of Tellmark, confirmed it had voted against.\n",
     [("Harnford Pension Fund", "organisation", "confirmed it had voted against")]),
    ("A spokeswoman for Dunmore College confirmed that 19 of the posts were teaching posts but said 11 were vacant.\n",
     [("Dunmore College", "organisation", "confirmed that 19 of the posts were teaching posts"),
      ("Dunmore College", "organisation", "11 were vacant")]),
    ("The Harlow County Medical Examiner has confirmed 61 heat-related deaths in the county so far this year.\n",
     [("Harlow County Medical Examiner", "organisation",
       "has confirmed 61 heat-related deaths in the county so far this year")]),
])
def test_a_confirmation_keeps_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Advice as a cue, only with `that` (`data/cue_verbs.txt`): `X has advised that A` reports A; a subjunctive clause
# (`advised that permission be granted`) keeps its verb, as a recommendation does; advice given to someone
# (`advised residents to stay indoors`) reports nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Motors' engineers have advised that affected cars can be driven normally until the repair is done.\n",
     [("Kestrel Motors", "organisation", "affected cars can be driven normally until the repair is done")]),
    ("The Department of Rural Affairs has advised that it is reviewing 14 of the grants paid in 2025.\n",
     [("Department of Rural Affairs", "organisation", "it is reviewing 14 of the grants paid in 2025")]),
    ("The board's inspector, Aine Kelly, advised that permission be granted subject to 34 conditions.\n",
     [("Aine Kelly", "person", "advised that permission be granted subject to 34 conditions")]),
    # a modal before `be` is a statement: the verb goes as before
    ("The board's inspector, Aine Kelly, advised that the flood risk would be managed by 14 new drains.\n",
     [("Aine Kelly", "person", "the flood risk would be managed by 14 new drains")]),
])
def test_advice_with_that_reports_its_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "The Department of Rural Affairs advised farmers to keep 14 metres from the river bank.\n",
    "Farmers were advised by the Department of Rural Affairs to keep 14 metres from the river.\n",
])
def test_advice_to_someone_reports_nothing(text: str) -> None:
    assert rows(text) == []


# An acceptance in the present keeps its verb as one in the past does (`data/object_verbs.txt`): `The department accepts
# 11 of the 14 recommendations`, `and accepts that he should have ...` after another claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Office of Road Works accepts 11 of the Committee's 14 recommendations.\n",
     [("Office of Road Works", "organisation", "accepts 11 of the Committee's 14 recommendations")]),
    ("Dr Jo Amberley said he regretted the delay and accepts that he should have called 14 patients.\n",
     [("Jo Amberley", "person", "he regretted the delay"),
      ("Jo Amberley", "person", "accepts that he should have called 14 patients")]),
])
def test_an_acceptance_keeps_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An owner's record after `according to` that is no document noun (`the coastguard's incident log`, `the council's own
# register`, `the city clerk's office`) keeps the text's words, unresolved, rather than losing the claim
# (`attribution/owned_sources`); a cue earlier in the sentence keeps its speaker, and a capitalised owner is read as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("The boat was towed into harbour 11 minutes after launching, according to the coastguard's incident log.\n",
     [("the coastguard's incident log", "unresolved", "The boat was towed into harbour 11 minutes after launching")]),
    ("According to the council's own register, 212 applications are waiting to be determined.\n",
     [("the council's own register", "unresolved", "212 applications are waiting to be determined")]),
    ("Jo Okoye said response times had risen to 10 minutes 40 seconds, according to the department's own dashboard.\n",
     [("Jo Okoye", "person", "response times had risen to 10 minutes 40 seconds")]),
    ("Ashwold Airport ran a survey. According to Ashwold Airport's summary, 52% of respondents backed the plan.\n",
     [("Ashwold Airport", "organisation", "52% of respondents backed the plan")]),
])
def test_an_owners_record_after_according_to_keeps_its_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
