"""Unit cases for wave 40's new extractor modules (what mutation round 41 found unasserted by their own test files):
offices named by their remit (40h, `speakers.remit_offices`), and the modules after it taken in turn. Every party and
sentence is invented, and each assert is on a whole value: a function's whole return value or a text's whole table.

The caches of `claims.extract` are cleared before each case here: posts and mentions are cached by text, and a mutant
run forked from a warm process would otherwise read the unmutated results of the same text."""
from __future__ import annotations

import pytest

from claims.extract.speakers.remit_offices import (described_holder, held_posts, inspecting_office, post_holder,
                                                   remit_of_description)

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# remit_offices.remit_of_description: `the` and at least one lower-case word of letters before a watchdog's head; a
# capital, a hyphen, another article or no remit at all describe no office.
@pytest.mark.parametrize(("clause", "expected"), [
    ("the canal watchdog", "canal"),
    ("the ports and shipping watchdog", "ports and shipping"),
    ("the watchdog", None),
    ("a canal watchdog", None),
    ("the Canal watchdog", None),
    ("the canal and Ports watchdog", None),
    ("the canal-and-ports watchdog", None),
    ("the canal committee", None),
], ids=["one-word", "three-words", "no-remit", "article", "capital-first", "capital-later", "hyphen", "no-head"])
def test_remit_of_description(clause: str, expected: str | None) -> None:
    assert remit_of_description(clause) == expected


CANAL_POSTS = "The Deputy-Chief Inspector of Canals, Orla Venn, and the Independent Ombudsman for Locks, Ivo Marr, met.\n"
"""A hyphenated title word (`Deputy-Chief`) and a post (`Ombudsman`) that is no role of a person."""


# remit_offices.held_posts: each post with its title's words before it, its remit and its holder, an honorific set
# aside only when a given name and a surname follow it.
@pytest.mark.parametrize(("text", "expected"), [
    (CANAL_POSTS, (("inspector", "the deputy-chief", "canals", "Orla Venn"),
                   ("ombudsman", "and the independent", "locks", "Ivo Marr"))),
    ("The Chief Inspector of Canals, Dr Orla Venn, visited Brackmoor.\n",
     (("inspector", "the chief", "canals", "Orla Venn"),)),
    ("The Chief Inspector of Canals, Dr Venn, visited Brackmoor.\n", (("inspector", "the chief", "canals", "Dr Venn"),)),
], ids=["two-posts", "honorific", "honorific-and-surname"])
def test_held_posts(text: str, expected: tuple[tuple[str, str, str, str], ...]) -> None:
    assert sorted(held_posts(text)) == list(expected)  # the posts' words are a set: their order is the hash's


INDEPENDENT = "The Independent Inspector of Canals, Orla Venn, visited Brackmoor.\n"


# remit_offices.post_holder: `the` and lower-case words of letters, every one of them a word of the post's title,
# before a remit post that is a person's role; the one holder, else None.
@pytest.mark.parametrize(("text", "clause", "expected"), [
    (INDEPENDENT, "the independent inspector", "Orla Venn"),
    (INDEPENDENT, "an independent inspector", None),
    (INDEPENDENT, "the deputy inspector", None),
    (INDEPENDENT, "the deputy independent inspector", None),
    (INDEPENDENT, "the independent commissioner", None),
    (INDEPENDENT, "the inspector", None),
    (CANAL_POSTS, "the deputy-chief inspector", None),
    (CANAL_POSTS, "the independent ombudsman", None),
    ("The Brackmoor Canal Trust said its locks were safe.\n", "the chief inspector", None),
    (INDEPENDENT + "The Independent Inspector of Locks, Ivo Marr, did not.\n", "the independent inspector", None),
], ids=["holder", "article", "other-title-word", "extra-title-word", "other-post", "bare-post", "hyphen",
        "not-a-role", "no-post", "two-holders"])
def test_post_holder(text: str, clause: str, expected: str | None) -> None:
    assert post_holder(text, clause) == expected


# remit_offices.described_holder: the one holder of the remit a description names, else the one holder its title's
# words name.
@pytest.mark.parametrize(("text", "clause", "expected"), [
    (INDEPENDENT, "the canals watchdog", "Orla Venn"),
    (INDEPENDENT, "the locks watchdog", None),
    (INDEPENDENT, "the independent inspector", "Orla Venn"),
], ids=["remit", "other-remit", "title-words"])
def test_described_holder(text: str, clause: str, expected: str | None) -> None:
    assert described_holder(text, clause) == expected


LETTERED = "The Chief Inspector of Canals and Locks (CICL) wrote to the Brackmoor Canal Trust (BCT) on Monday.\n"


# remit_offices.inspecting_office: the one name of no spaces whose letters spell an inspector's post.
@pytest.mark.parametrize(("names", "expected"), [
    (["CICL", "BCT"], "CICL"),
    (["BCT", "Brackmoor Canal Trust"], None),
    ([], None),
], ids=["office", "no-office", "no-names"])
def test_inspecting_office(names: list[str], expected: str | None) -> None:
    assert inspecting_office(LETTERED, names) == expected
