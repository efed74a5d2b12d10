"""An office held in a named body or place: its holder is a person, and a later bare role means that person."""
from __future__ import annotations

import pytest

from claims.extract.offices import office_of_body, role_opening_sentence


@pytest.mark.parametrize("clause, expected", [
    ("Convener of Ashby", True),
    ("Convener of Ashby harbour", True),
    ("Convener of the Harbour", True),
    ("Vice-Convener of the Harbour Board", True),
    ("Deputy Acting Convener of the Harbour Board", True),
    ("Deputy Acting Lord Convener of the Harbour Board", False),  # four words before `of`: no office
    ("Convener Harbour Board", False),  # no `of` or `for`
    ("Convener of", False),
    ("Convener of the", False),
    ("Convener of harbours", False),
    ("Deputy Convener of the harbour board", False),  # no name after `of the`
])
def test_office_of_body(clause: str, expected: bool) -> None:
    assert office_of_body(clause) is expected


def opening(text: str, start: int = 0) -> str:
    """The role of the sentence that ends at the text's first comma after `Senior`/`coroner`."""
    return role_opening_sentence(text, start, text.index(",", text.lower().index("coroner")))


@pytest.mark.parametrize("text, expected", [
    ("Senior coroner for North Wessex, Amy Lowe, wrote.", "coroner"),
    ("Ann Roe spoke. It rained. Senior coroner for North Wessex, Amy Lowe, wrote.", "coroner"),
    ("Intro\nit rained\nSenior coroner for North Wessex, Amy Lowe, wrote.", "coroner"),
    ("Senior coroner for North Wessex, Amy Lowe, wrote.\nShe said more.", "coroner"),
    ("Senior coroner for the county of North Wessex, Amy Lowe, wrote.", "coroner"),  # eight words
    ("Senior coroner for the county of North Wessex and Tyne, Amy Lowe, wrote.", ""),  # nine words
    ("Acting Senior coroner for North Wessex, Amy Lowe, wrote.", "coroner"),  # the role third
    ("Old North Wessex Acting coroner for the county, Amy Lowe, wrote.", ""),  # the role fifth
    ("Former acting coroner for North Wessex, Amy Lowe, wrote.", ""),  # a lower-case word before the role
    ("Senior coroner for, Amy Lowe, wrote.", ""),  # nothing after `for`
    ("the coroner for North Wessex, Amy Lowe, wrote.", ""),
])
def test_role_opening_sentence(text: str, expected: str) -> None:
    assert opening(text) == expected
