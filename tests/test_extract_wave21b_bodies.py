"""Bodies and documents that speak (wave 21b): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or
the whole value a helper returns."""
import pytest

from claims.extract.entities import classify, find_mentions
from claims.extract.speakers.subordinate_documents import sanctioning_subject
from extract_rows import rows


# A service or record kept for a nation (21b, data/org_heads.txt): `guard`, `coastguard`, `registry` head a body's
# name, so the name is never read as a person's (`Coast Guard`) nor opened by an article (`An HM Coastguard`).
@pytest.mark.parametrize(("run", "expected"), [
    ("Irish Coast Guard", ("Irish Coast Guard", "org")),
    ("An HM Coastguard", ("HM Coastguard", "org")),
    ("Falmouth Coastguard", ("Falmouth Coastguard", "org")),
    ("UK Renal Registry", ("UK Renal Registry", "org")),
    ("Kestle Land Registry", ("Kestle Land Registry", "org")),
    ("Jo Roe", ("Jo Roe", "person")),
    ("An Garda Síochána", ("An Garda Síochána", "org")),
])
def test_guards_and_registries_are_bodies(run: str, expected: tuple[str, str]) -> None:
    found = classify(run, 0)
    assert found is not None and (found.name, found.kind) == expected


COAST_GUARD = (
    "Storm Brona closed roads across the west on Sunday.\n\n"
    "The Irish Coast Guard said its units had been tasked to 12 incidents since midnight.\n\n"
    "An HM Coastguard spokesperson said: \"We sent crews out 40 times last year and we are grateful for every one.\"\n")


def test_a_coast_guard_speaks_as_a_body() -> None:
    assert rows(COAST_GUARD) == [
        ("Irish Coast Guard", "organisation", "its units had been tasked to 12 incidents since midnight"),
        ("HM Coastguard", "organisation", "We sent crews out 40 times last year and we are grateful for every one.")]


# A body's head right before `of` (21b, entities._head_before_link): `National Association of Retained Fire Crews`
# opens with a word that is also a title (`National`), but what follows `Association of` is what the body is of,
# never a person after a title.
@pytest.mark.parametrize(("run", "expected"), [
    ("National Association of Retained Fire Crews", ("National Association of Retained Fire Crews", "org")),
    ("National Society of Retained Lock Keepers", ("National Society of Retained Lock Keepers", "org")),
    ("Director of Services for Housing Jo Bloggs", ("Jo Bloggs", "person")),  # a title before `of`: the person
    ("Chief Inspector of Prisons Jo Roe", ("Jo Roe", "person")),
    ("General Secretary of the Union Jo Roe", ("Jo Roe", "person")),
])
def test_a_head_before_of_keeps_the_body(run: str, expected: tuple[str, str]) -> None:
    found = classify(run, 0)
    assert found is not None and (found.name, found.kind) == expected


# An unowned inquiry in a clause after a body's sanction (21b, speakers/subordinate_documents): `X has fined Y after
# an investigation found` is X's finding, and `The investigation found` after it is the same inquiry.
FINED = (
    "Press release\n\n"
    "The Gaming Standards Commission has fined Tolley Bet Ltd £40,000 after an investigation found that the "
    "company failed to check the age of 310 customers.\n\n"
    "The investigation found that:\n\n"
    "- 14 accounts were opened by children;\n"
    "- the company took 19 days to close them.\n")


def test_an_inquiry_after_a_sanction_is_the_sanctioning_body_s() -> None:
    assert rows(FINED) == [
        ("Gaming Standards Commission", "inspectorate", "the company failed to check the age of 310 customers"),
        ("Gaming Standards Commission", "inspectorate", "14 accounts were opened by children"),
        ("Gaming Standards Commission", "inspectorate", "the company took 19 days to close them")]


APOLOGISED = (
    "Tolley Bet Ltd apologised on Monday after an investigation found that it failed to check the age of 310 "
    "customers.\n")


def test_an_inquiry_after_another_verb_is_not_the_subject_s() -> None:
    assert rows(APOLOGISED) == [("an investigation", "unresolved", "it failed to check the age of 310 customers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Gaming Commission has today fined Tolley Bet Ltd ", "Gaming Commission"),
    ("The Gaming Commission censured Tolley Bet Ltd ", "Gaming Commission"),
    ("The Gaming Commission said Tolley Bet Ltd was fined ", None),  # the verb is too far from the name
    ("Tolley Bet Ltd apologised to customers ", None),
    ("Jo Roe fined the club ", None),  # a person: no body's inquiry
    ("Tolley Bet's owner was fined ", None),
])
def test_sanctioning_subject(text: str, expected: str | None) -> None:
    found = sanctioning_subject(text, len(text), find_mentions(text, 0, len(text)))
    assert (found.name if found else None) == expected


# A profession's practice (21b, data/org_heads.txt): `X Lane Veterinary Practice` is a body, never a street's words
# and a person; `The post reads:` after it posts a warning is its own (data/document_nouns.txt).
VETS = (
    "Dog owners in Kirkby have been urged to check their pets' vaccinations.\n\n"
    "Orme Lane Veterinary Practice said it had confirmed seven cases of the virus since 3 May.\n\n"
    "The practice posted a warning on its Facebook page on Tuesday. The post reads: \"We are seeing a rise in cases "
    "across the town this month.\"\n")


def test_a_practice_is_a_body_and_its_post_speaks_for_it() -> None:
    assert rows(VETS) == [
        ("Orme Lane Veterinary Practice", "organisation", "it had confirmed seven cases of the virus since 3 May"),
        ("Orme Lane Veterinary Practice", "organisation", "We are seeing a rise in cases across the town this month.")]


