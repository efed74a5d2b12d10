"""A yes-or-no question opening a heading on an auxiliary before a name (`Has Meridian paid a ransom?`, `Is Open
Access staffed?`, `Explainer: Are Feedrun's riders employees now?`): the auxiliary is no part of the name, which is
read as the words after it (wave 36a)."""
from __future__ import annotations

import pytest

from claims.extract import extract_text
from claims.extract.entities import find_mentions
from claims.extract.question_openers import question_opener_end

QA = """Harwick Water fined over burst main

Has Harwick Water paid the fine?

Harwick Water said it had paid the £40,000 penalty in full on 3 March.
"""


def names(line: str) -> list[str]:
    """The names read in one line."""
    return [mention.name for mention in find_mentions(line, 0, len(line))]


@pytest.mark.parametrize("line, expected", [
    ("Has Harwick Water paid the fine?", ["Harwick Water"]),
    ("Should Ardley Homes repay its tenants?", ["Ardley Homes"]),
    ("Explainer: Are Brantwood's drivers employees now?", []),  # one word alone names nobody, as anywhere
    ("Will Tanner said the road would close.", ["Will Tanner"]),
    ("Is this the end for Ardley Homes?", ["Ardley Homes"]),
])
def test_a_question_headings_auxiliary_is_no_part_of_the_name(line: str, expected: list[str]) -> None:
    assert names(line) == expected


def test_the_opener_ends_after_the_auxiliary_only_in_a_question() -> None:
    line = "Does Kelby Council own the bridge?"
    assert question_opener_end(line, 0, len("Does Kelby Council")) == len("Does ")
    statement = "Does Kelby Council own the bridge."
    assert question_opener_end(statement, 0, len("Does Kelby Council")) == 0


def test_the_body_named_after_a_question_heading_speaks_below_it() -> None:
    table = extract_text(QA)
    assert list(zip(table["speaker"], table["quote"])) == [
        ("Harwick Water", "it had paid the £40,000 penalty in full on 3 March"),
    ]
