"""Bodies and documents that speak (wave 22b): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or
the whole value a helper returns."""
import pytest

from claims.extract.entities import classify, find_mentions, irish_head_noun, may_regulate
from claims.extract.speakers.titled_references import titled_reference
from extract_rows import rows


# A starter noun that opens a body's name (22b, entities._opening_noun, data/name_opening_nouns.txt): `Contact`,
# `Trading`, `Press`, `Media`, `Key` start sentences and headings, but before a head or a common noun's plural they
# are the name's first word; before a name (`Contact Kelby Council`) they are still dropped.
@pytest.mark.parametrize(("run", "expected"), [
    ("Contact Centre Employers' Forum", ("Contact Centre Employers' Forum", "org")),
    ("Trading Standards Service", ("Trading Standards Service", "org")),
    ("Press Complaints Commission", ("Press Complaints Commission", "org")),
    ("Media Standards Trust", ("Media Standards Trust", "org")),
    ("Key Cities Group", ("Key Cities Group", "org")),
    ("Contact Kelby Council", ("Kelby Council", "org")),
    ("Contact Acme Water", ("Acme Water", "org")),
    ("Press Release Acme Water", ("Acme Water", "org")),
    ("Trading Update Acme plc", ("Acme plc", "org")),
    ("Media Contact Jo Roe", ("Jo Roe", "person")),
])
def test_a_starter_noun_may_open_a_name(run: str, expected: tuple[str, str]) -> None:
    found = classify(run, 0)
    assert found is not None and (found.name, found.kind) == expected


FORUM = (
    "Unions want limits on keystroke monitoring in call centres.\n\n"
    "The Contact Centre Employers' Forum, which represents 90 companies, said monitoring was used mainly for "
    "training and that its members followed data protection law.\n")


def test_a_forum_named_with_a_starter_noun_speaks_whole() -> None:
    assert rows(FORUM) == [
        ("Contact Centre Employers' Forum", "organisation", "monitoring was used mainly for training"),
        ("Contact Centre Employers' Forum", "organisation", "its members followed data protection law")]


# A month or a day before `the` and a body (22b, entities._time_before_article): `In March the Labour Court`,
# `On Tuesday the Harbour Board`: no body is called `March the ...`.
@pytest.mark.parametrize(("text", "expected"), [
    ("In March the Labour Court recommended a rise.", ["Labour Court"]),
    ("On Tuesday the Harbour Board said so.", ["Harbour Board"]),
    ("In July the Housing Ombudsman found it.", ["Housing Ombudsman"]),
    ("Friends of the Earth said so.", ["Friends of the Earth"]),
    ("The Department of the Environment said so.", ["Department of the Environment"]),
])
def test_a_month_before_the_is_not_the_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text))] == expected


COURT = (
    "Bus drivers at Kelby Link will strike from Monday.\n\n"
    "In March the Labour Court recommended a rise of 6% over two years.\n")


def test_a_court_after_a_month_speaks() -> None:
    assert rows(COURT) == [("Labour Court", "organisation", "recommended a rise of 6% over two years")]


# A body named in Irish by its head first (22b, entities._irish_head_first, irish_head_noun, data/irish_heads.txt):
# `Coimisiún na Meán`, `Comharchumann Inis Cara`, `Cumann Lúthchleas Gael` are bodies, never a person after a head;
# the English noun for the head lets the text call a commission `the regulator`.
@pytest.mark.parametrize(("run", "expected"), [
    ("Coimisiún na Meán", ("Coimisiún na Meán", "org")),
    ("Comharchumann Inis Cara", ("Comharchumann Inis Cara", "org")),
    ("Cumann Lúthchleas Gael", ("Cumann Lúthchleas Gael", "org")),
    ("Coimisiún Pleanála", ("Coimisiún Pleanála", "org")),
    ("An Bord Pleanála", ("An Bord Pleanála", "org")),
    ("Ciarán Ó Briain", ("Ciarán Ó Briain", "person")),
])
def test_an_irish_head_first_names_a_body(run: str, expected: tuple[str, str]) -> None:
    found = classify(run, 0)
    assert found is not None and (found.name, found.kind) == expected


@pytest.mark.parametrize(("name", "noun", "regulates"), [
    ("Coimisiún na Meán", "commission", True),
    ("An Coimisiún Pleanála", "commission", True),
    ("Bord Gáis Energy", "board", False),
    ("Roinn Oideachais", "department", False),
    ("Cumann na mBunscol", "association", False),
    ("Kelby Media", "", False),
])
def test_an_irish_head_says_what_the_body_is(name: str, noun: str, regulates: bool) -> None:
    assert (irish_head_noun(name), may_regulate(name)) == (noun, regulates)


REGULATOR = (
    "The broadcaster Loch Media missed four of its nine programming commitments last year, the media regulator "
    "has found.\n\n"
    "In its annual review, Coimisiún na Meán found that the channel broadcast 310 hours of new programming in 2025, "
    "against a commitment of 400 hours.\n\n"
    "A spokeswoman for Coimisiún na Meán said the regulator had written to Loch Media asking for a plan.\n")


