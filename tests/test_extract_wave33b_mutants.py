"""Unit cases for wave 33's extractor parts (what mutation round 33's second group found unasserted by the wave-33
files): a name cut at a common word's plural (33c), a release's own inquiry and a writer named alone on the first
line (33d), a foreword signed off by a name over a post (33f), and a body the text shows as a regulator (33h); every
party and sentence is invented, and each assert is on a whole value: a function's whole return value, a text's whole
mentions or its whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract import statement
from claims.extract.entities import Mention, find_mentions
from claims.extract.speakers.regulator_signs import forms_of, shown_as_regulator
from claims.extract.speakers.writer_bodies import name_line
from claims.extract.text import split_blocks
from claims.extract.title_nouns import is_common_plural
from extract_rows import cued_rows, rows


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _names(text: str) -> list[tuple[str, str, int]]:
    return [(m.name, m.kind, m.start) for m in find_mentions(text, 0, len(text))]


# title_nouns.is_common_plural (wave 33c): `-ss`, `-us`, `-is` are never plurals, even of a word the list holds
# (`menu`); a singular of three letters is one (`owl`).


@pytest.mark.parametrize(("word", "expected"), [
    ("Menus", False),  # `-us` is read as no plural (`Rufus`), `menu` a word or not
    ("Skis", False),  # `-is` likewise (`Iris`)
    ("Owls", True),  # a singular of exactly three letters
    ("Elms", True),
])
def test_the_endings_and_the_shortest_singular_of_a_plural(word: str, expected: bool) -> None:
    assert is_common_plural(word) is expected


# entities.read_range and _owned_title (wave 33c): a person's reading that opens on a plural is dropped unless a
# possessive stands right before it (`Its X Week`, at the text's very start too), each place read where it stands;
# a name after the dropped one is still read, and a person's name without a plural stays.


@pytest.mark.parametrize(("text", "expected"), [
    ("The charity opened Quiet Bridges Week with Ellen Garvey.", [("Ellen Garvey", "person", 43)]),
    ("Its Quiet Bridges Week opened today. The charity said Quiet Bridges Week raised £9,000.",
     [("Quiet Bridges Week", "person", 0)]),  # the second place, with no possessive, is the cut name
    ("The charity said Quiet Bridges Week raised £9,000. Its Quiet Bridges Week opened today.",
     [("Quiet Bridges Week", "person", 51)]),
    ("Its Quiet Bridges Week opened today, the charity said.", [("Quiet Bridges Week", "person", 0)]),
    ("The charity\u2019s Quiet Bridges Week opened today.", [("Quiet Bridges Week", "person", 14)]),
    ("Their Quiet Bridges Week opened today.", [("Quiet Bridges Week", "person", 0)]),
    ("The charity said its Quiet Bridges Week opened today.", [("Quiet Bridges Week", "person", 21)]),
])
def test_a_plural_opened_name_is_kept_only_after_a_possessive(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _names(text) == expected


# speakers/writer_bodies.name_line (wave 33d): the honorific test reads the name's last word, not its second.


@pytest.mark.parametrize(("text", "expected"), [
    ("Halden Moor Garden\n\nOur accounts show a loss, Ms Garden said.\n", None),
    ("Halden Moor Garden\n\nOur accounts show a loss, Ms Moor said.\n",
     Mention(0, 18, "Halden Moor Garden", "org")),  # `Ms Moor` is someone else
])
def test_an_honorific_before_the_names_last_word_makes_it_a_persons(text: str, expected: Mention | None) -> None:
    assert name_line(text) == expected


# speakers/documents._top_line_body (wave 33d): a letterhead's body first, the name alone on the first line after it;
# `our investigation` is the writer's.


@pytest.mark.parametrize(("text", "expected"), [
    ("News | Data Rights Office\n\nOur investigation found that 4,000 records were exposed.\n",
     [("Data Rights Office", "organisation", "found that", "4,000 records were exposed")]),
    ("Tarnwick Cloud\nIncident report\n\nOur investigation found that 4,000 records were exposed.\n",
     [("Tarnwick Cloud", "organisation", "found that", "4,000 records were exposed")]),
    ("Storm hits town\n\nOur investigation found that 4,000 records were exposed.\n",
     [("our investigation", "unresolved", "found that", "4,000 records were exposed")]),
])
def test_the_first_lines_body_is_the_writer(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# statement.signed_off, sign_off and _is_post (wave 33f): first-person paragraphs that run to the text's end sign
# nothing; a post is a line of at most 80 characters, never ending on a stop, whatever letter it ends on.


def test_first_person_paragraphs_to_the_texts_end_are_signed_off_by_no_one() -> None:
    text = "We cut waste by 40%.\nWe opened two depots.\n"
    blocks = split_blocks(text)
    assert [statement.signed_off(text, blocks, i) for i in range(len(blocks))] == [None, None]


POST_80 = "Director of Learning, Fenmoor Museum of Rowing, Boat-building and the Fen Rivers"


@pytest.mark.parametrize(("lines", "expected"), [
    ("Jo Roe\n" + POST_80, Mention(0, 6, "Jo Roe", "person")),
    ("Jo Roe\n" + POST_80.replace("Rivers", "Streams"), None),  # 81 characters: a sentence about her
    ("Jo Roe\nChief Executive.", None),  # a stop ends the line: a sentence
    ("Jo Roe\nDirector, Studio X", Mention(0, 6, "Jo Roe", "person")),
])
def test_the_length_and_the_end_of_a_post_line(lines: str, expected: Mention | None) -> None:
    assert statement.sign_off(lines, split_blocks(lines), 0) == expected


# issuer.foreword_voice (wave 33f): the signer is a person in the table; a first-person paragraph no sign-off signs
# (cut off from it by a heading) gives no row to anyone.

REVIEW = """Orrin Canal Trust
Annual Review 2027

