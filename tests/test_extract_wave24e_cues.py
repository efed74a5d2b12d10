"""Cues and missed claims (wave 24e): reporting frames the extractor did not read, or read without the words that make
the claim checkable. Each case is a short text written for this test in our own words about invented parties, and the
whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# What a party found, reported or announced as a thing, with no `that` (`data/object_reports.txt`): the noun phrase is
# no statement without its verb (`found severe maladministration`, `reported a 7 per cent rise in sales`,
# `announced a $3.1 million settlement`), as a confirmation or a judgement keeps its verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Housing Ombudsman has found severe maladministration in Ashdown Homes' handling of a leak.\n",
     [("Housing Ombudsman", "inspectorate",
       "has found severe maladministration in Ashdown Homes' handling of a leak")]),
    ("Pellmore Foods, which is owned by a Dutch group, reported a 7 per cent rise in sales to €1.1bn last year.\n",
     [("Pellmore Foods", "organisation", "reported a 7 per cent rise in sales to €1.1bn last year")]),
    ("Attorney General Dana Whitlow announced a $3.1 million settlement with Corliss Motors on Tuesday.\n",
     [("Dana Whitlow", "person", "announced a $3.1 million settlement with Corliss Motors on Tuesday")]),
    ("The Markets Board identified 41 tenders that had been rigged between 2019 and 2023.\n",
     [("Markets Board", "inspectorate", "identified 41 tenders that had been rigged between 2019 and 2023")]),
    # the items are split as without the verb: a noun phrase joined by `and` stays one, the verb opens the first only
    ("In August the Grange Estate's surveyor, Jo Marchetti, found a cracked gutter and failed cavity wall insulation.\n",
     [("Jo Marchetti", "person", "found a cracked gutter and failed cavity wall insulation")]),
])
def test_a_thing_found_or_reported_keeps_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# With `that`, or with a clause of its own, the verb goes as before: the clause is the claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Housing Ombudsman found that Ashdown Homes had ignored 14 reports of a leak.\n",
     [("Housing Ombudsman", "inspectorate", "Ashdown Homes had ignored 14 reports of a leak")]),
    ("Pellmore Foods reported that sales rose 7 per cent to €1.1bn last year.\n",
     [("Pellmore Foods", "organisation", "sales rose 7 per cent to €1.1bn last year")]),
    ("Pellmore Foods said it would close 2 of its 9 depots next year.\n",
     [("Pellmore Foods", "organisation", "it would close 2 of its 9 depots next year")]),
    ("Pellmore Foods reported it had closed 2 of its 9 depots.\n",
     [("Pellmore Foods", "organisation", "it had closed 2 of its 9 depots")]),
    ("Pellmore Foods found the depot had lost £2.1m in 2025.\n",
     [("Pellmore Foods", "organisation", "the depot had lost £2.1m in 2025")]),
    ("The Audit Office found the department paid out £14m more than its budget of £86m.\n",
     [("Audit Office", "inspectorate", "the department paid out £14m more than its budget of £86m")]),
    # a verb right after the cue is the object's own: its subject stands before the cue, and nothing is kept
    ("Card numbers are kept in a separate system, which the investigation found was not reached.\n",
     [("the investigation", "unresolved",
       "Card numbers are kept in a separate system, which the investigation found was not reached.")]),
    ("The Audit Office found the scheme's managers ignored 14 warnings in 2024.\n",
     [("Audit Office", "inspectorate", "the scheme's managers ignored 14 warnings in 2024")]),
])
def test_a_clause_found_or_reported_drops_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A survey's share as the subject after an opening clause that names the survey (`attribution/shares`): a figure's
# thousands comma (`Of 1,012 children surveyed,`), a survey named in an `Of ...` clause (`who answered a Harrow Trust
# survey,`) and a longer `In a survey of ... carried out in August,` all keep the share in the claim, the survey's
# body speaking; a month in the clause names no body.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harrow Trust surveyed parents in May. Of 1,012 children surveyed, 34% said they had used a chatbot to talk "
     "about their feelings, and 12% said a chatbot had upset them.\n",
     [("Harrow Trust", "organisation", "34% said they had used a chatbot to talk about their feelings"),
      ("Harrow Trust", "organisation", "12% said a chatbot had upset them")]),
    ("Traders also reported a strong season. Of the 67 stallholders who answered a Harrow Trust survey, 71% said their "
     "takings were higher than in 2024.\n",
     [("Harrow Trust", "organisation", "71% said their takings were higher than in 2024")]),
    ("Funding has fallen by 14%, the Ossory Academy said. In a survey of 412 Academy members carried out in August, "
     "63% said they had lost a researcher.\n",
     [("Ossory Academy", "organisation", "Funding has fallen by 14%"),
      ("Ossory Academy", "organisation", "63% said they had lost a researcher")]),
])
def test_a_survey_share_after_an_opening_clause_keeps_its_share(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# An opening `Of ...` clause that names no survey gives the share no publisher of its own.
def test_an_opening_clause_without_a_survey_names_no_publisher() -> None:
    assert rows("Of the 1,200 homes inspected in Dunmore, 41% had damp.\n") == []
