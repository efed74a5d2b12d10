"""Who is credited with a claim (wave 13a): what speaks, and where a speaker's name begins and ends. Phenomena that
recur across the blind sets, each tested on short texts written for this test (other bodies, other names, other
word orders), with cases where the mechanism must not fire. Each case gives the whole table as
(speaker, speaker_kind, quote) rows."""
import pytest

from extract_rows import rows

from claims.extract.attribution.asides import without_relative_aside
from claims.extract.speakers.bounds import whole_name
from claims.extract.speakers.labels import head_body, party_holder, titled_person, unglued_body
from claims.extract.speakers.places import is_place
from claims.extract.speakers.publishers_of import kin_publisher, senders


# --- A document whose producer the text names under another word -----------------------------------------------
# The phenomenon: the writer opens with the work as the subject (`a new report suggests`) and names who produced it
# a sentence later under another word for the same work (`The study by X`, `research by X`, `X's analysis`); the
# later `The report says` is that work again. Other writers name the producer first (`Research by X found ...
# The report says`), or call it `the analysis`. When the text names two producers, the document stays as named.

def test_a_report_is_the_study_the_text_says_a_body_produced() -> None:
    text = ("Rents in coastal towns have risen twice as fast as wages, a new report suggests.\n\n"
            "The study by the Southbay Housing Institute, a think tank, looked at 40 towns.\n\n"
            "The report says 31% of tenants spend half their income on rent.\n")
    assert rows(text) == [
        ("Southbay Housing Institute", "organisation", "Rents in coastal towns have risen twice as fast as wages"),
        ("Southbay Housing Institute", "organisation", "31% of tenants spend half their income on rent")]


def test_research_by_a_body_first_then_the_analysis_speaks() -> None:
    text = ("Research by the Lowfield Transport Trust looked at 12 bus routes.\n\n"
            "The analysis says fares rose by 18% in two years.\n")
    assert rows(text) == [("Lowfield Transport Trust", "organisation", "fares rose by 18% in two years")]


def test_two_producers_leave_the_report_as_named() -> None:
    text = ("Water use on farms fell by 9%, a new report says.\n\n"
            "A study by the Arden Institute covered 300 farms. An analysis by the Corran Trust covered 80.\n")
    assert rows(text) == [("new report", "document", "Water use on farms fell by 9%")]


def test_kin_publisher_needs_a_word_for_the_same_work() -> None:
    assert kin_publisher({"study": "the panel"}, "report") == "the panel"
    assert kin_publisher({"study": "the panel"}, "figures") is None
    assert kin_publisher({"figures": "the panel"}, "report") is None
    assert kin_publisher({"study": "the panel", "analysis": "the panel"}, "research") == "the panel"
    assert kin_publisher({"study": "the panel", "analysis": "the board"}, "research") is None


# --- A document put to a body --------------------------------------------------------------------------------
# The phenomenon: `A report to cabinet says ...`, `a report to the council's finance committee on Monday shows ...`:
# the writer names the document by whom it goes to, not by who wrote it. The recipient never speaks, and neither
# does the body the text is about (it may be the contractor under scrutiny): the speaker is the document as the text
# names it, kind document, and a later `The report says` is that document again. Other writers put the recipient
# as a name (`a report to Eastholm Council's cabinet`) or add when (`on Tuesday`). A `to` that opens a verb (`a
# report to be published`) names no recipient.

def test_a_report_to_cabinet_is_the_document_as_named() -> None:
    text = ("Kerrow Leisure runs the county's pools.\n\n"
            "A report to cabinet says the contract would cost £2.1m a year.\n\n"
            "The report says 12% of sessions were cancelled.\n")
    assert rows(text) == [
        ("A report to cabinet", "document", "the contract would cost £2.1m a year"),
        ("A report to cabinet", "document", "12% of sessions were cancelled")]


def test_a_report_to_a_committee_on_a_day_keeps_the_committee_not_the_day() -> None:
    text = ("Tarnside Waste took over the rounds in May.\n\n"
            "A report to the council's environment committee on Monday shows that 8,400 bins were missed in June.\n")
    assert rows(text) == [("A report to the council's environment committee", "document",
                           "8,400 bins were missed in June")]


def test_a_report_to_be_published_names_no_recipient() -> None:
    text = "Kerrow Leisure said a report to be published soon would show 40 jobs had gone.\n"
    assert rows(text) == [("Kerrow Leisure", "organisation",
                           "a report to be published soon would show 40 jobs had gone")]