Canal towpaths were busier than ever, the trust's wardens reported. We counted 41,000 walkers, up from 30,500.

A message from our Chair

We restored 3 locks this year, at a cost of £92,000.

Our volunteers cleared 14 tonnes of litter.

Harriet Quayle
Chair of Trustees
"""


def test_a_signed_off_forewords_rows_are_a_persons_and_only_its_own() -> None:
    assert rows(REVIEW) == [
        ("Harriet Quayle", "person", "We restored 3 locks this year, at a cost of £92,000"),
        ("Harriet Quayle", "person", "Our volunteers cleared 14 tonnes of litter"),
    ]


# statement.may_be_signed_off (wave 33f), a defect mutation round 33 found: the cheap test before sign_off refused a
# name line holding a stop (`Harriet J. Quayle`, `Dr. Jo Roe`), which sign_off itself reads as one person's name, so a
# foreword signed by a name with an initial lost all its rows (foreword_voice's `and` for `or` survived: the cheap
# test and the real one must agree). A post opening on a hyphened role's word (`Co-founder`) likewise.


@pytest.mark.parametrize("signer", ["Harriet J. Quayle", "Dr. Harriet Quayle"])
def test_a_signer_whose_name_holds_a_stop_signs_off_the_foreword(signer: str) -> None:
    text = REVIEW.replace("Harriet Quayle\n", signer + "\n")
    name = signer.removeprefix("Dr. ")
    assert rows(text) == [
        (name, "person", "We restored 3 locks this year, at a cost of £92,000"),
        (name, "person", "Our volunteers cleared 14 tonnes of litter"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("We cut waste.\n\nHarriet J. Quayle\nChair of Trustees", True),
    ("We cut waste.\n\nHarriet Quayle\nCo-founder, Orrin Canal Trust", True),
    ("We cut waste.\nWe opened two depots.\nJo Roe\nChief Executive", True),  # the sentence line over the name
    ("We cut waste.\n\nHarriet Quayle\nHarlow, May 2026", False),
])
def test_a_text_may_be_signed_off_whenever_sign_off_could_read_it(text: str, expected: bool) -> None:
    assert statement.may_be_signed_off(text) is expected


# speakers/regulator_signs (wave 33h): the letters in brackets may mix cases (`FenWA`); short letters are read in the
# name they spell out too; a form stands as whole words on both sides; every place the name stands is read, not only
# the first and the last; a regulator's noun right before the name needs no comma after it, and one set off by a
# comma may close on a bracket.


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Fenmoor Water Authority (FenWA) sets prices.", "Fenmoor Water Authority",
     {"Fenmoor Water Authority", "FenWA"}),
    ("FWA said prices rose. The Fenmoor Water Authority regulates 12 firms.", "FWA",
     {"FWA", "Fenmoor Water Authority"}),
])
def test_the_forms_a_body_is_written_in(text: str, name: str, expected: set[str]) -> None:
    assert forms_of(text, name) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("FWA said prices rose. Fenmoor Water Authority regulates 12 firms.", "FWA", True),
    ("Tarnlink Rail said fares rose. Tarnlink Rail regulates 12 firms. Tarnlink Rail said so.", "Tarnlink Rail", True),
    ("The independent watchdog Fenmoor Rail Users said fares rose.", "Fenmoor Rail Users", True),
    ("Fares rose, said Fenmoor Rail Users (the rail regulator, Tarnlink Rail) today.", "Tarnlink Rail", True),
    ("Fares rose, said the rail regulator, Tarnlink Rail said today.", "Tarnlink Rail", False),
    ("The TM inspectors found faults. TM said so.", "TM", True),
    ("The ATM inspectors found faults. TM said so.", "TM", False),  # `TM` inside a word: a letter before
    ("Inspectors from TMs found faults. TM said so.", "TM", False),  # a letter after
])
def test_the_places_a_body_is_shown_as_a_regulator(text: str, name: str, expected: bool) -> None:
    assert shown_as_regulator(text, name) is expected
