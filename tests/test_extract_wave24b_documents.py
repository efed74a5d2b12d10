"""Documents and their owners (wave 24b): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the
whole value a helper returns."""
import pytest

from claims.extract.speakers.lead_documents import lead_authors, owned_next
from claims.extract.speakers.named_trials import named_trial, trial_speaker
from claims.extract.speakers.titled_records import owned_title
from extract_rows import rows


# A lead citing unowned figures or an evaluation, and the next paragraph's first sentence naming who made a document
# of the same kind (speakers/lead_documents.owned_next): `according to the X statistics published today`, `The X's
# annual statistics, published on Thursday, found`, `Statistics published by X show`, `The evaluation, carried out
# for A by B, found`. The lead's document is that body's. Seen in four texts by four authors (p519, p813, p868, p900).
# A document of another kind in the next paragraph, or one owned by nobody, leaves the lead's words.
LEAD_THEN_ACCORDING = (
    "Evictions rise\n\nBailiffs evicted 2,410 households in the spring, official figures show.\n\n"
    "Landlords started 9,800 claims, according to the Courts Service statistics published today.\n")
LEAD_THEN_MADE_FOR_BY = (
    "Fair was busy\n\nThe Orm Fair drew 41,000 visits, according to an independent evaluation published today.\n\n"
    "The evaluation, carried out for the Orm Traders Group by Kelby Research, found that takings rose by 12%.\n")
LEAD_THEN_OTHER_KIND = (
    "Evictions rise\n\nBailiffs evicted 2,410 households in the spring, official figures show.\n\n"
    "Landlords started 9,800 claims, according to a Courts Service survey published today.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD_THEN_ACCORDING,
     [("Courts Service", "organisation", "Bailiffs evicted 2,410 households in the spring"),
      ("Courts Service", "organisation", "Landlords started 9,800 claims")]),
    (LEAD_THEN_MADE_FOR_BY,
     [("Kelby Research", "organisation", "The Orm Fair drew 41,000 visits"),
      ("Kelby Research", "organisation", "takings rose by 12%")]),
    (LEAD_THEN_OTHER_KIND,
     [("official figures", "document", "Bailiffs evicted 2,410 households in the spring"),
      ("Courts Service", "organisation", "Landlords started 9,800 claims")]),
], ids=["according-to-owned", "made-for-by", "other-kind"])
def test_the_leads_document_is_the_one_the_next_paragraph_owns(text: str,
                                                              expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rents rose, official figures show.\n\nThe Housing Office\u2019 annual Rent Index statistics, published on "
     "Friday, found a rise.\n", {"figures": "Housing Office"}),
    ("Rents rose, official figures show.\n\nStatistics published by the Housing Office on Friday show a rise.\n",
     {"figures": "Housing Office"}),
    ("Rents rose, official figures show.\n\nThe Housing Office said the statistics showed a rise.\n", {}),
    ("Rents rose, official figures show.\n\nTenants said so. The Housing Office statistics show a rise.\n", {}),
    ("Rents rose, official figures show.\n\nThe Housing Office, tenants and agents all expected data.\n", {}),
    ("Rents rose, a new study suggests.\n\nA study published in March by the Orm Institute found a fall.\n",
     {"study": "Orm Institute"}),
    ("Rents rose, a new study suggests.\n\nThe study, published by academics, found a fall.\n", {}),
])
def test_lead_authors_reads_the_owner_in_the_next_first_sentence(text: str, expected: dict[str, str]) -> None:
    lead_authors.cache_clear()
    assert {noun: mention.name for noun, mention in lead_authors(text).items()} == expected


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("The Orm Office data show a rise.", "figures", "Orm Office"),
    ("The Orm Office data show a rise.", "report", None),
    ("The Orm Office's data show a rise.", "statistics", "Orm Office"),
    ("A review, published by the Orm Office, found a rise.", "review", "Orm Office"),
    ("A review commissioned by the Orm Office found a rise.", "review", "Orm Office"),
    ("A review sent by the Orm Office found a rise.", "review", None),
    ("Data, the Orm Office said, show a rise.", "data", None),
    ("", "data", None),
])
def test_owned_next_names_the_maker_of_a_document_of_that_kind(text: str, noun: str, expected: str | None) -> None:
    found = owned_next(text, 0, noun)
    assert (found.name if found else None) == expected


# A record's title after its owner's possessive as the subject of a cue (speakers/titled_records): `The Paris-based
# body's Health Workforce Outlook, published on Wednesday, found`, `The X's annual Households Below Average Income
# statistics, published on Thursday, found` spoke as a person read in the title. The owner speaks. Seen in p371,
# p519, p640, p884 (four authors; the two whose title ends in `Report` or `Assessment` were already read). A person
# after a body's possessive (`the council's Head of Housing Jo Roe`) is no record and still speaks.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nurses short\n\nThe Orm Health Office said nurses were few.\n\nThe office's annual Nursing Workforce Outlook, "
     "published on Monday, found 41 wards were short.\n",
     [("Orm Health Office", "organisation", "nurses were few"),
      ("Orm Health Office", "organisation", "41 wards were short")]),
    ("Poverty\n\nThe Kelby Welfare Office\u2019s latest Family Resources Survey statistics show that 9% of children "
     "were poor.\n",
     [("Kelby Welfare Office", "organisation", "9% of children were poor")]),
    ("Homes\n\nKelby Council's Housing Survey Officer, Jo Roe, said 41 homes were empty.\n",
     [("Jo Roe", "person", "41 homes were empty")]),
], ids=["outlook", "title-then-statistics", "officer-named-after"])
def test_an_owners_titled_record_speaks_for_its_owner(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("The office's annual Nursing Workforce Outlook", "The office"),
    ("The Orm Office's Rent Index figures", "The Orm Office"),
    ("the unions' Pay Survey", "the unions"),
    ("The Orm Office's Jo Roe", None),
    ("The council's Head of Housing Jo Roe", None),
    ("The Orm Office's Rent Index figures and tables", None),
    ("The Orm Office's Rent Index leader", None),
    ("The Orm Office's index", None),
    ("The Orm Office Rent Index", None),
    ("The results of this year's National Learner Survey", None),
    ("last week's Rent Index figures", None),
])
def test_owned_title_gives_the_owners_words(clause: str, expected: str | None) -> None:
    span = owned_title(clause, 0, len(clause))
    assert (clause[slice(*span)] if span else None) == expected