def test_a_report_by_a_body_to_cabinet_is_the_body_s() -> None:
    text = ("A report by the Fenlow Policy Unit to cabinet says the scheme is £3m over budget.\n")
    assert rows(text) == [("Fenlow Policy Unit", "organisation", "the scheme is £3m over budget")]


# --- A body's name cut short ---------------------------------------------------------------------------------
# The phenomenon: the name-reader stops a body's name at a word it does not expect inside a name: a joining word
# (`Select Committee | on Flood Recovery`), a head it does not know in that spelling (`Harbour Emergency |
# Dispatch Center`), a comma inside a firm's name (`Marsh, | Keller & Dunn LLP`). The speaker is a run of the
# name's words; the text never writes that run without the same words around it. Other writers put the name at the
# start of a line (a letterhead), or after `the`. A run the text also writes on its own keeps its words, and a
# comma between two bodies of a list (`Greenacre, Hollis & Pratt`) never joins them.

def test_a_committee_name_cut_at_on_is_the_whole_name() -> None:
    text = ("The Select Committee on Flood Recovery published its report on Monday.\n\n"
            "Families waited an average of 190 days for payments, the Select Committee on Flood Recovery said.\n")
    assert rows(text) == [("Select Committee on Flood Recovery", "organisation",
                           "Families waited an average of 190 days for payments")]


def test_a_firm_of_partners_keeps_the_name_before_its_comma() -> None:
    text = ("Marsh, Keller & Dunn LLP said it had filed the claim for 340 customers.\n")
    assert rows(text) == [("Marsh, Keller & Dunn LLP", "organisation", "it had filed the claim for 340 customers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tesco, Hollis & Pratt and Aldi were named. Hollis & Pratt said prices fell by 4%.\n",
     [("Hollis & Pratt", "organisation", "prices fell by 4%")]),
    ("Yesterday, Pruitt & Vega LLP said 40 claims had been filed.\n",
     [("Pruitt & Vega LLP", "organisation", "40 claims had been filed")]),
], ids=["a-list-of-bodies", "a-sentence-opener"])
def test_a_comma_before_a_name_that_is_no_firm_s_joins_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_whole_name_keeps_a_name_the_text_writes_alone() -> None:
    text = ("The Harbour Emergency Dispatch Center runs the lines. Harbour Emergency said calls rose by 6%.\n")
    assert whole_name(text, "Harbour Emergency") == "Harbour Emergency"
    assert whole_name("Calls went to the Harbour Emergency Dispatch Center in May.", "Harbour Emergency") \
        == "Harbour Emergency Dispatch Center"
    assert whole_name("It moved to Albany. Hollis County EMS said so.", "Hollis County EMS") == "Hollis County EMS"
    assert whole_name("Tuesday Acme Water said so.", "Acme Water") == "Acme Water"
    assert whole_name("Acme Water Chairman Jo Roe said so.", "Acme Water") == "Acme Water"
    assert whole_name("No such name here.", "Acme Water") == "Acme Water"
    assert whole_name("Campaigners Save Our Pool said so.", "Save Our Pool") == "Save Our Pool"
    assert whole_name("It rained. Regulator Watco said so.", "Watco") == "Watco"
    assert whole_name("Inspection of Dunmore Hospital", "Dunmore Hospital") == "Dunmore Hospital"
    assert whole_name("The House Committee on Ports said so.", "Ports") == "House Committee on Ports"


# --- A label, a bare head or a title as the speaker ------------------------------------------------------------
# The phenomenon: the speaker is a word that stands for a party rather than its name. A US writer puts a party and
# place label after a legislator's name (`Rep. Dana Whitley, D-Springfield, who sits on ..., said`; `(R-Lakewood)`);
# a body's own text says `the Service` or `a Commission spokesperson` once its full name is given; an Irish or
# British council's text gives a post and its holder side by side (`the Cathaoirleach, Cllr Aine Moran,`) and then
# the post alone. The label is the person, the head is the one body with that head, the post is the person named
# beside it. Two bodies with the head, or a post no name is set beside, resolve nothing.

@pytest.mark.parametrize(("text", "expected"), [
    ("Rep. Dana Whitley, D-Springfield, who sits on the budget committee, said the grant would pay for 40 "
     "teachers.\n", [("Dana Whitley", "person", "the grant would pay for 40 teachers")]),
    ("Sen. Mary Cole, D-Ohio, said the plan would cost $4 million.\n",
     [("Mary Cole", "person", "the plan would cost $4 million")]),
], ids=["label-then-who-clause", "label-alone"])
def test_a_party_label_after_a_name_is_that_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_head_said_alone_is_the_one_body_with_that_head() -> None:
    text = ("Rivermouth Fire and Rescue Service attended 90 calls.\n\n"
            "A Service spokesperson said both engines were available.\n")
    assert rows(text) == [("Rivermouth Fire and Rescue Service", "organisation", "both engines were available")]


