"""People and their words (wave 19a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.speakers.post_holders import holders_at, post_of
from claims.extract.speakers.regions import placed_one
from claims.extract.speakers.subordinate_subjects import subordinate_subject_start
from claims.extract.text import split_sentences
from extract_rows import rows


# An interview with its questions set apart and no labels, introduced under a byline that gives the writer a compound
# press role and the paper's name (interviews.is_interviewer, transcript.unlabelled_interviewee): neither the writer
# nor the paper answers; the one person the paper sat down with does.
BYLINE_QA = (
    "'We will stay open': Principal Jo Pemberton on the college's budget\n\n"
    "By Sam Okoro, Editor-in-Chief, The Fernlea Ledger\n\n"
    "The Ledger sat down with Principal Jo Pemberton on Monday. This interview has been edited for length.\n\n"
    "How big is the gap?\n\n"
    "Our budget for next year is about $40 million, and we expect a gap of $3 million.\n\n"
    "Will the college close?\n\n"
    "No. We have reserves of about $20 million.\n")


def test_an_interview_under_a_byline_is_the_interviewees() -> None:
    assert rows(BYLINE_QA) == [
        ("Jo Pemberton", "person", "Our budget for next year is about $40 million"),
        ("Jo Pemberton", "person", "we expect a gap of $3 million"),
        ("Jo Pemberton", "person", "We have reserves of about $20 million")]


# `the spokesperson` after a body's spokesperson (speakers/voices): the body, also when a quotation ran on over a
# paragraph between them, and when the body's short name was first read as a person's (`Wyvernhale Healthcare` after
# `Wyvernhale Healthcare Ltd`).
SPOKESPERSON_LATER = (
    "Drivers at Corvale Parcels will vote on strike action next month.\n\n"
    "A spokesperson for the company said: \"Our offer is one of the best in the industry.\n\n"
    "\"Every driver is paid above the real living wage.\"\n\n"
    "The spokesperson said contingency plans were in place to keep 40 depots open.\n")
SHORT_BODY_NAME = (
    "The home is run by Tarnside Healthcare Ltd.\n\n"
    "A spokesperson for Tarnside Healthcare said the report described \"a period that is now behind us\".\n\n"
    "\"Since the inspection we have appointed a new registered manager,\" the spokesperson said.\n")


def test_the_spokesperson_two_paragraphs_on_is_the_body_s() -> None:
    assert rows(SPOKESPERSON_LATER) == [
        ("Corvale Parcels", "organisation", "Our offer is one of the best in the industry."),
        ("Corvale Parcels", "organisation", "Every driver is paid above the real living wage."),
        ("Corvale Parcels", "organisation", "contingency plans were in place to keep 40 depots open")]


def test_a_body_s_short_name_after_a_spokesperson_is_the_body() -> None:
    assert rows(SHORT_BODY_NAME) == [
        ("Tarnside Healthcare Ltd", "organisation", "the report described \"a period that is now behind us\""),
        ("Tarnside Healthcare Ltd", "organisation", "Since the inspection we have appointed a new registered manager")]


def test_a_spokesperson_for_a_person_stays_the_person_s() -> None:
    assert rows("A spokesperson for Jo Bloggs said she would appeal against the ruling in the courts.\n") == [
        ("Jo Bloggs", "person", "she would appeal against the ruling in the courts")]


# Two titled people who speak jointly (entities._titled_pair, speakers/context._add_joint): `Dr X and Dr Y, ..., said
# in a joint statement` is the pair, `they` after it too; each keeps the title written before their name (`the
# sheriff`); a singular `he` never means the pair; without `joint` the last one named speaks, as before.
TITLED_PAIR = (
    "Dr Helen Marsh and Dr Imran Dale, the surgery's partners, said in a joint statement that they had tried for "
    "three years to recruit a salaried GP.\n\n"
    "\"We have advertised nine times since 2023 and had one applicant,\" they said.\n")
TITLED_OFFICES = (
    "Governor Jo Roe and Sheriff Tim Ash said in a joint statement that the county would hire 40 officers.\n\n"
    "The sheriff said the new station would open in 2027.\n")
PAIR_THEN_HE = (
    "The plan was backed by Jo Roe and Tim Ash at a meeting on Monday.\n\n"
    "He said the state would spend $4 million on the new bridge next year.\n")


def test_two_titled_people_speaking_jointly_are_the_pair() -> None:
    assert rows(TITLED_PAIR) == [
        ("Helen Marsh and Imran Dale", "person", "they had tried for three years to recruit a salaried GP"),
        ("Helen Marsh and Imran Dale", "person", "We have advertised nine times since 2023 and had one applicant")]


def test_each_of_a_pair_keeps_the_title_before_the_name() -> None:
    assert rows(TITLED_OFFICES) == [
        ("Jo Roe and Tim Ash", "person", "the county would hire 40 officers"),
        ("Tim Ash", "person", "the new station would open in 2027")]


def test_he_after_a_pair_is_neither() -> None:
    assert rows(PAIR_THEN_HE) == [("he", "unresolved", "the state would spend $4 million on the new bridge next year")]


def test_a_mayor_and_a_chief_announcing_is_the_last_named() -> None:
    assert rows("Mayor Jo Roe and Police Chief Tim Ash announced that homicides fell 12% last year.\n") == [
        ("Tim Ash", "person", "homicides fell 12% last year")]


# A person's unquoted words after `X said:` (attribution/unquoted_speech.opens_speech, goes_on): the first paragraph
# need not speak as `we` when the next one does, and a paragraph that speaks as `we` may cite figures with a cue
# (`the rates show that`) and stay the person's. Wave 42e: with no `I` or `we` in either paragraph, the plain paragraph
# right under the colon is still hers (a colon that ends her cue's paragraph hands it to her); one with a cue is not.
UNQUOTED_AFTER_COLON = (
    "The ombudsman published its figures today.\n\n"
    "Chief ombudsman Rhian Castell said:\n\n"
    "The rise in complaints about kitchen fitters is striking. Too many customers wait months for a fitting.\n\n"
    "Most firms do the right thing once we are involved. But the uphold rates show that some still turn down "
    "complaints they should have settled.\n")
NO_FIRST_PERSON = UNQUOTED_AFTER_COLON.replace("once we are involved", "once a complaint is made")


def test_speech_after_a_colon_opens_before_its_first_we() -> None:
    assert rows(UNQUOTED_AFTER_COLON) == [
        ("Rhian Castell", "person", "The rise in complaints about kitchen fitters is striking."),
        ("Rhian Castell", "person", "Too many customers wait months for a fitting."),
        ("Rhian Castell", "person", "Most firms do the right thing once we are involved."),
        ("Rhian Castell", "person",
         "But the uphold rates show that some still turn down complaints they should have settled.")]


def test_speech_after_a_colon_without_a_first_person_is_the_plain_paragraph() -> None:
    assert [row for row in rows(NO_FIRST_PERSON) if row[0] == "Rhian Castell"] == [
        ("Rhian Castell", "person", "The rise in complaints about kitchen fitters is striking."),
        ("Rhian Castell", "person", "Too many customers wait months for a fitting.")]


# A post a news lead writes before it names the holder (speakers/post_holders): `A coroner has said` is the one coroner
# the text names after it, whether the post stands before the name, after it with an honorific (`Dr Jo Roe, senior
# coroner for X,`) or with its place between (`Area coroner for X, Jo Roe,`); a coroner named before the indefinite one
# is left to the titles the text gave (not this rule).
CORONER_LEAD = (
    "A coroner has said she will issue a prevention of future deaths report after an 84-year-old man waited nine "
    "hours for an ambulance.\n\n"
    "Recording a narrative conclusion, area coroner Ivy Tremlett said Mr Pask died from pneumonia following a fall.\n")
CORONER_AFTER = CORONER_LEAD.replace("area coroner Ivy Tremlett said", "Dr Ivy Tremlett, senior coroner for Wyre, said")
CORONER_PLACED = CORONER_LEAD.replace("Recording a narrative conclusion, area coroner Ivy Tremlett said",
                                      "Area coroner for Wyre and Fylde, Ivy Tremlett, said")
def test_a_coroner_in_the_lead_is_the_coroner_named_after() -> None:
    expected = [
        ("Ivy Tremlett", "person", "she will issue a prevention of future deaths report after an 84-year-old man "
                                   "waited nine hours for an ambulance"),
        ("Ivy Tremlett", "person", "Mr Pask died from pneumonia following a fall")]
    assert rows(CORONER_LEAD) == expected
    assert rows(CORONER_AFTER) == expected
    assert rows(CORONER_PLACED) == expected


def test_post_of_reads_an_indefinite_post() -> None:
    assert (post_of("A coroner"), post_of("An area coroner"), post_of("A spokesperson")) == (
        ("coroner", ()), ("coroner", ("area",)), None)


def test_holders_at_gives_where_each_holder_is_first_tied() -> None:
    text = "A coroner said so. Dr Ivy Tremlett, senior coroner for Wyre, said. Coroner Ivy Tremlett added."
    assert holders_at(text, "coroner", ()) == {"Ivy Tremlett": text.index("Dr Ivy")}


# The subject of a clause of time right before a cue (speakers/subordinate_subjects): `X complained after the board's
# own review concluded that A` is the board's A, not X's; `after Brightway said`, `after an investigation found`
# likewise; a time (`after the session`) or a region after its cue (`said Jo Roe after the hearing`) is left whole.
AFTER_REVIEW = (
    "Tarn Valley Health Board said it had apologised to the family of Mr Pask.\n\n"
    "His wife, Mrs Pask, complained to the Ombudsman after the board's own review concluded that his care had been "
    "appropriate.\n")


def test_the_subject_after_after_speaks() -> None:
    assert rows(AFTER_REVIEW)[1] == ("Tarn Valley Health Board", "organisation", "his care had been appropriate")


def test_a_name_after_after_speaks() -> None:
    assert rows("Retail analyst Jo Roe said shares in Acme fell 4% after Brightway said that sales would fall.\n") == [
        ("Jo Roe", "person", "shares in Acme fell 4%"), ("Brightway", "organisation", "sales would fall")]


@pytest.mark.parametrize("text, start", [
    ("Mrs Pask complained after the board's own review concluded", len("Mrs Pask complained after ")),
    ("Shares fell 4% after Brightway said", len("Shares fell 4% after ")),
    ("Ofwat fined Acme after an investigation found", len("Ofwat fined Acme after ")),
    ("Ofwat fined Acme after an independent review found", 0),   # a document no one is named as writing yet
    ("Ofwat fined Acme after a review found", 0),                  # likewise after `a`
    ("the figures you supplied after the session show", 0),        # a time, no owner
    ("Shares fell after it said", 0),                              # a pronoun: clause_pronouns reads it
])
def test_subordinate_subject_start(text: str, start: int) -> None:
    end = text.rindex(" ")
    assert subordinate_subject_start(text, 0, end) == start


def test_subordinate_subject_start_leaves_a_region_after_its_cue() -> None:
    text = '"We warned them," said Jo Roe after the hearing.'
    start = text.index("Jo Roe")
    assert subordinate_subject_start(text, start, len(text) - 1) == start


# One unnamed person placed where they work (speakers/regions.placed_one): `One nurse on a surgical ward, who asked not
# to be named, told X:` keeps the text's words as a person's, as `One driver from Upper Marsh` does.
ONE_PLACED = (
    "UNISON surveyed 1,200 staff at the trust.\n\n"
    "One healthcare assistant on an elderly care ward, who asked not to be named, told UNISON: \"Twice last week I "
    "went eleven hours without a proper break.\"\n")


def test_one_placed_person_keeps_the_texts_words() -> None:
    assert rows(ONE_PLACED) == [("One healthcare assistant on an elderly care ward", "person",
                                 "Twice last week I went eleven hours without a proper break.")]


@pytest.mark.parametrize("words, expected", [
    ("one healthcare assistant on an elderly care ward", True),
    ("one nurse at the hospital", True),
    ("one on the ward", False),                     # no role before the place
    ("one nurse on", False),                        # no place after the word
    ("one of the nurses", False),                   # `of` is no place (read as before)
])
def test_placed_one(words: str, expected: bool) -> None:
    assert placed_one(words.split()) is expected


# A place or company abbreviation that ends its sentence (text.split_sentences): `Manhattan, Kan. Its director, Jo
# Roe, said` is two sentences, so the person's cue is her own; a title written short never ends one.
@pytest.mark.parametrize("text, expected", [
    ("It is based in Manhattan, Kan. Its director said so.", ["It is based in Manhattan, Kan.", "Its director said so."]),
    ("Shares in Acme Inc. The company said so.", ["Shares in Acme Inc.", "The company said so."]),
    ("It is based in Manhattan, Kan. and Topeka.", ["It is based in Manhattan, Kan. and Topeka."]),
    ("Dr. The Hon. Jo Roe said so.", ["Dr. The Hon. Jo Roe said so."]),
])
def test_split_sentences_after_an_abbreviation(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected
