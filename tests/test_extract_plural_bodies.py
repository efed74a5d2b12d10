"""Common words closing on a body's plural head describe several bodies (`claims.extract.speakers.plural_bodies`,
wave 61r): a headline's `Other Nearby Departments` rivals no one for `the department`. Each text is written for
this test in our own words about invented parties; each table is the whole (speaker, quote) list the text gives."""
import pytest

from claims import extract_text
from claims.extract.speakers.plural_bodies import describes_several
from claims.extract.speakers.registry import NameRegistry


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("name", "noun", "several"), [
    ("Nearby Departments", "department", True),
    ("Local Councils", "council", True),
    ("Dunmore Fire Department", "department", False),  # one body's name
    ("Departments", "department", False),  # a bare plural is no name at all
    ("Dunmore Departments", "department", False),  # a name's word before the plural
    ("Nearby Departments", "council", False),  # another head
    ("Other Nearby Departments", "department", True),  # round 62m: three words, the plural last
    ("Other Dunmore Departments", "department", False),  # a name's word in the middle
])
def test_common_words_closing_on_a_plural_head(name: str, noun: str, several: bool) -> None:
    assert describes_several(name, noun) is several


@pytest.mark.parametrize(("names", "rivals"), [
    (["Dunmore Fire Department", "Nearby Departments"], False),  # a headline's plural: several, described
    (["Dunmore Fire Department", "Tarrow Fire Department"], True),
    (["Dunmore Fire Department", "Dunmore Departments"], True),  # a name's word before the plural: kept
])
def test_a_plural_description_is_no_rival_for_the_department(names: list[str], rivals: bool) -> None:
    registry = NameRegistry()
    for name in names:
        registry.register_org(name, "organisation")
    assert registry.rival_bodies("department") is rivals


def test_the_department_is_the_one_named_beside_a_headline_s_plural() -> None:
    text = ("Dunmore Fire Department, Other Nearby Departments, Put Out Barn Blaze\n\n"
            "DUNMORE - Crews from Dunmore Fire Department and two nearby departments stopped a barn blaze on Elm "
            "Road late on Sunday, the Dunmore Fire Department said.\n\n"
            "\u201cShortly after 9pm, Dunmore Fire Department took a call about smoke at a farm on Elm Road,\u201d "
            "the fire department said. \u201cThe first engine found the hay store well alight.\u201d\n")
    assert table(text) == [
        ("Dunmore Fire Department", "Crews from Dunmore Fire Department and two nearby departments stopped a barn "
                                    "blaze on Elm Road late on Sunday"),
        ("Dunmore Fire Department", "Shortly after 9pm, Dunmore Fire Department took a call about smoke at a farm on "
                                    "Elm Road"),
        ("Dunmore Fire Department", "The first engine found the hay store well alight."),
    ]
