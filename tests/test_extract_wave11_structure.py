"""Claims that the structure of texts hid from the extractor (wave 11): each case is a short text written for this test
in our own words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.questions_apart import asks_apart
from extract_rows import rows


# An interview may print the writer's questions as paragraphs of their own, with no `Q:` label, and the answers with
# the interviewee's label: initials (`IV:`), a surname (`Varga:`), or a first name. Such a page is an interview as
# much as one with `Q:` labels: the labelled paragraphs are the interviewee's turns, and a paragraph that asks is the
# writer's (a body it cites before its question still speaks for itself). Initials that spell nobody's name label the
# one person the introduction (the text before the first question) names, if it names one. Other writers: a question
# in bold on its own line, a question that opens with a sentence of context (`Fares rose in May. Why?`). Must not
# fire: a page with one such question only (`What happens next?` then `Notes: ...`), or labels that answer no
# question.
QUESTIONS_APART_INITIALS = (
    "Ines Varga has run Kestle Ferries since 2021. She spoke to us on Monday.\n\n"
    "How many sailings did you run last year?\n\n"
    "IV: We ran 4,210 sailings, up from 3,900. Most of them left on time.\n\n"
    "The port authority says crossings fell by a tenth in the winter. Is that right?\n\n"
    "IV: We cancelled 60 sailings in January because of storms.\n")
QUESTIONS_APART_SURNAME = (
    "Omar Lisle is the director of Pell Dance Trust.\n\n"
    "Who comes to your classes?\n\n"
    "Lisle: About 1,300 children a week, most of them from the estate.\n\n"
    "Last year you lost a grant. What happened?\n\n"
    "Lisle: The arts board cut our grant by £40,000 in April.\n")
ONE_QUESTION_ONLY = (
    "Kestle Ferries carried 900,000 passengers in 2025.\n\n"
    "What happens next?\n\n"
    "Notes: The timetable for 2026 is published in March.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (QUESTIONS_APART_INITIALS,
     [("Ines Varga", "person", "We ran 4,210 sailings, up from 3,900"),
      ("Ines Varga", "person", "Most of them left on time"),
      ("the port authority", "unresolved", "crossings fell by a tenth in the winter"),
      ("Ines Varga", "person", "We cancelled 60 sailings in January because of storms")]),
    (QUESTIONS_APART_SURNAME,
     [("Omar Lisle", "person", "About 1,300 children a week, most of them from the estate"),
      ("Omar Lisle", "person", "The arts board cut our grant by £40,000 in April")]),
    (ONE_QUESTION_ONLY, []),
    (QUESTIONS_APART_INITIALS.replace("IV:", "KV:"),
     [("Ines Varga", "person", "We ran 4,210 sailings, up from 3,900"),
      ("Ines Varga", "person", "Most of them left on time"),
      ("the port authority", "unresolved", "crossings fell by a tenth in the winter"),
      ("Ines Varga", "person", "We cancelled 60 sailings in January because of storms")]),
    (QUESTIONS_APART_INITIALS.replace("IV:", "KV:").replace("Ines Varga has run", "Ines Varga and Tom Reyes have run"),
     [("the port authority", "unresolved", "crossings fell by a tenth in the winter")]),
], ids=["initials-answer", "surname-answers", "one-question-is-no-interview",
        "initials-of-nobody-the-one-person-introduced", "initials-of-nobody-two-people-introduced"])
def test_questions_set_apart_make_the_labelled_answers_the_interviewees(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (QUESTIONS_APART_INITIALS, True), (QUESTIONS_APART_SURNAME, True), (ONE_QUESTION_ONLY, False),
    ("Why?\nIV: paragraphs a single newline apart.\nAnd?\nIV: still an interview.\n", True),
    ("Why?\nIV: one answer.\nThe writer goes on. And then?\nNothing labelled here.\n", False),
    ("", False),
], ids=["initials", "surname", "one-question", "single-newline-paragraphs", "one-labelled-answer", "empty"])
def test_asks_apart_needs_two_questions_each_answered_by_a_label(text: str, expected: bool) -> None:
    assert asks_apart(text) is expected


# A lead-in may lose its colon: the paragraph's last sentence ends on a cue and `that` (`The survey results show
# that`, `Inspectors found that`), and the bulleted items below it are what the cue reports, each a claim of the cue's
# subject. Other writers: `The figures suggest that` on a line of its own, `Its audit concluded that` after a sentence
# of narration. Must not fire: a verb that reports nothing (`The trustees agreed that`), or no bullets below.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbury Water has released its spring survey. The survey results show that\n"
     "\u2022 64% of customers rated the service good;\n\u2022 fewer than one in five had used the new app.\n",
     [("Harbury Water", "organisation", "64% of customers rated the service good"),
      ("Harbury Water", "organisation", "fewer than one in five had used the new app")]),
    ("Marrow Vale Borough Council published its audit today. The auditors found that\n"
     "- 12 of 40 contracts had no signed copy;\n- two payments were made twice.\n",
     [("auditors", "inspectorate", "12 of 40 contracts had no signed copy"),
      ("auditors", "inspectorate", "two payments were made twice")]),
    ("The trust opened two shops in 2025. Its trustees agreed that\n- the shops should stay open;\n"
     "- the cafe should close.\n", []),
    ("Harbury Water's spring survey shows that\n\nMost customers were happy with the service this year.\n", []),
], ids=["document-shows-that", "finders-found-that", "agreed-is-no-cue", "no-bullets-below"])
def test_a_lead_in_that_lost_its_colon_hands_its_speaker_to_the_bullets(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A word ending in -ing is no new participle clause of a list when the word before it takes it as an object or
# describes it: a verb that takes a gerund (`postpone opening a clinic`, `stopped taking bookings`, `resumed
# running`), a comparative or a hyphenated compound before an -ing noun (`shorter opening hours`, `fixed-price
# building contracts`, `full-time teaching posts`). The claim stays
# whole. Must still split: a complete clause, then a participle that adds an achievement (`exceeded its target for
# 2025 opening two new gyms`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Ana Price said 58% of members would accept shorter opening hours if every pool stayed open.\n",
     [("Ana Price", "person", "58% of members would accept shorter opening hours if every pool stayed open")]),
    ("Ana Price said the club had been forced to postpone opening a second gym until the autumn.\n",
     [("Ana Price", "person", "the club had been forced to postpone opening a second gym until the autumn")]),
    ("Tom Reyes said the depot would resume running night buses on 14 routes from May.\n",
     [("Tom Reyes", "person", "the depot would resume running night buses on 14 routes from May")]),
    ("Ana Price said the group would no longer bid for fixed-price building contracts worth more than £50m.\n",
     [("Ana Price", "person", "the group would no longer bid for fixed-price building contracts worth more than £50m")]),
    ("Ana Price said the club had exceeded its membership target for 2025 opening two new gyms in Harrowgate Vale.\n",
     [("Ana Price", "person", "the club had exceeded its membership target for 2025"),
      ("Ana Price", "person", "opening two new gyms in Harrowgate Vale")]),
    ("Ana Price said the club had exceeded its target for 2024-25 opening two new gyms in Harrowgate Vale.\n",
     [("Ana Price", "person", "the club had exceeded its target for 2024-25"),
      ("Ana Price", "person", "opening two new gyms in Harrowgate Vale")]),
], ids=["comparative-before-noun", "postpone-opening", "resume-running", "compound-adjective-before-noun",
        "achievement-still-splits", "year-range-is-no-adjective"])
def test_an_ing_word_a_verb_or_comparative_takes_is_no_new_item(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A finding told in passing: the subject of a sentence acts `after finding (that)` something, and what it found is its
# claim though no reporting verb leads the sentence (`The Water Office has fined X after finding it let sewage ...`).
# Other writers: `on discovering that`, `after concluding that`, `upon establishing that`. Must not fire: a thing
# found rather than a clause (`after finding 3kg of cannabis in a car`), or a subject that is no party.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Water Office has fined Calder Water £3m after finding it let sewage into the river on 40 days last year.\n",
     [("Water Office", "inspectorate", "it let sewage into the river on 40 days last year")]),
    ("Kestle Motors has recalled 9,000 vans on discovering that a fuel pipe can crack in cold weather.\n",
     [("Kestle Motors", "organisation", "a fuel pipe can crack in cold weather")]),
    ("The Energy Board has ordered Quillon Power to repay 12,000 customers after concluding the supplier overcharged them "
     "by £40 each.\n",
     [("Energy Board", "organisation", "the supplier overcharged them by £40 each")]),
    ("Police arrested two men after finding 3kg of cannabis in a car on the A6.\n", []),
], ids=["after-finding-pronoun", "on-discovering-that", "after-concluding-clause", "a-thing-found-is-no-claim"])
def test_what_a_party_found_in_passing_is_its_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `and` before a determiner opens a new clause only when a verb follows: two objects of one verb (`had lost its bank
# and its pub since 2020`, `invited three ministers and a tenants' group to take part`) are one claim, not a claim
# and a fragment. Other writers: `closed its library and its swimming pool last year`. Must still split: a second
# clause with its own verb, past (`and the number of complaints fell`) or present (`and some gyms now open`), and two
# things each placed on its own (`repaired the bridge in Tarnby and the station roof in Oskeld`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Bale said the village had already lost its bank and its pub since 2020.\n",
     [("Jo Bale", "person", "the village had already lost its bank and its pub since 2020")]),
    ("A spokesman for the station said the programme had invited three ministers and a tenants' group to take part.\n",
     [("the station", "unresolved", "the programme had invited three ministers and a tenants' group to take part")]),
    ("Ana Price said membership rose by 4% in 2025 and some gyms now open on Sundays.\n",
     [("Ana Price", "person", "membership rose by 4% in 2025"), ("Ana Price", "person", "some gyms now open on Sundays")]),
    ("Ana Price said the club cut its waiting list by half and the number of complaints fell by a third.\n",
     [("Ana Price", "person", "the club cut its waiting list by half"),
      ("Ana Price", "person", "the number of complaints fell by a third")]),
    ("Tom Reyes said the council had repaired the bridge in Tarnby and the station roof in Oskeld.\n",
     [("Tom Reyes", "person", "the council had repaired the bridge in Tarnby"),
      ("Tom Reyes", "person", "the station roof in Oskeld")]),
], ids=["two-objects-one-verb", "two-objects-then-infinitive", "present-clause-splits", "past-clause-splits",
        "each-object-placed-splits"])
def test_two_objects_of_one_verb_are_one_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A collective the text does not name speaks in the text's own words: `A coalition of 14 charities said`, `A group of
# 30 GPs warned`, `A number of residents said` are several parties under one noun, unresolved, and the claim is kept
# rather than dropped for want of a name. Other writers: `An alliance of tenants' groups said`, `A consortium of
# lenders said`. Must not fire: a name after `of` (`A group of Acme Holdings`: the body), or no article (`the group`).
@pytest.mark.parametrize(("text", "expected"), [
    ("A coalition of 14 Welsh charities said in a joint letter that the cut was the largest in a decade.\n",
     [("A coalition of 14 Welsh charities", "unresolved", "the cut was the largest in a decade")]),
    ("A group of 30 GPs said the new contract would force 12 practices to close.\n",
     [("A group of 30 GPs", "unresolved", "the new contract would force 12 practices to close")]),
    ("An alliance of tenants' groups said rents had risen by 9% in two years.\n",
     [("An alliance of tenants' groups", "unresolved", "rents had risen by 9% in two years")]),
    ("A group of Acme Holdings said profits rose 4%.\n", [("Acme Holdings", "organisation", "profits rose 4%")]),
], ids=["coalition-of-charities", "group-of-plural-acronym", "alliance-of-groups", "a-name-after-of-is-the-body"])
def test_an_unnamed_collective_speaks_in_its_own_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A quotation inside reported speech after a second cue is part of the reported claim: `Residents said the review
# confirmed "everything we warned about"` is the residents' one claim; the review is what they cite, never a speaker
# with a row of its own, and `the review confirmed` is no fragment. Other writers: `The union said the figures
# showed "a service at breaking point"`, `She told the meeting the audit found "no record at all"`. Must not fire: a
# quotation the cue opens itself (`Jo Roe said: "..."`, `Jo Roe said, "..."`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Residents' groups said the review confirmed \"everything we warned about in 2022\".\n",
     [("Residents' groups", "unresolved", "the review confirmed \"everything we warned about in 2022\"")]),
    ("The union said the figures showed \u201ca service at breaking point\u201d in three of the five hospitals.\n",
     [("the union", "unresolved",
       "the figures showed \u201ca service at breaking point\u201d in three of the five hospitals")]),
    ("Jo Roe told the meeting the audit found \"no record at all\" of the 40 payments.\n",
     [("Jo Roe", "person", "the audit found \"no record at all\" of the 40 payments")]),
    ("Jo Roe said: \"The review confirmed what we had known for two years.\"\n",
     [("Jo Roe", "person", "The review confirmed what we had known for two years.")]),
], ids=["said-then-confirmed", "said-then-showed-curly", "told-then-found", "the-cue-opens-the-quotation"])
def test_a_quotation_a_reported_clause_cites_stays_in_the_claim(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# When the source came out is no claim: after `according to X`, a participle and a time (`published today`,
# `released last week`, `issued this morning`) describe X, so the claim is the words before `according to` (or
# after the aside, when `According to X, published today,` opens the sentence), never `published today` alone.
# Other writers: `..., according to figures out this morning.` Must not fire: a tail with a claim of its own (`...,
# according to the board, and sales fell`), already read as before. (Wave 31e: a board named for what it regulates,
# `Care Quality Board`, is an inspectorate.)
@pytest.mark.parametrize(("text", "expected"), [
    ("Waiting lists have grown by a third, according to the Care Quality Board's annual review, published today.\n",
     [("Care Quality Board", "inspectorate", "Waiting lists have grown by a third")]),
    ("Bus journeys fell by 8% in the county, according to the Transport Office's figures, released last week.\n",
     [("Transport Office", "organisation", "Bus journeys fell by 8% in the county")]),
    ("According to the Care Quality Board's annual review, published today, waiting lists have grown by a third.\n",
     [("Care Quality Board", "inspectorate", "waiting lists have grown by a third")]),
], ids=["published-today-after", "released-last-week-after", "published-today-aside-before"])
def test_when_a_source_came_out_is_no_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
