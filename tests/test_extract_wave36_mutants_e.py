"""Unit cases for wave 36e's extractor part (what mutation round 36 found unasserted by the wave-36e file): a post
held in a body (`speakers.held_posts`); every body, person and clause is invented, and each assert is on a whole
value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here, as in the wave-35 mutant cases."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.held_posts import fits_post, post_of, held_holder, held_post, spellings
from claims.extract.speakers.lead_people import before_post

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


@pytest.mark.parametrize("clause, expected", [
    ("Kestrel Foods\u2019 CEO", ("ceo", ())),  # a curly apostrophe
    ("Kestrel Foods' CEO described the bakery", None),  # a lower-case verb after the post, and no shared subject
    ("A chief executive of Norvale Water", None),  # `a`: one of several, no post held
    ("The chief executive of Norvale", ("executive", ("chief",))),  # one word after `of`
    ("The interim deputy chief executive of Norvale Water", ("executive", ("interim", "deputy", "chief"))),  # 4 words
    ("Kestrel Foods' MD", ("md", ())),  # two capitals
    ("The troubled chief executive of Norvale Water", None),  # a word that is no role
    ("The boss of Norvale Water", ("boss", ())),  # an `s` that makes no plural
    ("The chief executives of Norvale Water", None),  # a plural
])
def test_held_post(clause: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert held_post(clause) == expected


def test_a_post_of_nothing_is_none() -> None:
    assert post_of(["The", "chief", "executive", "of"]) is None


@pytest.mark.parametrize("post, describing, expected", [
    ("ceo", (), [("ceo", ()), ("executive", ("chief",)), ("exec", ("chief",))]),
    ("executive", ("interim", "chief"),
     [("ceo", ("interim",)), ("executive", ("interim", "chief")), ("exec", ("interim", "chief"))]),
])
def test_spellings(post: str, describing: tuple[str, ...], expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert spellings(post, describing) == expected


def test_a_name_before_a_lone_leading_post_is_its_body() -> None:
    assert before_post("Dunmore Active chief Ada Brell said", len("Dunmore Active")) is True


@pytest.mark.parametrize("before, expected", [
    ("Union organiser Tom Vane said, on Monday, ", True),  # a post in an earlier clause is not hers
    ("Appearing before the committee on Monday ", True),  # words that are no post
    ("Union organiser ", False),  # another post
])
def test_fits_a_chief_executive(before: str, expected: bool) -> None:
    assert fits_post(before, ("ceo", ())) is expected


def test_a_plural_post_is_no_one_s() -> None:
    assert held_post("The chairs of Norvale Water") is None


LEAD = "The chief executive of Norvale Water has admitted that leaks rose by 9% last year.\n\n"
NEXT = "Appearing before the committee, Ada Brell said the company would replace 300 miles of pipe.\n"


@pytest.mark.parametrize("text, expected", [
    ("Leaks rose again. Norvale Water was fined.\n\n" + LEAD + NEXT, ("Ada Brell", "person")),  # a paragraph above
    ("Leaks rose by 9% last year. " + LEAD + NEXT, None),  # the post in a paragraph's second sentence
    ("Leaks rose again.\n\nNorvale Water was fined. It must pay.\n\n" + LEAD + NEXT,
     ("Ada Brell", "person")),  # two paragraphs above
    (LEAD + NEXT + "\nChief executive Tom Vane of Kestrel Foods and chief executive Ada Brell met.\n",
     None),  # two chief executives named: neither is read
])
def test_the_lead_s_holder_named_in_the_next_paragraph(text: str, expected: tuple[str, str] | None) -> None:
    clause = "The chief executive of Norvale Water"
    assert held_holder(clause, text, text.index("has admitted"), Context(text=text)) == expected