# `its` in a source published somewhere it owns (21b, attribution/sources._published_in_its, _claim_possessor): the
# one body the claim names as a possessor, never the body that spoke last.
WEBSITE = (
    "Tarn Valley Mountain Rescue Team was called out twice on Sunday.\n\n"
    "HM Coastguard said its helicopter had been sent at 6pm.\n\n"
    "The rescue was the team's 51st call-out of the year, according to figures published on its website.\n")


def test_figures_published_on_its_website_are_the_possessor_s() -> None:
    assert rows(WEBSITE)[-1] == (
        "Tarn Valley Mountain Rescue Team", "organisation", "The rescue was the team's 51st call-out of the year")


def test_figures_published_on_its_website_with_no_possessor_stay_a_document() -> None:
    text = WEBSITE.replace("the team's 51st", "the 51st")
    assert rows(text)[-1] == (
        "figures published on its website", "document", "The rescue was the 51st call-out of the year")


# Official figures (21b, speakers/documents._official_focus, data/official_heads.txt): in a charity's text they are no
# body's it names; in a department's they may be its own.
CHARITY_OFFICIAL = (
    "Wrenfield Housing Trust said 19% of the veterans it surveyed had slept rough.\n\n"
    "Official figures show that councils owed a duty to 2,140 veterans' households last year.\n")
DEPARTMENT_OFFICIAL = (
    "The Department for Towns said 14 new hubs had opened.\n\n"
    "Official figures show that 2,140 people used a hub last year.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (CHARITY_OFFICIAL, ("official figures", "document",
                        "councils owed a duty to 2,140 veterans' households last year")),
    (DEPARTMENT_OFFICIAL, ("Department for Towns", "organisation", "2,140 people used a hub last year")),
])
def test_official_figures_are_no_charity_s(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text)[-1] == expected


# A lead-in's source in brackets (21b; attribution/label_sources since the merge): the lines below are its.
AT_A_GLANCE = (
    "Senate Republican Leader Jo Roe issued a statement on the budget.\n\n"
    "The budget at a glance (figures from the State Budget Office):\n\n"
    "• Total spending: $61.2 billion\n"
    "• Rainy day fund withdrawal: $400 million\n")


def test_a_bracketed_source_speaks_for_the_lines_below() -> None:
    assert rows(AT_A_GLANCE)[-2:] == [
        ("State Budget Office", "organisation", "Total spending: $61.2 billion"),
        ("State Budget Office", "organisation", "Rainy day fund withdrawal: $400 million")]


# A source's publisher right after it (21b, attribution/sources._publisher_after): `according to the X Index,
# published by the Y Network in May` is Y's, and `The index` later is Y's too.
INDEX = (
    "Kestle Dogs Rescue said it was full.\n\n"
    "About one in four dogs has never been vaccinated, according to the latest Pet Health Index, published by the "
    "Northern Vets Network in May. The index put the figure at 18% in 2019.\n")


def test_a_source_published_by_a_body_is_the_body_s() -> None:
    assert rows(INDEX)[1:] == [
        ("Northern Vets Network", "organisation", "About one in four dogs has never been vaccinated"),
        ("Northern Vets Network", "organisation", "put the figure at 18% in 2019")]


# An inspection's document `its` owns after an inspectorate opened the sentence before (21b,
# speakers/documents.inspecting_subject): never the body inspected, named after the inspectorate.
INSPECTED = (
    "The Primary Care Inspectorate (PCI) inspected Fenn Street Medical Practice in May.\n\n"
    "Its report rated the practice inadequate for being safe.\n")


def test_its_report_after_an_inspectorate_is_the_inspectorate_s() -> None:
    assert rows(INSPECTED) == [
        ("Primary Care Inspectorate", "inspectorate", "rated the practice inadequate for being safe")]


# What the text later calls a body by its kind (21b, speakers/references.described_turn, speakers/words.HEAD_SYNONYMS):
# `the think tank`, `the professional body`, `The State body`, `the state agency`, `the co-op` after the body that
# has just spoken.
@pytest.mark.parametrize(("text", "expected"), [
    ("Renters spend 36% of their pay on rent, according to a report by the Marrow Institute.\n\n"
     "The think tank estimated that 1.2 million households were in poverty.\n",
     ("Marrow Institute", "organisation", "1.2 million households were in poverty")),
    ("One in five adults failed to see a dentist, according to an analysis by the Northern Dental Association.\n\n"
     "The professional body estimated that 41,000 adults had given up.\n",
     ("Northern Dental Association", "organisation", "41,000 adults had given up")),
    ("More than 11,000 people are waiting, according to figures published today by the Waiting Times Bureau.\n\n"
     "The State body, which collects the data, said the total fell to 61,480.\n",
     ("Waiting Times Bureau", "organisation", "the total fell to 61,480")),
    ("The state has recorded 212 cases, according to the Ohio Department of Health. Most were adults, the state "
     "agency said.\n",
     ("Ohio Department of Health", "organisation", "Most were adults")),
    ("Tri-County Electric Cooperative reports 6,870 members without power. The co-op says most outages cannot be "
     "repaired until the water recedes.\n",
     ("Tri-County Electric Cooperative", "organisation", "most outages cannot be repaired until the water recedes")),
])
def test_a_body_called_by_its_kind(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text)[-1] == expected


def test_a_described_reference_after_another_body_is_named_stays_unresolved() -> None:
    text = ("One in five adults failed to see a dentist, according to an analysis by the Northern Dental "
            "Association.\n\nThe figures were sent to Kestle Health Board on Monday.\n\n"
            "The professional body estimated that 41,000 adults had given up.\n")
    assert rows(text)[-1] == ("the professional body", "unresolved", "41,000 adults had given up")
