"""Unit cases for wave 32's parts (what mutation round 32 found unasserted by the wave-32 files): a short name in
brackets after two different names or after none, the `it` of a document that just spoke and of a body that did, the
words a document's cue stands after, which speakers are the text's own words for one document, and a cue set off
inside its claim; every party and sentence is invented, and each assert is on a whole value: a function's whole return
value or a text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated results of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.document_voices import document_subject, named_thing
from claims.extract.attribution.records import Attribution
from claims.extract.speakers.spelled_letters import named_before
from extract_rows import cued_rows


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# speakers/spelled_letters (wave 32a): the short name in brackets after two different names, or after no name of two
# words, names no body.


@pytest.mark.parametrize(("short", "text"), [
    ("FSA", "The Fenmoor Safety Agency (FSA) met on Monday. The Food Standards Authority (FSA) said so."),
    ("FSA", "Staff at (FSA) said so."),
], ids=["two-names", "no-name"])
def test_named_before_names_none(short: str, text: str) -> None:
    assert named_before(short, text) is None


# attribution/document_voices and people.pronoun (wave 32c): `it` after a body that spoke is that body, whatever the
# sentence before noted; a sentence between the document and `it` clears its voice.


@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Kilns said it sold 900 boilers in 2024. It adds that 40 owners were never told.\n",
     [("Harlow Kilns", "organisation", "said", "it sold 900 boilers in 2024"),
      ("Harlow Kilns", "organisation", "adds that", "40 owners were never told")]),
    ("Harlow Kilns opened a plant in Dunmore in May. It says 40 jobs were made there.\n",
     [("it", "unresolved", "says", "40 jobs were made there")]),
    ("Harlow Kilns has been criticised by the Tile Standards Board.\n\nThe firm sold 900 faulty boilers in 2024, the "
     "board's report says. Harlow Kilns said it would appeal. It adds that 40 owners were never told.\n",
     [("Tile Standards Board", "inspectorate", "says", "The firm sold 900 faulty boilers in 2024"),
      ("Harlow Kilns", "organisation", "said", "it would appeal"),
      ("Harlow Kilns", "organisation", "adds that", "40 owners were never told")]),
], ids=["body-then-it", "no-voice", "voice-cleared"])
def test_it_after_no_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


FIRST = "Harlow Kilns says it will appeal. "


@pytest.mark.parametrize(("text", "start", "cue", "expected"), [
    (FIRST + "The firm sold 900 boilers, the report says.", len(FIRST), "says", True),  # the cue said before too
    ("The report says the chair says the firm sold 900 boilers.", 0, "says", True),  # the first cue of the sentence
    ("According to the board, sales fell. According to the report, the firm sold 900 boilers.", 36, "according to",
     True),
    ("According to the campaigners, the kilns smoke.", 0, "according to", False),  # people, no document
    ("According to the Tile Standards Board, the kilns smoke.", 0, "according to", False),  # a name, no noun
    ("Harlow Kilns sold 900 boilers.", 0, "says", False),  # the cue is not in the sentence
], ids=["cue-before", "two-cues", "according-before", "according-people", "according-name", "no-cue"])
def test_document_subject_in_its_sentence(text: str, start: int, cue: str, expected: bool) -> None:
    assert document_subject(text, (start, len(text)), cue) is expected


@pytest.mark.parametrize(("speaker", "kind", "expected"), [
    ("the complaint", "unresolved", True),
    ("the analysis", "unresolved", True),  # a singular noun in `s`
    ("the figures", "unresolved", False),  # plural
    ("the minister", "unresolved", False),  # a role
    ("the board", "organisation", False),  # resolved
    ("Tom Brack", "person", False),
    ("Tolbrook", "organisation", False),
])
def test_named_thing(speaker: str, kind: str, expected: bool) -> None:
    assert named_thing(Attribution(speaker, kind, "said", ((0, 10),))) is expected


# attribution/mid_cues and subjects.attribute_at (wave 32d): the speaker after the claim's last comma (a figure's comma
# is no speaker's); three words with a verb are a claim, two are not, nor words without a verb, a frame opening on a
# subordinator or a participle; a cue with nothing after its place keeps the words before it; the tail's opening
# conjunction is no part of its claim, and a tail with no verb stays in one row with the whole sentence, uncut.

BOARD = "Tolbury Harbour Board"
MASTER = "The harbour had 14 empty berths at the end of June, harbour master Tom Brack told the board, "


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry crossings fell to 4,100 last year, the Tolbury Harbour Board said in its annual review, up from 3,900 the "
     "year before.\n",
     [(BOARD, "organisation", "said", "Ferry crossings fell to 4,100 last year, the Tolbury Harbour Board said in its "
       "annual review, up from 3,900 the year before")]),
    ("Crossings fell sharply, the Tolbury Harbour Board said in its annual review, up from 3% the year before.\n",
     [(BOARD, "organisation", "said", "Crossings fell sharply, the Tolbury Harbour Board said in its annual review, up "
       "from 3% the year before")]),
    ("Ferry crossings fell by 12% last year, the Tolbury Harbour Board said in its annual review, up from 3% in 2023 "
     "and 1% in 2022.\n",
     [(BOARD, "organisation", "said", "Ferry crossings fell by 12% last year, the Tolbury Harbour Board said in its "
       "annual review, up from 3% in 2023 and 1% in 2022")]),
    ("Ferry crossings fell by 12% last year, the Tolbury Harbour Board said in its annual review.\n",
     [(BOARD, "organisation", "said", "Ferry crossings fell by 12% last year")]),
    (MASTER + "although six of them have been sold.\n",
     [("Tom Brack", "person", "told", "The harbour had 14 empty berths at the end of June"),
      ("Tom Brack", "person", "told", "six of them have been sold")]),
    (MASTER + "six of them have been empty for a year.\n",
     [("Tom Brack", "person", "told", "The harbour had 14 empty berths at the end of June"),
      ("Tom Brack", "person", "told", "six of them have been empty for a year")]),
    (MASTER + "and six of them have been sold. The union says 40 jobs will go.\n",
     [("Tom Brack", "person", "told", "The harbour had 14 empty berths at the end of June"),
      ("Tom Brack", "person", "told", "six of them have been sold"),
      ("the union", "unresolved", "says", "40 jobs will go")]),
], ids=["figure-comma", "three-words", "list-uncut", "no-tail", "although", "no-lead", "cue-in-next-sentence"])
def test_a_cue_set_off_inside_its_claim(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("After crossings fell by 12% last year, the Tolbury Harbour Board said in its annual review, two routes would "
     "close.\n", [(BOARD, "organisation", "said", "in its annual review, two routes would close")]),
    ("A record year for ferry crossings, the Tolbury Harbour Board said in its annual review, up from 3% the year "
     "before.\n", [(BOARD, "organisation", "said", "in its annual review, up from 3% the year before")]),
    ("Crossings fell, the Tolbury Harbour Board said in its annual review, up from 3% the year before.\n",
     [(BOARD, "organisation", "said", "in its annual review, up from 3% the year before")]),
    ("Asked why crossings had fallen, the Tolbury Harbour Board said in its annual review, six ferries had been "
     "sold.\n", [(BOARD, "organisation", "said", "in its annual review, six ferries had been sold")]),
], ids=["subordinator", "no-verb", "two-words", "participle"])
def test_no_claim_before_a_cue_set_off_after_a_frame(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_tail_with_its_own_cue_is_its_speakers() -> None:
    assert cued_rows("Ferry crossings fell by 12% last year, the Tolbury Harbour Board said in its annual review, but "
                     "the union says 40 jobs went.\n") == [
        (BOARD, "organisation", "said", "Ferry crossings fell by 12% last year"),
        ("the union", "unresolved", "says", "40 jobs went")]
