"""`The county` as the one county a text names only as a place or an owner (`claims.extract.speakers.county_names`,
wave 61r). Each text is written for this test in our own words about invented parties; each table is the whole
(speaker, quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.entities import Mention, reading_of
from claims.extract.speakers.context import Context
from claims.extract.speakers.references import reference
from claims.extract.speakers.county_names import county_before


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("text", "found"), [
    ("Merrow County's health administrator said. The county said", Mention(0, 13, "Merrow County", "org")),
    ("cases in Merrow County rose. The county said", Mention(9, 22, "Merrow County", "org")),
    ("Merrow County and Lark County met. The county said", None),  # two counties: either
    ("Merrow County Council met. The county said", None),  # a county body with a head of its own
    ("The County said", None),
    ("no county named. The county said", None),
    # Round 62m (mutation): a county named after the reference is not counted; a county body anywhere is read
    ("Merrow County's head said. The county said. Lark County grew.", Mention(0, 13, "Merrow County", "org")),
    ("Merrow County's head said. Merrow County Council met. The county said", None),
])
def test_the_one_county_before_the_reference(text: str, found: Mention | None) -> None:
    assert county_before(text, text.index("The county") if "The county" in text else len(text)) == found


def test_the_county_is_the_one_county_named_as_an_owner() -> None:
    text = ("MERTON - Merrow County's Chief Health Officer Jo Marsh says her team sees no single cause for the rise.\n\n"
            "Late on Monday the county reported 6 more cases, taking its count to 210.\n")
    assert table(text) == [
        ("Jo Marsh", "her team sees no single cause for the rise"),
        ("Merrow County", "reported 6 more cases, taking its count to 210"),
    ]


def test_the_county_stays_unresolved_beside_a_county_council() -> None:
    text = ("Merrow County Council has approved the budget.\n\n"
            "Late on Monday the county reported 6 more cases, taking its count to 210.\n")
    assert table(text) == [("the county", "reported 6 more cases, taking its count to 210")]


# Round 64m (mutation): `the county` read in a sentence counts the counties before that sentence's start; read with no
# sentence, those of the whole text.
_COUNTIES = "Merrow County's head said so. The county said Lark County grew."


@pytest.mark.parametrize(("text", "read", "expected"), [
    (_COUNTIES, (30, 64), ("Merrow County", "organisation")),  # Lark County is named after the sentence opens
    (_COUNTIES, None, ("the county", "unresolved")),  # two counties in the text
    ("Merrow County's head said so. The county said rates rose.", None, ("Merrow County", "organisation")),
])
def test_the_county_is_read_before_the_sentence_being_read(text: str, read: tuple[int, int] | None,
                                                           expected: tuple[str, str]) -> None:
    readings = () if read is None else ((read, reading_of(text, *read)),)
    assert reference(["the", "county"], Context(text=text, readings=readings)) == expected