def test_a_head_two_bodies_share_resolves_nothing() -> None:
    assert head_body("Service", {"Rivermouth Fire Service": "organisation", "Ambulance Service": "organisation",
                                 "Jo Roe": "person"}) is None
    assert head_body("Service", {"Rivermouth Fire Service": "organisation", "Jo Service": "person"}) \
        == ("Rivermouth Fire Service", "organisation")


def test_a_post_set_beside_a_name_is_that_person() -> None:
    text = ("The Cathaoirleach, Cllr Aine Moran, opened the meeting.\n\n"
            "Speaking afterwards, the Cathaoirleach said: \"We built 140 homes this year.\"\n")
    assert rows(text) == [("Aine Moran", "person", "We built 140 homes this year.")]


def test_a_post_no_name_is_set_beside_is_unresolved() -> None:
    text = "The Chief Executive's report to members, which shows that 1,200 households are waiting, was noted.\n"
    assert rows(text) == [("Chief Executive", "unresolved", "1,200 households are waiting")]


def test_titled_person_needs_one_name_set_beside_the_post() -> None:
    assert titled_person("The Provost, Dr Ann Lee, spoke. Later the Provost said so.", "Provost") == ("Ann Lee", "person")
    assert titled_person("the Provost, Ann Lee, left; the Provost, Jo Roe, came.", "Provost") is None
    assert titled_person("the Provost, an office since 1600, said so.", "Provost") is None
    assert party_holder("Sen. Mary Cole (D-Ohio) said so.", "D-Ohio") == ("Mary Cole", "person")
    assert party_holder("The vote, D-Ohio said, was close.", "D-Ohio") is None


# --- A thing a body issued or filed speaks ------------------------------------------------------------------
# The phenomenon: a body issues, files or hands down something (`has issued a safety alert`, `has filed a lawsuit`,
# `put out a warning`), and the text then lets the thing speak (`The alert warns`, `The lawsuit alleges`). Other
# writers give the owner as a possessive (`the union's weekly count found`). The thing speaks for the body that
# issued it; two bodies that filed one leave it unresolved. Findings that open a sentence bare (`Tests showed`,
# `Samples found`) are the text's words, unresolved, never a body of their own that later sentences fall back to.

@pytest.mark.parametrize(("text", "expected"), [
    ("The Medical Devices Agency (MDA) has issued a safety alert about the Orion pump.\n\n"
     "The alert warns that the pump may stop without warning.\n",
     [("Medical Devices Agency", "organisation", "the pump may stop without warning")]),
    ("Bright Law LLP has filed a lawsuit against Orion Foods.\n\nThe lawsuit alleges that Orion knew of the fault "
     "in March.\n", [("Bright Law LLP", "organisation", "Orion knew of the fault in March")]),
    ("Bright Law LLP has filed a lawsuit against Orion Foods. Orion Foods filed a lawsuit too.\n\n"
     "The lawsuit alleges that Orion knew of the fault in March.\n",
     [("the lawsuit", "unresolved", "Orion knew of the fault in March")]),
], ids=["issued-alert", "filed-lawsuit", "two-filed"])
def test_a_thing_a_body_issued_speaks_for_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_count_a_possessive_names_is_that_body_s() -> None:
    text = ("The Nurses Union counted 412 patients on trolleys today.\n\n"
            "The union's weekly count also found 61 children waiting.\n")
    assert rows(text) == [("Nurses Union", "organisation", "counted 412 patients on trolleys today"),
                          ("Nurses Union", "organisation", "found 61 children waiting")]


def test_bare_tests_are_no_body() -> None:
    text = ("The Coastal Water Agency investigated the spill at Dunley Farm.\n\n"
            "Tests showed nitrate levels 20 times higher than normal. It said the farm had been warned.\n")
    assert rows(text) == [("Tests", "unresolved", "nitrate levels 20 times higher than normal"),
                          ("it", "unresolved", "the farm had been warned")]  # no longer `Tests`


