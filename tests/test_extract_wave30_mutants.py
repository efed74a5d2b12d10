"""Unit cases for wave 30's parts (what mutation round 30 found unasserted by the wave-30 files): the recommendations a
party makes after `including`, a body a closing reference names in its claim, an office after a named person's
possessive, a body's records after a possessive, a document's author run, and the roles and owners' voices a clause
names; every party and sentence is invented, and each assert is on a whole value: a function's whole return value or
a text's whole table."""
from __future__ import annotations

import pytest

from claims.extract.attribution.claim_bodies import claim_body
from claims.extract.attribution.recommendation_lists import may_list_recommendations
from claims.extract.entities import Mention
from claims.extract.speakers import Context, Who
from claims.extract.speakers.clauses import owners_voice, unnamed_role
from claims.extract.speakers.document_authors import name_run
from claims.extract.speakers.owned_offices import without_person_owner
from claims.extract.speakers.products import produced_document
from extract_rows import cued_rows, named_context


# attribution/recommendation_lists: the cheap test wants both words; a cue after the list is no cue before it; a
# sentence naming recommendations without the pattern gives nothing (and lends its subject to no later sentence); a
# one-word subject and a subject no name reads.


@pytest.mark.parametrize(("body", "expected"), [
    ("Ms Orme made two recommendations, including a new ramp.", True),
    ("The board cut two sailings, including the last ferry.", False),  # `including` alone
    ("Ms Orme made two recommendations to the board.", False),  # `recommendations` alone
])
def test_may_list_recommendations(body: str, expected: bool) -> None:
    assert may_list_recommendations(body) is expected


TARN_CUT = "The Harrowgate Ferry Company cut two sailings a day in March.\n\n"
TIMETABLE = ("made nine recommendations, including", "made nine recommendations, including a new timetable")


