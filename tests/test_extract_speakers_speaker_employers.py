"""speakers/speaker_employers: the body a quoted person works for as the text first names them, and `the company`
right after that person spoke; wave 34i: a post written in capitals after the body's name (`Orrin Valves CEO Jo
Roe`, `Tarn Ladders President and CEO Al Key`). Every name and sentence is invented; each assert is on a whole value."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.speakers.speaker_employers import employer_named


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Harbour City Buses chief executive Jo Roe said fares would rise.", "Jo Roe", "Harbour City Buses"),
    ("Orrin Valves CEO Jo Roe has posted an apology.", "Jo Roe", "Orrin Valves"),
    ('"We are sorry," said Tarn Ladders President and CEO Al Key.', "Al Key", "Tarn Ladders"),
    ("Tarn Ladders Chief Executive Officer Al Key said so.", "Al Key", "Tarn Ladders"),
    ("Transport Secretary Al Key said so.", "Al Key", None),  # a post with no body before it
    ("President Al Key said so.", "Al Key", None),
])
def test_employer_named(text: str, person: str, expected: str | None) -> None:
    assert employer_named(text, person) == expected


def test_the_company_after_its_capitalised_chief_executive_spoke_is_his_not_the_body_before() -> None:
    text = ("Tarn Ladders Inc. is recalling 40,000 loft ladders, the Home Safety Commission said on Monday.\n\n"
            "Brill Hinges Ltd, which made the hinges, said it had supplied parts to 12 firms. Brill Hinges said its "
            "own tests had found no fault.\n\n"
            '"We traced the fault to one batch of hinges," said Tarn Ladders President and CEO Al Key.\n\n'
            "The company said about 9,000 of the ladders had been sold through builders' merchants.")
    assert [row for row in rows(text) if "9,000" in row[2]] == [
        ("Tarn Ladders Inc.", "organisation", "about 9,000 of the ladders had been sold through builders' merchants"),
    ]
