"""People and their words (wave 18c): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.attribution.cues import not_a_cue
from claims.extract.attribution.sources import title_appositive
from claims.extract.relatives import relative_subject_start
from claims.extract.speakers.body_titles import body_title, title_in_body
from claims.extract.speakers.shared_subjects import set_off_subject_end
from extract_rows import rows


# A participle of speech that opens a lead-in (attribution/shapes.participle_lead_in): the items are the participle's
# subject's, whatever the grammatical subject inside the lead-in, and the lead-in line is no row of its own.
PARTICIPLE_LEAD_IN = (
    "Board chair Nadia Orme said the trust was in good health.\n\n"
    "Orme also thanked the outgoing director, noting that under his leadership the trust:\n"
    "- cut its waiting list by 14%;\n"
    "- opened two new clinics in 2025.\n")
FINDING_LEAD_IN = (
    "The Housing Regulator downgraded Tollard Homes on Monday, finding that the landlord:\n"
    "- had 4,100 overdue repairs;\n"
    "- held no fire risk assessment for 12 blocks.\n")


def test_a_participle_lead_in_hands_its_items_to_the_participles_subject() -> None:
    assert rows(PARTICIPLE_LEAD_IN) == [
        ("Nadia Orme", "person", "the trust was in good health"),
        ("Nadia Orme", "person", "cut its waiting list by 14%"),
        ("Nadia Orme", "person", "opened two new clinics in 2025")]


def test_a_finding_participle_lead_in_is_the_finders() -> None:
    assert rows(FINDING_LEAD_IN) == [
        ("Housing Regulator", "inspectorate", "had 4,100 overdue repairs"),
        ("Housing Regulator", "inspectorate", "held no fire risk assessment for 12 blocks")]


def test_a_participle_with_its_own_clause_still_claims_it() -> None:
    assert rows("Tollard Homes hit back, insisting that the figures were wrong by 300.\n") == [
        ("Tollard Homes", "organisation", "the figures were wrong by 300")]


# A relative clause with a subject of its own before the cue (relatives.relative_subject_start): that subject speaks,
# never the thing the pronoun points back to; a figure in the main clause is that speaker's too.
@pytest.mark.parametrize(("text", "subject"), [
    ("Pay rose, which the council said was fair", "the council"),
    ("the Ridgeline pickup, which Corvale said", "Corvale"),
    ("a man, who police said", "police"),  # a bare plural of people speaks (wave 51e)
    ("a man who police said", "police"),  # ... without a comma too
    ("a man, who perhaps said", None),  # a bare word that is no group of people: read as before
    ("the audit, which Acme Water has since said", "Acme Water"),
    ("the figures, which it said", None),  # a pronoun: read as before
    ("the trust, which said", None),  # the pronoun is the subject
    ("Jo Roe, who joined Acme in May and said", None),  # a verb, not a subject
])
def test_relative_subject_start(text: str, subject: str | None) -> None:
    cue = text.rindex(" said") + 1
    assert relative_subject_start(text, 0, cue) == (text.index(subject) if subject else None)


RELATIVE_SUBJECT = (
    "The charge relates to the Ridgeline pickup, which Corvale Motors said it would stop building in May.\n\n"
    "Thefts from vehicles rose 12% to 2,310, which Lakeport Police said was driven by catalytic converter thefts.\n")


def test_a_relative_clauses_own_subject_speaks() -> None:
    assert rows(RELATIVE_SUBJECT) == [
        ("Corvale Motors", "organisation", "it would stop building in May"),
        ("Lakeport Police", "organisation", "Thefts from vehicles rose 12% to 2,310"),
        ("Lakeport Police", "organisation", "was driven by catalytic converter thefts")]


# An object pronoun before a comma is no determiner (attribution/cues.not_a_cue): `who accompanied her, told` is a
# cue; `her report` and `former state housing commissioner` are nouns.
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Dan Roe, who accompanied her, told the committee that", "told", False),
    ("She published her report on Monday", "report", True),
    ("The monitor, former state housing commissioner Eve Ash, found", "state", True),
    ("The rules state that", "state", False),
])
def test_not_a_cue(text: str, word: str, expected: bool) -> None:
    assert not_a_cue(text, 0, text.index(f" {word}") + 1) is expected


ACCOMPANIED = (
    "Deputy Commissioner Fiona Hale gave evidence.\n\n"
    "Assistant Commissioner Dan Roe, who accompanied her, told the committee that overtime came to €151 million.\n")


def test_a_person_after_a_relative_ending_in_her_speaks() -> None:
    assert rows(ACCOMPANIED) == [("Dan Roe", "person", "overtime came to €151 million")]


# `Other findings:` right after a person found something (attribution/lists.lead_in, after `_finder`): that person's.
MONITOR = (
    "The monitor, former state housing commissioner Eve Ash, found that the authority fixed 44% of repairs on time.\n\n"
    "Other findings:\n\n- 418 apartments were vacant.\n- 212 outages lasted more than a day.\n")


def test_other_findings_after_a_person_are_hers() -> None:
    assert rows(MONITOR) == [
        ("Eve Ash", "person", "the authority fixed 44% of repairs on time"),
        ("Eve Ash", "person", "418 apartments were vacant"),
        ("Eve Ash", "person", "212 outages lasted more than a day")]


def test_other_findings_after_an_inspectorate_stay_its() -> None:
    text = ("The Care Inspectorate rated Hill House good.\n\nLead inspector Eve Ash found that staff were kind.\n\n"
            "Other findings:\n\n- 12 residents had no care plan.\n")
    assert rows(text)[-1] == ("Care Inspectorate", "inspectorate", "12 residents had no care plan")


# A subject set off by an apposition keeps a cue after `and` (speakers/shared_subjects.set_off_subject_end).
@pytest.mark.parametrize(("text", "expected"), [
    ('Jo Roe, general secretary of the Bus Union, called the profits "obscene", and ', 42),
    ("Jo Roe called the profits obscene and ", None),  # no apposition
    ("Acme Water reported a loss, ", None),  # no `and` before the cue
    ("the union, however, attacked the plan and ", None),  # opens on no name
])
def test_set_off_subject_end(text: str, expected: int | None) -> None:
    assert set_off_subject_end(text, 0, len(text)) == expected


UNION_OFFICIAL = (
    "Aldwick Energy, the owner of the Homeheat brand, has reported a profit of £2.1 billion.\n\n"
    "Lorraine Platt, general secretary of the Energy Workers' Union, called the profits \"obscene\", and said Aldwick "
    "had closed two call centres with the loss of 480 jobs.\n")


def test_a_union_official_and_a_company_described_keep_their_words() -> None:
    assert rows(UNION_OFFICIAL) == [
        ("Aldwick Energy", "organisation", "has reported a profit of £2.1 billion"),  # 42e: with its auxiliary
        ("Lorraine Platt", "person", "Aldwick had closed two call centres with the loss of 480 jobs")]


# A body's questions and answers under a statement quoted from a person (transcript._only_quoted): the person never
# answers, so a colleague's reported words inside an answer stay the colleague's.
FAQ = (
    "Tollard Learning Trust\n\nQuestions for families: Millbrook School\n\n"
    "Millbrook School will join the trust on 1 November.\n\n"
    "Chief executive Dr Ann Vale said: \"We know this has been a hard year for families, and we will work with staff.\"\n\n"
    "Will the uniform change?\nNo. We will keep the uniform and the name.\n\n"
    "What will change first?\nThe trust's director of education, Sara Lind, said reading would come first. "
    "\"Every pupil in Years 3 to 6 will be assessed in the first fortnight,\" she said.\n")


def test_a_quoted_person_never_answers_a_bodys_questions() -> None:
    assert [r for r in rows(FAQ) if "fortnight" in r[2] or "reading" in r[2]] == [
        ("Sara Lind", "person", "reading would come first"),
        ("Sara Lind", "person", "Every pupil in Years 3 to 6 will be assessed in the first fortnight")]


def test_a_quotation_in_single_marks_in_a_body_s_answer_closes_after_its_apostrophes() -> None:
    faq = FAQ.replace('"Every pupil in Years 3 to 6 will be assessed in the first fortnight,"',
                      "'We won't assess pupils in Years 1 and 2 before the spring term,'")
    assert [r for r in rows(faq) if "spring" in r[2]] == [
        ("Sara Lind", "person", "We won't assess pupils in Years 1 and 2 before the spring term")]


INTERVIEW = (
    "Questions to the chief constable\n\n"
    "Readers sent questions ahead of our interview with the new chief constable, Dr Ann Vale. Here are her answers.\n\n"
    "Is knife crime rising?\nWe recorded 1,184 offences last year, up 9%.\n\n"
    "Why is 101 slow?\nWe had 46 vacancies in the control room.\n")


def test_an_interviewee_named_without_a_quotation_still_answers() -> None:
    assert rows(INTERVIEW) == [
        ("Ann Vale", "person", "We recorded 1,184 offences last year, up 9%"),
        ("Ann Vale", "person", "We had 46 vacancies in the control room")]


# A title with no name (speakers/titles.indefinite_title, speakers/body_titles): the person named with it, else the
# title's words as a person's, never a name read inside the title and never the body it is held in.
LEAD_TITLE = (
    "Response times cannot yet be published, a Deputy Garda Commissioner has told an Oireachtas committee.\n\n"
    "Deputy Commissioner Fiona Hale said 11 of 19 divisions recorded times automatically.\n")


def test_an_indefinite_title_in_a_lead_is_the_person_named_with_it() -> None:
    assert rows(LEAD_TITLE) == [
        ("Fiona Hale", "person", "Response times cannot yet be published"),
        ("Fiona Hale", "person", "11 of 19 divisions recorded times automatically")]


def test_an_indefinite_title_nobody_holds_keeps_its_words() -> None:
    assert rows("Waits rose by 12%, a Deputy Chief Constable has said.\n") == [
        ("a Deputy Chief Constable", "person", "Waits rose by 12%")]


@pytest.mark.parametrize(("clause", "expected"), [
    ("The Chief Executive and General Secretary of the Royal College of Nursing",
     ("Chief Executive and General Secretary", "Royal College of Nursing")),
    ("the General Secretary of the Bus Union", ("General Secretary", "Bus Union")),
    ("The National Union of Students", None),  # a body's name
    ("The Executive of the Union", None),  # one word, a body's head
    ("The Minister for Health has been accused of spinning", None),  # a clause, not a title
])
def test_body_title(clause: str, expected: tuple[str, str] | None) -> None:
    assert body_title(clause) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("General Secretary of the Bus Union, Jo Penn, spoke.", ("Jo Penn", "person")),  # title, then the name
    ("Jo Penn, General Secretary of the Bus Union, spoke.", ("Jo Penn", "person")),  # name, then the title
    ("Jo Penn is the Bus Union's general secretary.", ("Jo Penn", "person")),  # the body's possessive
    ("Jo Penn, General Secretary of the Bus Union, and Al Key, General Secretary of the Bus Union, spoke.",
     ("The General Secretary of the Bus Union", "person")),  # two holders: nobody
    ("Nobody is named.", ("The General Secretary of the Bus Union", "person")),
])
def test_title_in_body(text: str, expected: tuple[str, str]) -> None:
    assert title_in_body("The General Secretary of the Bus Union", text) == expected


def test_title_in_body_of_one_word_nobody_holds_is_left() -> None:
    assert title_in_body("The Minister for the Cabinet Office", "Nobody is named.") is None


BODY_TITLE = (
    "Chief Executive and General Secretary of the Nurses Guild, Jo Penn, opened the congress.\n\n"
    "The Chief Executive and General Secretary of the Nurses Guild also said pay fell by 5%.\n\n"
    "The General Secretary of the Bus Union said fares rose by 9%.\n")


def test_a_title_held_in_a_body_is_a_person() -> None:
    assert rows(BODY_TITLE) == [
        ("Jo Penn", "person", "pay fell by 5%"),
        ("The General Secretary of the Bus Union", "person", "fares rose by 9%")]


@pytest.mark.parametrize(("after", "expected"), [
    (", Chief Executive and General Secretary of the Royal College of Nursing.", True),
    (", Head of Policy at Acme Water.", True),
    (", Pay Rates of nurses fell by 5%.", False),  # no role word: content
])
def test_title_appositive(after: str, expected: bool) -> None:
    text = "according to Jo Roe" + after
    assert title_appositive(text, (len("according to Jo Roe"), len(text))) is expected


def test_a_title_after_according_to_claims_nothing() -> None:
    assert rows("Nurses' pay fell by 5%, according to Jo Penn, General Secretary of the Nurses Guild.\n") == [
        ("Jo Penn", "person", "Nurses' pay fell by 5%")]


# A verb of telling with the one told before `that` (attribution/shapes.informed_that): the subject's cue, read
# before any cue inside what it tells.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brennock Pharma has informed the agency that testing found a fault in 3% of valves.\n",
     [("Brennock Pharma", "organisation", "testing found a fault in 3% of valves")]),
    ("Halloran Transit Authority reminded riders that the Blue Line will close for 15 days.\n",
     [("Halloran Transit Authority", "organisation", "the Blue Line will close for 15 days")]),
    ("Labour TD Sean Clery put it to her that 118 of those who left had resigned.\n",
     [("Sean Clery", "person", "118 of those who left had resigned")]),
    ("Halloran Transit Authority reminded riders to carry a pass.\n", []),  # advice, no `that`
])
def test_a_verb_of_telling_before_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A relative clause without its pronoun (relatives._CONTACT_SUBJECT_RE, attribution/cues.GAP_VERBS): `, a plan she
# said would ...` is her claim; an object relative (`every claim it rejected in`) stays no cue.
CONTACT_CLAUSE = ("Gov. Elaine Marsh proposed Tuesday to pay for three new cadet classes, a plan she said would put "
                  "about 300 more troopers on the road by 2027.\n")


def test_a_relative_clause_without_its_pronoun_is_its_subjects() -> None:
    assert rows(CONTACT_CLAUSE) == [
        ("Elaine Marsh", "person", "would put about 300 more troopers on the road by 2027")]


@pytest.mark.parametrize(("text", "expected"), [
    ("a plan she said would put 300 troopers on the road", False),
    ("every claim it rejected in the period", True),
])
def test_a_finite_verb_after_the_cue_keeps_it(text: str, expected: bool) -> None:
    cue = text.split()[3]
    assert not_a_cue(text, 0, text.index(f" {cue}") + 1) is expected


# A first cue inside a subordinate clause and the main clause's own cue (attribution/sentences.main_clause_speaker).
SUBORDINATE = ("In Allentown, where the police department reported an 11% fall in violent crime, Police Chief Ramon "
               "Ortis said more troopers would help.\n")


def test_a_main_clause_after_a_subordinate_cue_has_its_own_speaker() -> None:
    assert rows(SUBORDINATE) == [
        ("the police department", "unresolved", "reported an 11% fall in violent crime"),
        ("Ramon Ortis", "person", "more troopers would help")]


def test_one_speaker_across_the_clauses_stays_whole() -> None:
    text = "When Acme Water reported a loss of £2m, it said costs had risen by 9%.\n"
    assert {(speaker, kind) for speaker, kind, _ in rows(text)} == {("Acme Water", "organisation")}