# A trial the text names by its code speaks as itself (speakers/named_trials): `The HOMEWATCH trial, led by
# researchers at X, followed 344 adults ... The trial found that:` gave `The trial` unresolved; `according to a large
# UK trial published on Wednesday` a person; `according to a randomized trial led by researchers at X` the unit. The
# gold keeps the named trial (p742, p748, p886; two authors). A court's trial (`The trial heard`) with no code, or a
# text naming two coded trials, is left as it was.
CODED_TRIAL = (
    "Calls cut admissions\n\nPatients called by nurses went to hospital less often, according to a randomised trial "
    "led by researchers at the Orm Renal Unit.\n\nThe KELVIN-2 trial followed 300 adults for a year.\n\n"
    "The trial found that 12 patients went back to hospital care.\n")
COURT_TRIAL = ("Driver jailed\n\nA driver has been jailed for six years.\n\nThe trial heard that Jo Roe was driving at "
               "70mph.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (CODED_TRIAL,
     [("KELVIN-2 trial", "document", "Patients called by nurses went to hospital less often"),
      ("KELVIN-2 trial", "document", "The KELVIN-2 trial followed 300 adults for a year"),  # figures continue
      ("KELVIN-2 trial", "document", "12 patients went back to hospital care")]),
    (COURT_TRIAL, []),  # as before: what a court heard is no claim of the trial's
], ids=["coded-trial", "court-trial"])
def test_a_coded_trial_speaks_as_itself(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The KELVIN trial ran. The ORM-4 trial ran.", None),
    ("The KELVIN trial ran. The KELVIN trial ended.", "KELVIN trial"),
    ("The Kelvin trial ran.", None),
    ("The NHS trial ran.", "NHS trial"),
    ("No trial ran.", None),
])
def test_named_trial_is_the_one_coded_trial(text: str, expected: str | None) -> None:
    named_trial.cache_clear()
    assert named_trial(text) == expected


@pytest.mark.parametrize(("subject", "expected"), [
    ("The trial ", "KELVIN trial"),
    ("a large UK trial published on Wednesday", "KELVIN trial"),
    ("a randomised trial, led by researchers at the Orm Unit,", "KELVIN trial"),
    ("the trial's ", "KELVIN trial"),
    ("The trial of Jo Roe ", None),
    ("Jo Roe's trial lawyer", None),
    ("The trial at Orm Crown Court", None),
])
def test_trial_speaker_reads_a_trial_as_the_whole_subject(subject: str, expected: str | None) -> None:
    text = subject + "\n\nThe KELVIN trial ran."
    assert trial_speaker(text, 0, len(subject)) == expected


# A decision a party gives (data/medium_nouns.txt, data/document_nouns.txt): `In a decision published on Tuesday,
# the regulator found ... The decision states that`, `In its decision, ..., the Commission said ... The decision
# states;`, `In his decision, the Press Ombudsman, X, said ... the decision states`, `According to the decision,`
# after `In a decision ..., Adjudication Officer X found`: the decision is that party's; `the decision` spoke
# unresolved (p255, p520, p534, p780; four authors). `Its decision also states` right after the body that spoke is
# that body's, never a place named since (p216); `waited for a decision on a claim` is no subject.
@pytest.mark.parametrize(("text", "expected"), [
    ("Firm fined\n\nIn a decision published on Tuesday, the Data Rights Office found that Orm Ltd had lost 9,000 "
     "records.\n\nThe decision states that 41 staff accounts had no second password.\n",
     [("Data Rights Office", "inspectorate", "Orm Ltd had lost 9,000 records"),
      ("Data Rights Office", "inspectorate", "41 staff accounts had no second password")]),
    ("Worker wins\n\nIn a decision published on Monday, Adjudication Officer Jo Roe found that the dismissal was "
     "unfair.\n\nAccording to the decision, Mr Ash was away for 25 minutes.\n",
     [("Jo Roe", "person", "the dismissal was unfair"),
      ("Jo Roe", "person", "Mr Ash was away for 25 minutes")]),
    ("App fined\n\nThe Data Rights Office fined Orm Ltd.\n\nThe office found that Orm had shared data from users in "
     "the European Union.\n\nIts decision also states that Orm took seven weeks to report it.\n",
     [("Data Rights Office", "inspectorate", "Orm had shared data from users in the European Union"),
      ("Data Rights Office", "inspectorate", "Orm took seven weeks to report it")]),
    ("Waits\n\nVeterans waited an average of 39 weeks for a decision on a first disability claim in 2025, the "
     "audit found.\n",
     [("the audit", "document", "Veterans waited an average of 39 weeks for a decision on a first disability claim "
       "in 2025")]),
], ids=["regulator-decision", "officer-decision", "its-decision", "waited-for-a-decision"])
def test_a_decision_is_the_party_that_gave_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
