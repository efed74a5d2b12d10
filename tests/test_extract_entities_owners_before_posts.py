"""A body's possessive opening a run read as a titled person (`Dunmore County's Public Health Director Alys Penhale`):
the body is a mention of its own before the person, so that `the county` can mean it later (`claims.extract.entities`,
wave 61e)."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention, find_mentions
from tests.extract_rows import rows


@pytest.mark.parametrize("sentence, expected", [
    ("Dunmore County's Public Health Director Alys Penhale says cases rose.",
     [("Dunmore County", "org", True), ("Alys Penhale", "person", False)]),
    ("Harwick City Council\u2019s Fire Chief Ronan Elsby said crews were out.",
     [("Harwick City Council", "org", True), ("Ronan Elsby", "person", False)]),
    ("Public Health Director Alys Penhale says cases rose.",            # no owner
     [("Alys Penhale", "person", False)]),
    ("Jo Roe's Deputy Chief Constable Ann Bell said so.",               # a person owns: no body
     [("Jo Roe", "person", True), ("Ann Bell", "person", False)]),
])
def test_the_owner_is_read_before_the_person(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(m.name, m.kind, m.possessive) for m in find_mentions(sentence, 0, len(sentence))] == expected


def test_the_county_is_the_owner_named_before() -> None:
    text = ("Cases climb after fair week\n\n"
            "Dunmore County's Public Health Director Alys Penhale says her office has traced 19 new cases to the fair.\n\n"
            "The county put its count at 418 on Tuesday after logging 7 new cases.")
    assert rows(text) == [
        ("Alys Penhale", "person", "her office has traced 19 new cases to the fair"),
        ("Dunmore County", "organisation", "put its count at 418 on Tuesday after logging 7 new cases"),
    ]


def test_the_owner_keeps_its_place_in_the_text() -> None:
    """Round 62m (mutation): the owner's and the person's spans are the text's, wherever the run starts."""
    text = "Reports say Dunmore County's Public Health Director Alys Penhale says cases rose."
    assert find_mentions(text, 0, len(text)) == [
        Mention(12, 28, "Dunmore County", "org", True),
        Mention(29, 64, "Alys Penhale", "person", False, "director"),
    ]

