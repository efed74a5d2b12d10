"""People and their words (wave 20a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.entities import classify
from claims.extract.given_names import full_name_in_text
from extract_rows import rows


# A post written as capital letters between a body's name and a person's (entities.person_after_role_acronym,
# data/role_acronyms.txt): `Acme Water CEO Jo Roe`, `Westmarch PCC Gareth Pryce`, `Cascade Power President and CEO
# Jo Roe` are the person, not a body read off the acronym; a later `she` is hers. Without a person's name after it
# the run stays what it was (`Acme CEO said` names nobody new; `NHS Tayside said` is a body).
@pytest.mark.parametrize(("run", "person"), [
    ("Acme Water CEO Jo Roe", "Jo Roe"),
    ("Palmer Ridge Humane Alliance CEO Mara Kettle", "Mara Kettle"),
    ("Cascade Valley Power President and CEO Robert Lind", "Robert Lind"),
    ("Westmarch PCC Gareth Pryce", "Gareth Pryce"),
    ("Bernalillo County DA Sam Brennan", "Sam Brennan"),
    ("Tarrow Foods CFO Ann-Marie Oduya", "Ann-Marie Oduya"),
    ("Quell Systems EVP Dana Whitcombe", "Dana Whitcombe"),
])
def test_a_role_in_capitals_before_a_name_is_the_person(run: str, person: str) -> None:
    mention = classify(run, 0)
    assert (mention.name, mention.kind) == (person, "person")


@pytest.mark.parametrize(("run", "name", "kind"), [
    ("NHS Tayside", "NHS Tayside", "org"),
    ("Acme Water CEO", "Acme Water CEO", "org"),
    ("CEO Jo Roe", "Jo Roe", "person"),
])
def test_a_role_in_capitals_without_a_name_after_it_is_read_as_before(run: str, name: str, kind: str) -> None:
    mention = classify(run, 0)
    assert (mention.name, mention.kind) == (name, kind)


CEO_THEN_SHE = (
    "Sheriff's spokeswoman Lt. Ann Bee said deputies went to the farm at dawn on Tuesday.\n\n"
    "Palmer Ridge Humane Alliance CEO Mara Kettle said vets had examined every dog by Friday. Of the 94, she said:\n\n"
    "- 31 needed dental surgery;\n"
    "- 17 had eye infections.\n")


def test_she_after_a_ceo_is_the_ceo() -> None:
    assert rows(CEO_THEN_SHE) == [
        ("Ann Bee", "person", "deputies went to the farm at dawn on Tuesday"),
        ("Mara Kettle", "person", "vets had examined every dog by Friday"),
        ("Mara Kettle", "person", "31 needed dental surgery"),
        ("Mara Kettle", "person", "17 had eye infections")]


def test_the_body_before_a_post_in_capitals_is_the_company() -> None:
    text = ("Osterlund Wireless CEO Greg Hall has posted a video apology on its website.\n\n"
            "The company says service has been restored to 95% of customers.\n")
    assert rows(text) == [("Osterlund Wireless", "organisation", "service has been restored to 95% of customers")]


# A post's noun after the place it serves (entities._without_title_noun, _post_titles): `City Auditor Gina Holt`,
# `State Auditor Jo Roe`, `County Assessor Tim Ash` are the person, titled by the noun (`the auditor` later is hers),
# never by the place; a body's name ending in a post's noun stays the body's (`City Auditor's Office`).
@pytest.mark.parametrize(("run", "name", "title"), [
    ("City Auditor Gina Holt", "Gina Holt", "auditor"),
    ("State Auditor Jo Roe", "Jo Roe", "auditor"),
    ("County Assessor Tim Ash", "Tim Ash", "assessor"),
    ("Auditor Nan Cole", "Nan Cole", "auditor"),
    ("Statistician Orla Cremin", "Orla Cremin", "statistician"),
    ("Mayor Jo Roe", "Jo Roe", "mayor"),
])
def test_a_post_after_its_place_titles_the_person(run: str, name: str, title: str) -> None:
    mention = classify(run, 0)
    assert (mention.name, mention.kind, mention.title) == (name, "person", title)


AUDITOR_ESTIMATES = (
    "The fire department spent $19.7 million on overtime last year, a city audit found.\n\n"
    "City Auditor Gina Holt told the council on Monday that 23 employees earned more in overtime than in base pay.\n\n"
    "Filling every vacant post would have cost about $6.3 million, the auditor estimated.\n")


def test_the_auditor_is_the_person_titled_so() -> None:
    assert rows(AUDITOR_ESTIMATES)[1:] == [
        ("Gina Holt", "person", "23 employees earned more in overtime than in base pay"),
        ("Gina Holt", "person", "Filling every vacant post would have cost about $6.3 million")]


# A document by a person whose post examines and publishes (speakers/body_traits.examining_post,
# data/examining_posts.txt, speakers/lead_documents, data/work_nouns.txt): `The report by City Auditor Gina Holt`,
# `an audit released by City Auditor Renee Castle's office` are the auditor's, and so are `the audit` after them and
# the lead's `a new audit found` that the next paragraph names; a report by a person in no such post stays a document.
AUDIT_BY_AUDITOR = (
    "The fire department spent $19.7 million on overtime last year, a new audit found.\n\n"
    "The report by City Auditor Gina Holt, released Monday, found that overtime made up 27% of payroll.\n\n"
    "According to the audit, the department had 41 vacant posts on average.\n\n"
    "The audit also found:\n\n"
    "- 23 employees earned more in overtime than in base pay;\n"
    "- one captain was paid for 3,912 hours of work.\n")
AUDIT_BY_OFFICE = (
    "Police overtime hit $14.8 million last year, according to an audit released Monday by City Auditor Renee "
    "Castle's office.\n\n"
    "The audit found that 31 officers each earned more than $40,000 in overtime.\n")
REPORT_BY_RESIDENT = (
    "Police overtime hit $14.8 million last year.\n\n"
    "A report by Jo Roe, a retired teacher, found that 31 officers each earned more than $40,000 in overtime.\n\n"
    "The report found that the council had 41 vacant posts.\n")


def test_an_audit_by_an_auditor_is_the_auditor_s() -> None:
    assert rows(AUDIT_BY_AUDITOR) == [
        ("Gina Holt", "person", "The fire department spent $19.7 million on overtime last year"),
        ("Gina Holt", "person", "overtime made up 27% of payroll"),
        ("Gina Holt", "person", "the department had 41 vacant posts on average"),
        ("Gina Holt", "person", "23 employees earned more in overtime than in base pay"),
        ("Gina Holt", "person", "one captain was paid for 3,912 hours of work")]


def test_an_audit_by_an_auditor_s_office_is_the_auditor_s() -> None:
    assert rows(AUDIT_BY_OFFICE) == [
        ("Renee Castle", "person", "Police overtime hit $14.8 million last year"),
        ("Renee Castle", "person", "31 officers each earned more than $40,000 in overtime")]


def test_a_report_written_by_a_person_in_no_examining_post_is_hers_too() -> None:
    # the written work right before its `by` names its author (wave 20b), so the later `The report` is hers
    assert rows(REPORT_BY_RESIDENT) == [
        ("Jo Roe", "person", "31 officers each earned more than $40,000 in overtime"),
        ("Jo Roe", "person", "the council had 41 vacant posts")]


# Someone who speaks for a named person, unnamed (speakers/names.named, data/relative_nouns.txt, data/legal_roles.txt):
# `Mr Scorton's solicitor said`, `Jo Roe's lawyer`, `Mr Karim's defence barrister`, `the accused's neighbour` are
# the words the text gives, never the person named in them and never nobody; a body's post named after its
# possessive is still the person named (`Acme Water's chief executive, Jo Roe, said`).
@pytest.mark.parametrize("who", [
    "Mr Scorton's solicitor", "Jo Roe's lawyer", "Mr Scorton's counsel", "Mr Scorton's defence barrister",
    "Mr Scorton's neighbour", "Mr Scorton's mother", "Mr Scorton's friend",
])
def test_one_who_speaks_for_a_named_person_keeps_the_text_s_words(who: str) -> None:
    text = (f"Darren Scorton, 47, pleaded guilty on Monday. {who} said the business had installed a linked alarm "
            "system at a cost of £3,200.\n")
    assert rows(text) == [(who, "person", "the business had installed a linked alarm system at a cost of £3,200")]


def test_a_post_named_after_a_possessive_is_still_the_person_named() -> None:
    text = "Acme Water's chief executive, Jo Roe, said the company had installed 3,200 new meters since March.\n"
    assert rows(text) == [("Jo Roe", "person", "the company had installed 3,200 new meters since March")]


def test_his_counsel_is_a_role_without_a_name() -> None:
    text = ("Mr Karimi had not understood his legal duties. His counsel said the business had installed a linked alarm "
            "system at a cost of £3,200.\n")
    assert rows(text) == [("His counsel", "person", "the business had installed a linked alarm system at a cost of £3,200")]


# An unnamed person as the subject of a relative clause of place or time (speakers/people.described): `..., where a
# vet found that A` is the vet's A, in the text's words; `where` alone before a named party changes nothing.
def test_an_unnamed_person_after_where_speaks() -> None:
    text = "The ponies were taken to a yard near Thirsk, where a vet found that eight of them had heavy worm burdens.\n"
    assert rows(text) == [("a vet", "unresolved", "eight of them had heavy worm burdens")]


def test_a_named_person_after_where_is_read_as_before() -> None:
    text = ("The ponies were taken to a yard near Thirsk, where vet Jo Roe found that eight of them had heavy worm "
            "burdens.\n")
    assert rows(text) == [("Jo Roe", "person", "eight of them had heavy worm burdens")]


# A titled surname whose full name the text gives only where no speaker was read (given_names.full_name_in_text,
# speakers/registry.full_person): in an object (`appointed Rachel Ainsworth and Neil Pascoe`), inside a quotation
# (`I want to thank Council President Lamar Whitcombe`); two people of one family name leave the titled form as it is.
APPOINTED = (
    "The company appointed Rachel Ainsworth and Neil Pascoe of Kinross Moore as joint administrators on Monday.\n\n"
    "Ms Ainsworth said: \"Our priority is to bring home the 3,400 customers who are overseas this week.\"\n")
THANKED = (
    "Mayor Jo Roe said: \"I want to thank Council President Lamar Whitcombe for his work over the last three months.\"\n\n"
    "\"This was a collaborative process, and the budget was agreed on time,\" said Council President Whitcombe.\n")
TWO_OF_A_NAME = APPOINTED.replace("Neil Pascoe", "Tom Ainsworth")


def test_a_titled_surname_is_the_full_name_in_an_object() -> None:
    assert rows(APPOINTED) == [
        ("Rachel Ainsworth", "person", "Our priority is to bring home the 3,400 customers who are overseas this week.")]


def test_a_titled_surname_is_the_full_name_in_a_quotation() -> None:
    assert rows(THANKED) == [("Lamar Whitcombe", "person", "This was a collaborative process, and the budget was "
                                                           "agreed on time")]  # the thanks: no row since wave 25f


def test_two_people_of_one_family_name_leave_the_titled_form() -> None:
    assert rows(TWO_OF_A_NAME) == [
        ("Ms Ainsworth", "person", "Our priority is to bring home the 3,400 customers who are overseas this week.")]


@pytest.mark.parametrize(("text", "family", "found"), [
    (APPOINTED, "Ainsworth", "Rachel Ainsworth"), (APPOINTED, "Pascoe", "Neil Pascoe"), (APPOINTED, "Kinross", None),
    (TWO_OF_A_NAME, "Ainsworth", None), ("Council President Whitcombe and Ms Whitcombe said", "Whitcombe", None),
    ("The Whitcombe family said", "Whitcombe", None), ("said Lamar Whitcombes", "Whitcombe", None),
    ("Jo Roe opened the fair. Ms Roe said it rained.", "Roe", "Jo Roe"),
    ("Roe was late. Later Jo Roe spoke.", "Roe", "Jo Roe"),
    ("Jo Roe runs the market. Says Roe: \"Stalls are full.\"", "Roe", "Jo Roe"),
    ("It appointed Anne-Marie Roe. Ms Roe said it rained.", "Roe", "Anne-Marie Roe"),  # a hyphen's part capitalised
    ("It appointed Anne-marie Roe. Ms Roe said it rained.", "Roe", None),  # no person's name (entities.person_name)
    ("It appointed Éabha Roe. Ms Roe said it rained.", "Roe", "Éabha Roe"),
    ("It appointed ANNE Roe. Ms Roe said it rained.", "Roe", None),
    ("It appointed Anne-MARIE Roe. Ms Roe said it rained.", "Roe", None),
])
def test_the_one_full_name_a_text_writes(text: str, family: str, found: str | None) -> None:
    assert full_name_in_text(text, family) == found


# A full name after an office whose head is a post (entities.person_after_post_head): `Local Government and Social
# Care Ombudsman Jo Roe said:` and the quotation over paragraphs after it are hers; the office alone stays a body.
OMBUDSMAN_SAID = (
    "The council was criticised on Monday.\n\n"
    "Local Government and Social Care Ombudsman Philippa Rose said:\n\n"
    "\"No family should have to live in one room for over a year. The council knew the law.\n\n"
    "\"The council told us it had 37 families in bed and breakfast.\"\n")


def test_a_full_name_after_an_ombudsman_s_office_is_the_person() -> None:
    assert rows(OMBUDSMAN_SAID) == [
        ("Philippa Rose", "person", "No family should have to live in one room for over a year."),
        ("Philippa Rose", "person", "The council knew the law."),
        ("Philippa Rose", "person", "The council told us it had 37 families in bed and breakfast.")]


@pytest.mark.parametrize(("run", "name", "kind"), [
    ("Pensions Ombudsman Jo Roe", "Jo Roe", "person"),
    ("Scottish Public Services Ombudsman Jo Roe", "Jo Roe", "person"),
    ("Local Government Ombudsman", "Local Government Ombudsman", "org"),
    ("Pensions Ombudsman Service", "Pensions Ombudsman Service", "org"),
])
def test_an_office_and_a_name_or_the_office_alone(run: str, name: str, kind: str) -> None:
    mention = classify(run, 0)
    assert (mention.name, mention.kind) == (name, kind)


# One unnamed person placed by a place or a body (placed_people.placed_name, placed_description): `A resident of Upper
# Marsh`, `A nurse at Tarrow General Hospital` speak in the text's words, never the place nor the body; `The chief
# executive of Acme Water said` is read as before (a definite post of the body).
@pytest.mark.parametrize(("opening", "who"), [
    ("A resident of Upper Marsh said", "A resident of Upper Marsh"),
    ("A resident of Upper Marsh, who asked not to be named, said", "A resident of Upper Marsh"),
    ("A nurse at Tarrow General Hospital, who asked not to be named, said", "A nurse at Tarrow General Hospital"),
    ("A nurse from Upper Marsh said", "A nurse from Upper Marsh"),
])
def test_one_unnamed_person_placed_by_a_name_speaks_in_the_text_s_words(opening: str, who: str) -> None:
    assert rows(f"{opening} the ward had been short of 12 staff for a month.\n") == [
        (who, "person", "the ward had been short of 12 staff for a month")]


def test_the_post_of_a_named_body_is_read_as_before() -> None:
    assert rows("The chief executive of Acme Water said the company had replaced 400 miles of main.\n") == [
        ("Acme Water", "organisation", "the company had replaced 400 miles of main")]
