"""A union's branch named after its employer (`claims.extract.union_branches`)."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.union_branches import union_letters_end
from tests.extract_rows import rows


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text, 0, len(text))]


@pytest.mark.parametrize("text, run_end, expected", [
    ("UCU Northgate University branch said", 24, 3),
    ("GMB Halden Foods Ltd branch", 20, 3),
    ("NUJ Tarnside Media chapel", 18, 3),
    ("NUJ Tarnside Media group chapel", 18, 0),   # `chapel` is not right after the name
])
def test_the_letters_before_an_employer_and_branch_end_where_the_union_does(text: str, run_end: int,
                                                                            expected: int) -> None:
    assert union_letters_end(text, 0, run_end) == expected


@pytest.mark.parametrize("text", [
    "UCU Wales branch",                       # the union's own region: one word after the letters
    "UCU Northgate University said",          # no branch after the run
    "Unison Northgate Council branch",        # no letters in capitals
    "Northgate University branch",            # no union's letters
])
def test_anything_else_keeps_its_whole_run(text: str) -> None:
    end = text.find(" branch") if " branch" in text else text.find(" said")
    assert union_letters_end(text, 0, end) == 0


def test_a_branch_header_names_the_union_and_leaves_the_employer_its_own_name() -> None:
    assert _names("UCU Northgate University branch – press release\n\nStaff at Northgate University voted.") \
        == ["UCU", "Northgate University"]


def test_the_employer_speaks_as_itself_in_a_union_branch_release() -> None:
    text = ("UCU Northgate University branch – press release\n\n"
            "Members of the University and College Union (UCU) at Northgate University have voted to strike.\n\n"
            "In a statement, a Northgate University spokesperson said the university had a deficit of £4m.")
    assert rows(text)[-1] == ("Northgate University", "organisation", "the university had a deficit of £4m")
