"""Unit cases for wave 24's new extractor modules, through their public functions (what mutation testing found
unasserted by the phenomena files); every party is invented."""
from __future__ import annotations

import pytest

from claims.extract.attribution.joint_signers import joint_body, signers
from claims.extract.attribution.object_reports import keeps_object_verb, with_object_verb
from claims.extract.scheme_names import names_a_scheme
from claims.extract.speakers.titled_records import owned_title
from extract_rows import rows

CLOSE = "Yours sincerely,"


# attribution/joint_signers.signers: one line break under the close, a name opening with a letter the blank-line
# skip must not eat, the four-line bound, and a last line with no line break after it


@pytest.mark.parametrize(("signature", "expected"), [
    ("\nNadia Orme and Colm Trask\n", 2),
    ("\n\nXena Orme and Colm Trask\n", 2),
    ("\n\nNadia Orme\nColm Trask\nIvo Penn\nAda Lund\nEsme Hart\n", 4),
    ("\n\nNadia Orme\nColm Trask and Ivo Li", 3),
])
def test_signers_reads_the_lines_under_the_close(signature: str, expected: int) -> None:
    assert signers(CLOSE + signature, len(CLOSE)) == expected


def test_signers_reads_no_line_before_the_close() -> None:
    text = "Ivo Penn\n" + CLOSE + "\n\nNadia Orme and Colm Trask"
    assert signers(text, text.index(CLOSE) + len(CLOSE)) == 2


# joint_signers.joint_body: the signers after the first line's comma (`Nadia Orme, Colm Trask and Ivo Penn`), which
# `signature_bodies` gives last, are people, never the body (found by mutation testing: they were taken as the body,
# and the letter went to `Colm Trask and Ivo Penn`)


@pytest.mark.parametrize(("names", "expected"), [
    (["Ashby Surgery", "Colm Trask and Ivo Penn"], "Ashby Surgery"),
    (["Ashby Surgery", "Colm Trask, Ivo Penn"], "Ashby Surgery"),
    (["Colm Trask and Ivo Penn"], None),
    (["Ashby Surgery", "Colm Trask and Partners"], "Colm Trask and Partners"),
])
def test_joint_body_takes_no_joined_signers(names: list[str], expected: str | None) -> None:
    text = CLOSE + "\n\nNadia Orme, Colm Trask and Ivo Penn\nAshby Surgery\n"
    assert joint_body(text, len(CLOSE), names) == expected


def test_a_letter_signed_by_three_on_one_line_is_their_body_s() -> None:
    text = ("Dear resident,\n\nWe have surveyed 88 households on the estate.\n\n"
            "Yours sincerely,\n\nNadia Orme, Colm Trask and Ivo Penn\nAshby Surgery\n")
    assert rows(text) == [("Ashby Surgery", "organisation", "We have surveyed 88 households on the estate")]


# attribution/object_reports.keeps_object_verb: a `that` before a colon, the object's end, a phrase of the verb's own
# first, a finite verb second, and the past-verb test after a definite opener (`the`), at its length bounds


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The review found that: severe failings in care.", "found that:", False),
    ("The review found that; severe failings in care.", "found that;", False),
    ("The review found severe failings in care.", "found", True),
    ("The firm reported to the board a rise in sales.", "reported", False),
    ("The firm reported, in a filing, a rise in sales.", "reported", False),
    ("The firm reported sales were strong.", "reported", False),
    ("The review found the severe failings in care.", "found", True),
    ("The review found the seed bank empty.", "found", True),
    ("The review found the council acted late.", "found", False),
    ("The review found the school gave too little.", "found", False),
    ("The review noted severe failings in care.", "noted", False),
])
def test_keeps_object_verb(text: str, cue: str, expected: bool) -> None:
    after = text.index(cue) + len(cue)
    assert keeps_object_verb(text, cue.split()[0], cue, after, len(text)) == expected


def test_keeps_object_verb_reads_no_word_past_the_end() -> None:
    text = "The review found severe failings. The staff were told."
    after = text.index("found") + len("found")
    assert keeps_object_verb(text, "found", "found", after, text.index(".")) is True


# object_reports.with_object_verb: the verb goes before the first item when it stands at most two characters after
# the cue, and every later item is kept


OBJECTS = "We found: severe failings, long delays and high costs."  # `found` is text[3:8]


@pytest.mark.parametrize(("first", "verb_start", "expected"), [
    ((10, 25), 3, ((3, 25), (27, 38), (43, 53))),  # two characters after the cue: its object
    ((11, 25), 3, ((11, 25), (27, 38), (43, 53))),  # three: no object
    ((10, 25), 8, ((10, 25), (27, 38), (43, 53))),  # no verb to put before it
])
def test_with_object_verb(first: tuple[int, int], verb_start: int, expected: tuple[tuple[int, int], ...]) -> None:
    assert with_object_verb(OBJECTS, (first, (27, 38), (43, 53)), verb_start, 8) == expected


# scheme_names.names_a_scheme: `The` at the text's very start, a name whose last word is in capitals


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Tamford Assist scheme ran.", "Tamford Assist", True),
    ("the Tamford ASSIST scheme ran.", "Tamford ASSIST", True),
    ("Tamford Assist scheme ran.", "Tamford Assist", False),
])
def test_names_a_scheme(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert names_a_scheme(text, start, start + len(name)) == expected


# speakers/titled_records.owned_title: a curly apostrophe with no straight one in the words


@pytest.mark.parametrize(("clause", "expected"), [
    ("The Orm Office\u2019s Rent Index figures", "The Orm Office"),
    ("the unions\u2019 Pay Survey", "the unions"),
])
def test_owned_title_reads_a_curly_possessive(clause: str, expected: str) -> None:
    span = owned_title(clause, 0, len(clause))
    assert (clause[slice(*span)] if span else None) == expected