def test_the_regulator_before_its_irish_name_is_that_body() -> None:
    assert rows(REGULATOR) == [
        ("Coimisiún na Meán", "inspectorate",
         "The broadcaster Loch Media missed four of its nine programming commitments last year"),
        ("Coimisiún na Meán", "inspectorate",
         "the channel broadcast 310 hours of new programming in 2025, against a commitment of 400 hours"),
        ("Coimisiún na Meán", "inspectorate", "the regulator had written to Loch Media asking for a plan")]


# A judgment's lead-in names its owner after `of` (22b, attribution/lists.OWNER_AFTER_OF_RE): `The unanimous judgment
# of the Tribunal is that:` hands its numbered findings to the tribunal the text names, never to a party of the case
# (the body in focus); a lead-in that names no owner (`The main findings of the review are:`) is read as before.
JUDGMENT = (
    "EMPLOYMENT TRIBUNALS\n\n"
    "Claimant: Mr J Roe\n\n"
    "Respondent: Kelby Bakeries Limited\n\n"
    "Heard at: Bristol Employment Tribunal\n\n"
    "JUDGMENT\n\n"
    "The unanimous judgment of the Tribunal is that:\n\n"
    "1. The claimant was unfairly dismissed.\n\n"
    "2. The complaint of age discrimination fails and is dismissed.\n")


def test_a_judgment_of_the_tribunal_is_the_tribunal_s() -> None:
    assert rows(JUDGMENT) == [
        ("Bristol Employment Tribunal", "organisation", "The claimant was unfairly dismissed"),
        ("Bristol Employment Tribunal", "organisation", "The complaint of age discrimination fails and is dismissed")]


def _findings(lead_in: str) -> str:
    return ("Kelby Council ran the pools until 2024.\n\n" + lead_in + "\n\n"
            "- the pool lost £40,000 a year\n\n- 12 lifeguard posts were vacant\n")


@pytest.mark.parametrize(("lead_in", "speaker"), [
    ("The findings of the Harbour Review Panel are:", "Harbour Review Panel"),
    ("The main findings of the review are:", "Kelby Council"),
])
def test_an_owner_after_of_speaks_for_the_list(lead_in: str, speaker: str) -> None:
    assert rows(_findings(lead_in)) == [
        (speaker, "organisation", "the pool lost £40,000 a year"),
        (speaker, "organisation", "12 lifeguard posts were vacant")]


# Common words ending in a post's noun are a publication's title, no person (22b, entities._post_noun_name): `the
# Visitor Economy Monitor` is no person `Economy Monitor` titled `Visitor`; names stay names.
@pytest.mark.parametrize(("run", "expected"), [
    ("Visitor Economy Monitor", None),
    ("Rural Economy Monitor", None),
    ("Jo Spector", ("Jo Spector", "person")),
    ("State Auditor Gina Holt", ("Gina Holt", "person")),
])
def test_a_title_ending_in_a_post_noun_is_no_person(run: str, expected: tuple[str, str] | None) -> None:
    found = classify(run, 0)
    assert (found if found is None else (found.name, found.kind)) == expected



# A titled document called by its head noun (22b, speakers/titled_references, data/titled_reference_heads.txt):
# `Motion 9 ... As carried, the motion notes that:` and `The annual Visitor Economy Monitor ... The Monitor also found
# that:` hand the list to the titled document, never to a body in focus.
MOTION = (
    "Delegates at the Kelby Workers' Union conference voted for a motion on keystroke logging.\n\n"
    "Motion 9, submitted by the Eastern branch, was carried by 140,000 to 11,000.\n\n"
    "As carried, the motion notes that:\n\n"
    "- 58% of members who responded were monitored by software, up from 37% in 2023\n\n"
    "- the union knows of at least four employers that log keystrokes\n")

MONITOR = (
    "NEWS RELEASE\n\n"
    "Overnight trips to Kelby rose by 9% in 2025, according to figures published today by the Kelby Tourism "
    "Partnership.\n\n"
    "The annual Visitor Economy Monitor estimates that the district received 3.2 million visits last year.\n\n"
    "The Monitor also found that:\n\n"
    "- walking was the main reason for 41% of overnight trips\n\n"
    "- spending on food rose by 8%\n")


def test_the_motion_is_the_motion_named_before() -> None:
    assert rows(MOTION) == [
        ("Motion 9", "document", "58% of members who responded were monitored by software, up from 37% in 2023"),
        ("Motion 9", "document", "the union knows of at least four employers that log keystrokes")]


def test_the_monitor_is_the_titled_monitor() -> None:
    assert rows(MONITOR)[2:] == [
        ("Visitor Economy Monitor", "document", "walking was the main reason for 41% of overnight trips"),
        ("Visitor Economy Monitor", "document", "spending on food rose by 8%")]


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Motion 14 was carried. The motion notes", ["the", "motion"], ("Motion 14", "document")),
    ("The Rural Jobs Monitor was out. The Monitor found", ["the", "monitor"], ("Rural Jobs Monitor", "document")),
    ("A motion was carried. The motion notes", ["the", "motion"], None),  # no title before
    ("Motion 14 was carried. The report notes", ["the", "report"], None),  # a body's document: `documents` reads it
    ("Motion 14 was carried. Its motion notes", ["its", "motion"], None),
])
def test_a_titled_reference(text: str, words: list[str], expected: tuple[str, str] | None) -> None:
    assert titled_reference(text, text.rindex("."), words) == expected