@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly a third of deals were no cheaper, a Shoppers' Voice investigation has found.\n",
     [("Shoppers' Voice", "organisation", "Nearly a third of deals were no cheaper")]),
    ("Rents rose by 9%, a Fair Rent Network inquiry has found.\n",
     [("Fair Rent Network", "organisation", "Rents rose by 9%")]),
    ("Rents rose by 9%, a British inquiry has found.\n", [("a British inquiry", "unresolved", "Rents rose by 9%")]),
], ids=["apostrophe-name", "inquiry", "no-body-named"])
def test_a_body_s_name_before_an_inquiry_is_its_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# --- Two parties glued ---------------------------------------------------------------------------------------
# The phenomenon: a group of people and a body written side by side (`given by GPs and HSE teams`, `run by
# nurses and NHS Wales staff`) are read as one joint body, and the body's own later `The HSE said` resolves to the
# pair. The pair is the body when the text names the body on its own; two bodies joined stay joined.

@pytest.mark.parametrize(("text", "expected"), [
    ("The jab is given by GPs and HSE teams. The HSE said uptake was 61%.\n",
     [("HSE", "organisation", "uptake was 61%")]),
    ("The vaccine can only be given by GPs and NHS Wales teams. The NHS Wales said 40% had it.\n",
     [("NHS Wales", "organisation", "40% had it")]),
], ids=["letters", "two-words"])
def test_a_group_glued_to_a_body_is_the_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_unglued_body_keeps_two_bodies_and_needs_the_body_alone() -> None:
    assert unglued_body("The Acme Trust and Beta said so. The Beta said", "Acme Trust and Beta", {}) is None
    assert unglued_body("given by GPs and HSE teams", "GPs and HSE", {}) is None
    assert unglued_body("by GPs and HSE teams. The HSE said", "GPs and HSE", {"HSE": "inspectorate"}) \
        == ("HSE", "inspectorate")


# --- A place read as a person ---------------------------------------------------------------------------------
# The phenomenon: a place's name of two capitalised words (`Ashcombe Bridge`, `Market Place`, `Colwyn Bay`) looks
# like a forename and a surname, and a cue near it gives it the claim: `Traders in Market Place said`, `a scheme for
# Ashcombe Bridge ..., the minister has confirmed`, `The owner, from Colwyn Bay, told`. A name ending in a place's
# word that the text writes after `in`, `at`, `for` or `from` is a place: the row keeps the words, unresolved. A
# person with such a surname (`Ms Bridge`) keeps the claim.

@pytest.mark.parametrize(("text", "expected"), [
    ("Traders in Market Place said footfall had fallen by 20%.\n",
     [("Market Place", "unresolved", "footfall had fallen by 20%")]),
    ("The owner, from Colwyn Bay, told the inquiry he had paid £2,000.\n",
     [("Colwyn Bay", "unresolved", "he had paid £2,000")]),
    ("Lucy Bridge said 40 jobs would go. Ms Bridge works in Leeds.\n",
     [("Lucy Bridge", "person", "40 jobs would go")]),
], ids=["traders-in", "from-aside", "a-person-named-bridge"])
def test_a_place_is_never_a_person_who_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_is_place_needs_a_place_word_and_a_preposition() -> None:
    assert is_place("Flooding hit Ashcombe Bridge again.", "Ashcombe Bridge") is False
    assert is_place("Flooding hit homes in Ashcombe Bridge.", "Ashcombe Bridge") is True
    assert is_place("Homes in Ashcombe Green flooded.", "Ashcombe Green") is False
    assert is_place("Homes in Ashcombe Bridge flooded. Dr Bridge said", "Ashcombe Bridge") is False
    assert is_place("in Bridge", "Bridge") is False


# --- Claims missed in a Q&A write-up ----------------------------------------------------------------------------
# The phenomenon: an interview written as questions set apart and unlabelled answers, after an introduction that
# names the interviewee and the interviewer (`He spoke to our transport correspondent, Amira Haddad, at ...`). A
# comma between the press role and the interviewer's name left two people in the introduction, so no one answered
# and every answer was lost. Other writers put `our health editor, Jo Roe,` or `told reporter Sam Lee`. The answers
# are the interviewee's; two adverbial phrases in a row (`Before then, from this January,`) frame the clause after
# them, and a clause's objects listed with commas (`we set the routes, the timetables and the fares`) are one claim.

def test_an_interviewer_after_a_comma_is_the_press_not_the_answerer() -> None:
    text = ("A year after taking office, Mayor Ruth Vale has brought the trams under public control. She spoke to "
            "our transport editor, Sam Okoro, at the town hall.\n\n"
            "Why now?\n\n"
            "Because the system is failing. We have lost 40 routes since 2015.\n\n"
            "What will it cost?\n\n"
            "The transition costs £50m over four years. Before then, from this spring, we have capped fares at £2 "
            "and we have added 12 evening routes.\n")
    assert rows(text) == [
        ("Ruth Vale", "person", "We have lost 40 routes since 2015"),
        ("Ruth Vale", "person", "The transition costs £50m over four years"),
        ("Ruth Vale", "person", "Before then, from this spring, we have capped fares at £2"),
        ("Ruth Vale", "person", "we have added 12 evening routes")]