@pytest.mark.parametrize(("text", "expected"), [
    ("Inspector Nadia Frost visited the Corben Road custody suite in May and found that 14 detainees had waited more "
     "than four hours for a nurse.\n\nMs Frost made 12 recommendations, including that detainees see a nurse within an "
     "hour of arrival. She said the force had agreed to all of them.\n",
     [("Nadia Frost", "person", "found that", "14 detainees had waited more than four hours for a nurse"),
      ("Nadia Frost", "person", "made 12 recommendations, including",
       "made 12 recommendations, including that detainees see a nurse within an hour of arrival"),
      ("Nadia Frost", "person", "said", "the force had agreed to all of them")]),  # a cue after the list, not before
    (TARN_CUT + "Ofrail made nine recommendations, including a new timetable.\n",
     [("Ofrail", "organisation", *TIMETABLE)]),  # a one-word subject
    (TARN_CUT + "Each inspector made nine recommendations, including a new timetable.\n",
     []),  # no one party speaks, and the body in focus is no subject
    (TARN_CUT + "The board received recommendations from passengers. Officials made nine recommendations, including a "
     "new timetable.\n",
     [("Officials", "unresolved", *TIMETABLE)]),  # the first sentence names recommendations, but makes none
    ("Jo Penn read the recommendations. Additionally, the board cut two sailings a day. Officials made nine "
     "recommendations, including a new timetable.\n",
     [("Officials", "unresolved", *TIMETABLE)]),  # Jo Penn made none, so `Additionally` goes on from nobody
    ("recommendations came first: Ms Frost made 12 recommendations, including that detainees see a nurse.\n",
     [("Ms Frost", "person", "made 12 recommendations, including",
       "made 12 recommendations, including that detainees see a nurse")]),  # the word at the text's first character
])
def test_recommendation_items_edges(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# attribution/claim_bodies.claim_body, asked itself (the table resolves most of these the same way by the rules
# before): the claim is its sentence up to the last comma, the reference the words after it up to the verb.


def _claim_body(text: str) -> Who | None:
    cut = text.rindex(", ")
    opening = text.rfind(". ", 0, cut)
    start = opening + 2 if opening >= 0 else 0
    return claim_body(text, (start, cut), (cut + 2, text.rindex(" ")), Context(text=text))


@pytest.mark.parametrize(("text", "expected"), [
    ("A review started by the Tarn Schools Inspectorate had found 40 faults, the inspectorate said.",
     Who("Tarn Schools Inspectorate", "inspectorate", 71)),  # an inspectorate keeps its kind
    ("A petition started by the Pen Moel Walkers Group had gathered 9,200 signatures, the group said.",
     Who("Pen Moel Walkers Group", "organisation", 80)),
    ("A petition started by the Friends of Pen Moel had gathered 9,200 signatures, the group's chair said.",
     None),  # a chair is no document of the group's
    ("A petition by the Friends of Pen Moel, the group said.", None),  # no finite verb ends the subject
    ("Nine of its members at the Pen Moel Walkers Group had signed the petition, the group said.",
     None),  # `its` points to another party
    ("Chief Ombudsman Mereana Roe said complaints had doubled. A review for the Chief Ombudsman had found 40 "
     "faults, the ombudsman said.",
     None),  # the title's holder is a person, no body
])
def test_claim_body(text: str, expected: Who | None) -> None:
    assert _claim_body(text) == expected


# speakers/owned_offices: the office's mention starts where its own name does, past the owner's possessive.


def test_without_person_owner() -> None:
    mention = Mention(20, 53, "Pell's Office of Consumer Affairs", "org")
    people = {"Nora Pell": "person"}
    named = {"Pell": "Nora Pell"}.get
    assert without_person_owner(mention, people, lambda name: named(name, name)) == \
        Mention(27, 53, "Office of Consumer Affairs", "org")
    assert without_person_owner(mention, {}, lambda name: named(name, name)) == mention  # a person never named


# speakers/products.produced_document, asked itself with the bodies a short text names registered: bare findings
# (`Tests`), the subject's bounds (two to five words after `the` or `this`, a product last), the possessive's owner
# read with the words before it, a document's own reading, and a publisher's kind.


def _produced(text: str, subject: str) -> tuple[str, str] | None:
    ctx = named_context(text)
    raw = subject.split()
    return produced_document(raw, [word.lower() for word in raw], ctx)


COUNCIL = "Tarn Council met on Monday."
BULLETIN = "The Tarn Water Inspectorate published its weekly tally."


@pytest.mark.parametrize(("text", "subject", "expected"), [
    ("", "Tests", ("Tests", "unresolved")),
    ("", "Samples", ("Samples", "unresolved")),
    ("", "tests", None),  # not opening the sentence
    ("", "Data", None),  # no bare finding's word
    (COUNCIL, "the council's own traffic counts", ("Tarn Council", "organisation")),  # five words
    (COUNCIL, "the council's own weekly traffic counts", None),  # six words
    (COUNCIL, "a council's register", None),  # no `the` or `this`
    (COUNCIL, "the council's agenda", None),  # no product
    ("Tarn Rowing Club met on Monday.", "the rowing club's log", ("Tarn Rowing Club", "organisation")),
    ("Tarn Harbour Board met. Esk Water Board met.", "the Esk board's log", ("Esk Water Board", "organisation")),
    (BULLETIN, "the weekly tally", ("Tarn Water Inspectorate", "inspectorate")),  # its publisher, its kind
    ("The Tarn Water Inspectorate published its weekly bulletin.", "the weekly bulletin", None),  # a document (47c)
    ("The Tarn Water Inspectorate published its annual report.", "the annual report", None),  # a document's own
    ("The figures, published by the Tarn Water Inspectorate, were late.", "the latest figures", None),
])
def test_produced_document(text: str, subject: str, expected: tuple[str, str] | None) -> None:
    assert _produced(text, subject) == expected


# speakers/document_authors.name_run: the run of a name after `by`, read no further than the end given, through a web
# address's ending, an apostrophe, `&` and a hyphen inside a word, a one-letter word, and its joiners.


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("a survey by Shopright, a magazine, found", None, (12, 21)),
    ("a survey by Acme Trust Kent, found", 22, (12, 22)),  # the end given comes first
    ("a survey by Housefinch.ie.com found", 25, (12, 25)),  # the address's ending read up to the end given
    ("a survey by Housefinch.ie Kent, found", 25, (12, 25)),
    ("a survey by Housefinch.ie found", None, (12, 25)),
    ("a survey by Rentwise.co.uk, found", None, (12, 26)),
    ("research by Housefinch.ie. It found", None, (12, 25)),
    ("a report by the Institute for Rural Studies found", None, (16, 43)),
    ("a report by the charity Mossgate found", None, (24, 32)),
    ("a report by Marks & Spencer found", None, (12, 27)),
    ("a report by B&Q found", None, (12, 15)),
    ("a report by Tarn-Esk Trust found", None, (12, 26)),
    ("a report by Shoppers' Voice found", None, (12, 27)),
    ("a report by Shoppers\u2019 Voice found", None, (12, 27)),
    ("a report by Generation X found", None, (12, 24)),
    ("a report by Harbour Radio S found", None, (12, 27)),
    ("a report by Acme Acme found", None, (12, 21)),  # a word repeated
    ("Acme Trust said a report by Acme Trust found", None, (28, 38)),  # the name written before `by` too
    ("research by Acme Trust for Kent, the group", None, (12, 31)),
    ("a report by Harbour Trust and Friends of Esk found", None, (12, 44)),
    ("a report by Acme One Two Three Four Five Six found", None, (12, 44)),  # seven words
    ("a report by Acme One Two Three Four Five Six Seven found", None, None),  # eight: a sentence
    ("a report by The Harbour Trust found", None, None),  # a common word first
    ("a report by Orrin Insight for the Marlow Trust found", None, None),  # two bodies
])
def test_name_run(text: str, end: int | None, expected: tuple[int, int] | None) -> None:
    start = text.index(" by ") + 4
    assert name_run(text, start, len(text) if end is None else end) == expected


