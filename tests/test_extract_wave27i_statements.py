"""Statements in the first person under their author (wave 27i): a statement's first-person body after a heading or a
lead-in that names its author is the author's, up to the next speaker, a new heading or the end. Three readings of
the author: a heading naming one body over its unquoted statement (a body's statement with no signatory is the
body's, as a person's is the person's), a lead-in's subject with a time adverb before its verb (`The club has just
issued this statement:`), and a reference's governing people (`the trust's trustees said:`: the trust). Each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, cue, quote) rows, in text order; each rule has cases where it must not fire."""
import pytest

from extract_rows import cued_rows as rows

DECISION = ("COUNTY HOCKEY ASSOCIATION\n\nDisciplinary decision: Tom Baxter\n\n"
            "1. The Panel suspended Tom Baxter for three matches after a high tackle on 4 March.\n\n")


# A heading naming one body over its unquoted first-person statement: every sentence is the body's, up to the next
# paragraph that quotes another speaker.
@pytest.mark.parametrize(("text", "expected"), [
    (DECISION + "Statement from Ravenfield Hockey Club\n\n"
     "Ravenfield Hockey Club accepts the decision of the Panel. Tom has apologised to the umpire and to Dunmere, and "
     "we understand that the umpire has returned to duty.\n\n"
     "Club secretary Ann Pole said the side had not had a player suspended in four seasons. \"That is not who we "
     "are,\" she added.\n",
     [("County Hockey Association", "organisation", "issued the release",
       "The Panel suspended Tom Baxter for three matches after a high tackle on 4 March"),
      ("Ravenfield Hockey Club", "organisation", "statement", "Ravenfield Hockey Club accepts the decision of the Panel"),
      ("Ravenfield Hockey Club", "organisation", "statement", "Tom has apologised to the umpire and to Dunmere"),
      ("Ravenfield Hockey Club", "organisation", "statement", "we understand that the umpire has returned to duty"),
      ("Ann Pole", "person", "said", "the side had not had a player suspended in four seasons"),
      ("Ann Pole", "person", "added", "That is not who we are")]),
    (DECISION + "A statement from Dunmere Sports Club\n\n"
     "Our members were shocked by the tackle. We have offered the umpire our support and we will review our own "
     "coaching of tackles this summer.\n",
     [("County Hockey Association", "organisation", "issued the release",
       "The Panel suspended Tom Baxter for three matches after a high tackle on 4 March"),
      ("Dunmere Sports Club", "organisation", "statement", "Our members were shocked by the tackle"),
      ("Dunmere Sports Club", "organisation", "statement",
       "We have offered the umpire our support and we will review our own coaching of tackles this summer")]),
])
def test_a_bodys_headed_statement_is_the_bodys(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# It must not fire: a heading naming no body (`Statement from the club`), a third-person paragraph under the heading
# (the writer's report, not the statement), and a heading naming two bodies.
@pytest.mark.parametrize(("text", "expected"), [
    (DECISION + "Statement from the club\n\n"
     "Tom has apologised to the umpire and to Dunmere, and we understand that the umpire has returned to duty.\n",
     [("County Hockey Association", "organisation", "issued the release",
       "The Panel suspended Tom Baxter for three matches after a high tackle on 4 March")]),
    (DECISION + "Statement from Ravenfield Hockey Club\n\n"
     "Ravenfield Hockey Club was fined £300 by the Association in 2024 for a similar offence.\n",
     [("County Hockey Association", "organisation", "issued the release",
       "The Panel suspended Tom Baxter for three matches after a high tackle on 4 March"),
      ("County Hockey Association", "organisation", "issued the release",
       "Ravenfield Hockey Club was fined £300 by the Association in 2024 for a similar offence")]),
])
def test_other_headings_give_no_body_a_statement(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


OPENING = ("Harfield Rovers v Dunmere City: kick-off delayed\n\n"
           "The match at Harfield Park will start 30 minutes late.\n\n")
BODY = ("\n\n\"Harfield Rovers apologises to all supporters. A burst water main flooded the turnstiles at the East "
        "Stand, where 1,800 Dunmere fans were due to enter.\n\n\"At no point was the safety of supporters at risk.\"\n")


# A lead-in's subject with a time adverb between its auxiliary and its verb (`has just`, `has tonight`): the adverb
# is never part of the party; the subject is read as it is without it.
@pytest.mark.parametrize(("lead_in", "cue"), [
    ("The club has just issued this statement on the delay:", "issued this statement"),
    ("The club has tonight issued a statement:", "issued a statement"),
    ("The club has just released the following statement:", "released the following statement"),
])
def test_a_time_adverb_is_no_part_of_the_subject(lead_in: str, cue: str) -> None:
    assert rows(OPENING + lead_in + BODY) == [
        ("Harfield Rovers", "organisation", "issued the release", "The match at Harfield Park will start 30 minutes late"),
        ("Harfield Rovers", "organisation", cue, "Harfield Rovers apologises to all supporters."),
        ("Harfield Rovers", "organisation", cue,
         "A burst water main flooded the turnstiles at the East Stand, where 1,800 Dunmere fans were due to enter."),
        ("Harfield Rovers", "organisation", "quotation continues", "At no point was the safety of supporters at risk.")]


# A lead-in right under a heading naming one body (`Statement from Harfield Town`), its subject a bare reference
# (`The club`): the heading's body, never another club the text names (`Dunmere Supporters' Club`).
LIVE = ("Harfield Town 2-1 Dunmere City: as it happened\n\nBy Jo Roe at the ground\n\n"
        "18:06\nStatement from Harfield Town\n\nThe club has just issued this statement on the delay:\n\n"
        "\"A burst water main flooded the turnstiles at the East Stand, where 1,800 Dunmere fans were due to enter.\"\n\n"
        "The Dunmere City Supporters' Club does not accept that.\n")


def test_a_lead_in_under_a_statement_heading_is_the_headings_body() -> None:
    assert rows(LIVE) == [
        ("Harfield Town", "organisation", "issued this statement",
         "A burst water main flooded the turnstiles at the East Stand, where 1,800 Dunmere fans were due to enter.")]


# It must not fire: a lead-in whose subject is a named person under the heading is the person's.
def test_a_named_lead_in_under_a_statement_heading_is_its_own() -> None:
    text = LIVE.replace("The club has just issued", "Club secretary Ann Pole has just issued")
    assert rows(text) == [
        ("Ann Pole", "person", "issued this statement",
         "A burst water main flooded the turnstiles at the East Stand, where 1,800 Dunmere fans were due to enter.")]


# A reference's governing people speak as the body the reference means (`the trust's trustees`, `the school's
# governors`, `the firm's directors`); the text's words, unresolved, when the text names no such body.
TRUST = "A youth club run by the Darnley Youth Trust will close next month.\n\n"
CLAIM = " said the county council had paid it £50,000 a year for nine years.\n"


@pytest.mark.parametrize(("subject", "speaker", "kind"), [
    ("The trust's trustees", "Darnley Youth Trust", "organisation"),
    ("The trust\u2019s governors", "Darnley Youth Trust", "organisation"),
    ("The trust's directors", "Darnley Youth Trust", "organisation"),
])
def test_a_references_governing_people_are_its_body(subject: str, speaker: str, kind: str) -> None:
    assert rows(TRUST + subject + CLAIM) == [
        (speaker, kind, "said", "the county council had paid it £50,000 a year for nine years")]


def test_a_references_governing_people_with_no_body_named_are_unresolved() -> None:
    text = "A youth club in Darnley will close next month.\n\nThe charity's trustees" + CLAIM
    assert rows(text) == [("The charity's trustees", "unresolved", "said",
                           "the county council had paid it £50,000 a year for nine years")]


# It must not fire: a body's post holder (`the trust's chair`) is a person, and its staff are its people, not its voice.
@pytest.mark.parametrize(("subject", "speaker", "kind"), [
    ("The trust's chair", "The trust's chair", "person"),
    ("The trust's staff", "The trust's staff", "person"),
])
def test_a_references_post_or_staff_stays_a_person(subject: str, speaker: str, kind: str) -> None:
    assert rows(TRUST + subject + CLAIM) == [
        (speaker, kind, "said", "the county council had paid it £50,000 a year for nine years")]


# The whole statement under a lead-in naming the trust's trustees: each paragraph is the trust's.
def test_a_statement_under_its_trustees_is_the_trusts() -> None:
    text = (TRUST + "In a statement on its website, the trust's trustees said:\n\n"
            "\"For nine years the county council has paid us £50,000 a year, which covers the wages of our three "
            "staff.\n\n\"We have applied to six charities since then and have been turned down by four.\"\n")
    assert rows(text) == [
        ("Darnley Youth Trust", "organisation", "said",
         "For nine years the county council has paid us £50,000 a year, which covers the wages of our three staff."),
        ("Darnley Youth Trust", "organisation", "quotation continues",
         "We have applied to six charities since then and have been turned down by four.")]