def test_one_verb_s_objects_listed_are_one_claim() -> None:
    text = "The council said it had repaired the roof, the windows and the doors.\n"
    assert rows(text) == [("the council", "unresolved", "it had repaired the roof, the windows and the doors")]


# --- A word that opens a sentence read as a body ---------------------------------------------------------------
# The phenomenon: a capitalised word at a sentence's start that is no name becomes the speaker: a participle before
# a comma (`Responding, the airport said`, `Replying, the trust said`) read as a body with a descriptor after it,
# and a plural of the people of a body (`Detectives said`, `Engineers said`) read as a one-word body. The speaker
# is the reference after the participle, and the people are never a one-word body (since wave 64x a force's bare
# `Detectives` are the one police body the text names); a place ending in `ing` the text names again (`Reading`) is
# still a name.

@pytest.mark.parametrize(("text", "expected"), [
    ("Responding, the airport said all flights were within limits.\n",
     [("the airport", "unresolved", "all flights were within limits")]),
    ("Cedar Police Department arrested two men. Detectives said thefts had fallen from 37 a month to 20.\n",
     [("Cedar Police Department", "organisation", "thefts had fallen from 37 a month to 20")]),
    ("Reading, the borough council, said 40 homes were built. Reading Borough Council runs the scheme.\n",
     [("Reading", "organisation", "40 homes were built")]),
], ids=["participle", "people-of-a-body", "a-place-in-ing"])
def test_a_sentence_opener_is_no_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# --- A document as the object of the subject's first verb ------------------------------------------------------
# The phenomenon: `X, which represents 9,000 dentists, examined the national Patient Survey and estimated that ...`:
# the cue after `and` is X's; with the relative aside the one-clause reading was skipped and the survey, the first
# verb's object, became the speaker. Other writers use `who` (`Jo Roe, who chairs the board, read the Acme Report
# and said`). Without an aside the reading was already right; two asides or a list keep the old reading.

@pytest.mark.parametrize(("text", "expected"), [
    ("The Dental Forum published its figures.\n\nThe forum, which represents around 9,000 dentists, examined the "
     "national Patient Survey and estimated that 300,000 adults could not get an appointment.\n",
     [("Dental Forum", "organisation", "300,000 adults could not get an appointment")]),
    ("The union, which represents 9,000 nurses, examined the Staff Survey and said that 30% planned to leave.\n",
     [("the union", "unresolved", "30% planned to leave")]),
], ids=["which-aside", "reference-subject"])
def test_the_subject_of_a_second_verb_is_not_the_first_verb_s_object(text: str,
                                                                      expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_without_relative_aside_blanks_one_aside_only() -> None:
    text = "The forum, which has 9,000 members, read it and said so."
    assert without_relative_aside(text, 0, len(text)) == "The forum" + " " * 27 + "read it and said so."
    assert without_relative_aside("The forum, the union, which has 9 members, read it", 0, 51) is None
    assert without_relative_aside("The forum read it, and said so.", 0, 31) is None


# --- A document a sender sent speaks -----------------------------------------------------------------------------
# The phenomenon: `Patients were told in a letter from the practice ... The letter said: "..."`: the letter is the
# sender's, never the body in focus (here a headline's words read as a body). Other writers name the sender
# (`figures from the Harbour Trust ... The figures show`). Two senders of one kind of document leave it as before.

@pytest.mark.parametrize(("text", "expected"), [
    ("Harbourside Dental will stop NHS care.\n\nPatients were told in a letter from the practice, which arrived "
     "in January.\n\nThe letter said: \"Our costs have risen by around 35%.\"\n",
     [("the practice", "unresolved", "Our costs have risen by around 35%.")]),
    ("Parents had a letter from the Kerrow Academy Trust on Monday.\n\nThe letter says 40 posts will go.\n",
     [("Kerrow Academy Trust", "organisation", "40 posts will go")]),
], ids=["a-reference", "a-name"])
def test_a_document_a_sender_sent_is_the_sender_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_senders_needs_one_sender() -> None:
    assert senders("a letter from the trust. a letter from the board.") == {}
    assert senders("a letter from the trust arrived.") == {"letter": "the trust"}
    assert senders("no sender here") == {}