# speakers/clauses.unnamed_role: a role among the three words after a determiner or an owner's possessive (straight or
# curly), quotation marks stripped from the words, in a clause of at most eight words.


@pytest.mark.parametrize(("clause", "expected"), [
    ("the director of housing", True),  # the role right after the determiner
    ("the new harbour board director", False),  # the role is the fifth word
    ("acting director of housing", False),  # no determiner or owner first
    ("director", False),
    ("", False),
    ("Harbour's director of housing", True),
    ("Harbour\u2019s director of housing", True),
    ("the 'director' of housing", True),
    ("the council's director of housing and adult care", True),  # eight words
    ("the council's director of housing and adult social care", False),  # nine
])
def test_unnamed_role_edges(clause: str, expected: bool) -> None:
    assert unnamed_role(clause) is expected


# speakers/clauses.owners_voice: a determiner first, a possessive within the first words, a voice role right after it,
# in a clause of at most eight words.


@pytest.mark.parametrize(("clause", "expected"), [
    ("the Party's spokesman", True),  # the possessive right after the determiner
    ("the Harbour Trust\u2019s spokeswoman", True),  # each of the four possessive endings
    ("the Harbour Democrats' spokesperson", True),
    ("the Harbour Democrats\u2019 spokesperson", True),
    ("the Harbour Party's spokesman on democracy and media", True),  # eight words
    ("the Harbour Party's spokesman on democracy and the media", True),  # nine (wave 55d: up to twelve)
    ("the Harbour Party's spokesman on democracy and the media in the city region", False),  # thirteen
    ("the Harbour Party's environment spokesman", True),  # one remit word before the role (55d)
    ("the Harbour Party's environment and media spokesman", False),  # two: no role after the remit word
    ("Harbour Party's spokesman on democracy", False),  # no determiner first
    ("the spokesman on democracy", False),  # no possessive
    ("the Harbour Party's leader on democracy", False),  # no voice role after it
    ("the Harbour Party's", False),  # nothing after it
    ("", False),
])
def test_owners_voice_edges(clause: str, expected: bool) -> None:
    assert owners_voice(clause) is expected
