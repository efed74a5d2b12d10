"""A body registered by its opening word only is no `department` of its own
(`claims.extract.speakers.fuller_bodies`, wave 61r): `the department` means the body the text names in full from that
word. Each text is written for this test in our own words about invented parties; each table is the whole
(speaker, quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.entities import Mention
from claims.extract.speakers.fuller_bodies import fuller_body

NAMED = [Mention(0, 9, "Dunmore", "org"), Mention(40, 67, "Dunmore Police Department", "org")]


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("short", "noun", "named", "found"), [
    ("Dunmore", "department", NAMED, NAMED[1]),
    ("Dunmore", "council", NAMED, None),  # no body of that head opens on the short name
    ("Dunmore Council", "council", NAMED, None),  # the short name has the head itself
    ("Dunmore", "department", [*NAMED, Mention(80, 103, "Dunmore Fire Department", "org")], None),  # either
    ("Dun", "department", NAMED, None),  # a word's part is no opening word
])
def test_the_one_fuller_body_of_the_reference_s_head(short: str, noun: str, named: list[Mention],
                                                     found: Mention | None) -> None:
    assert fuller_body(short, noun, named) == found


LEAD = ("NEWS > LOCAL\n\n"
        "Dunmore police say school-zone cameras are slowing drivers down. Critics say they are slowing down wallets.\n\n"
        "By Jo Marsh | The Dunmore Courier\n"
        "{stamp}"
        "DUNMORE, Wash. - A year after the Dunmore Police Department switched on speed cameras in four school zones, "
        "the share of drivers going more than 10 mph over the limit has fallen by half, according to a report the "
        "department presented to the City Council's safety committee Monday.\n\n"
        "The program brought in about $2.1 million in fines, of which $0.8 million went to the camera vendor, the "
        "department said.\n")
ROWS = [
    ("Dunmore", "school-zone cameras are slowing drivers down"),
    ("Critics", "they are slowing down wallets"),
    ("Dunmore Police Department", "A year after the Dunmore Police Department switched on speed cameras in four "
                                  "school zones, the share of drivers going more than 10 mph over the limit has "
                                  "fallen by half"),
    ("Dunmore Police Department", "The program brought in about $2.1 million in fines, of which $0.8 million went to "
                                  "the camera vendor"),
]


@pytest.mark.parametrize("stamp", ["\n", "Published Oct. 2, 2027, 6:10 a.m. PT\n\n"])
def test_the_department_is_the_full_name_a_headline_s_short_name_opens(stamp: str) -> None:
    assert table(LEAD.format(stamp=stamp)) == ROWS  # a zone's letters after the stamp's time are no body (61r)
