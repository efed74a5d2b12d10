"""Wave 53e: `police said` and `the police department said` in a US report mean the one body the text names whose name
ends in `Police Department` (`police_endings.txt`) or in the reference's own two words, before the cue or after it,
even where another `Department` is named; two such bodies leave them unresolved."""
import pytest

from claims.extract.speakers.named_endings import ends_in, POLICE_ENDINGS
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("name, ends", [
    ("Port Arthur Police Department", True),
    ("Toronto Police Service", True),
    ("Portland Police Bureau", True),
    ("Police Department", False),
    ("Oregon Department of Justice", False),
    ("Harbour Police", False),
])
def test_a_name_ends_in_a_police_bodys_last_words(name: str, ends: bool) -> None:
    assert ends_in(name, POLICE_ENDINGS) is ends


TEXT = """Police said the sweep led to 31 arrests.

The work was paid for by a grant from the Oregon Department of Justice.

The police department said 19 of those arrested had been cited before.

According to the Kelby Police Department, detectives also linked the group to two break-ins."""


def test_police_and_the_police_department_are_the_one_police_body_named() -> None:
    assert cued_rows(TEXT) == [
        ("Kelby Police Department", "organisation", "said", "the sweep led to 31 arrests"),
        ("Kelby Police Department", "organisation", "said", "19 of those arrested had been cited before"),
        ("Kelby Police Department", "organisation", "According to",
         "detectives also linked the group to two break-ins"),
    ]


def test_two_police_bodies_leave_police_unresolved() -> None:
    text = TEXT.replace("According to the Kelby", "According to the Ash Police Department and the Kelby")
    assert [row[:2] for row in cued_rows(text)][:2] == [("Police", "unresolved"), ("the police department", "unresolved")]


# Round 54m (mutation): each reader of named_endings asserted on its whole value.
from claims.extract.speakers import Context  # noqa: E402
from claims.extract.speakers.named_endings import holds_run, name_words, reference_by_ending  # noqa: E402


def test_name_words_straighten_a_curly_apostrophe() -> None:
    assert name_words("Kelby Sheriff\u2019s Office") == ["kelby", "sheriff's", "office"]


@pytest.mark.parametrize("name, run, held", [
    ("Tri-Rivers Credit Union of Knoxville", ("credit", "union"), True),
    ("Kelby Credit Union", ("credit", "union"), True),
    ("Kelby Credit Bank", ("credit", "union"), False),
])
def test_holds_run_finds_a_run_anywhere_in_a_name(name: str, run: tuple[str, ...], held: bool) -> None:
    assert holds_run(name, run) is held


def test_a_reference_resolves_to_the_one_body_ending_in_its_words_with_its_kind() -> None:
    ctx = Context(text="The Kelby Schools Inspectorate visited 12 schools in May.\n")
    assert reference_by_ending(["the", "schools", "inspectorate"], None, ctx) \
        == ("Kelby Schools Inspectorate", "inspectorate")


@pytest.mark.parametrize("words", [
    ["a", "schools", "inspectorate"],  # no `the`
    ["the", "co-op", "inspectorate"],  # a modifier that is no plain word
])
def test_a_reference_without_the_or_with_a_hyphened_modifier_is_not_read(words: list[str]) -> None:
    ctx = Context(text="The Kelby Schools Inspectorate and the Ash Co-op Inspectorate met in May.\n")
    assert reference_by_ending(words, None, ctx) is None


def test_a_reference_with_no_body_so_named_is_not_read() -> None:
    assert reference_by_ending(["the", "police", "department"], None, Context(text="Jo Roe met 12 people.\n")) is None


def test_two_bodies_so_named_keep_the_references_three_words() -> None:
    ctx = Context(text="The Ash Police Department and the Elm Police Department met in May.\n")
    assert reference_by_ending(["officers", "and", "the", "police", "department"], None, ctx) \
        == ("the police department", "unresolved")
