"""`claims.extract.speakers.defined_terms`: a bracket of quoted terms after a body's name defines the short reference a
results statement will use (wave 62f: straight single quotes, no `the`, a term's own `or`: `('Group' or 'KV or
Company')`). Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.defined_terms import defined_body, quoted_terms
from extract_rows import cued_rows

STATEMENT = ("Issued by Marlow Tessel Ltd, Leeds\n\nKelvo plc\n\nKelvo plc {bracket} publishes its trading update today.\n\n"
             "Trading in the first quarter\n\nAs the Company reported in its results in June, orders rose by 12% in the "
             "first quarter.\n")
"""A results statement: its PR agency's company, the company's name and bracket, a heading, then `the Company`."""


@pytest.mark.parametrize("bracket", ["('Group' or 'KV or Company')", "('Group' or 'Company')",
                                     "('Kelvo' or 'the Company')", "(\u2018Kelvo\u2019, \u2018the Group\u2019 or "
                                     "\u2018the Company\u2019)"])
def test_the_company_a_bracket_of_quoted_terms_defines(bracket: str) -> None:
    assert cued_rows(STATEMENT.format(bracket=bracket)) == [
        ("Kelvo plc", "organisation", "reported", "in its results in June, orders rose by 12% in the first quarter")]


def test_without_the_bracket_the_company_stays_unresolved() -> None:
    assert cued_rows(STATEMENT.format(bracket="").replace("plc  publishes", "plc publishes")) == [
        ("the Company", "unresolved", "reported", "in its results in June, orders rose by 12% in the first quarter")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelvo plc ('Group' or 'KV or Company') said", [(10, "group"), (10, "kv"), (10, "company")]),
    ("Kelvo plc ('Kelvo', 'the Group') said", [(10, "kelvo"), (10, "group")]),
    ('Kelvo plc ("Kelvo" or "the Company") said', [(10, "kelvo"), (10, "company")]),
    ("Kelvo plc ('Group') said", []),  # one term: the `the` form's reading (DEFINED_TERM_RE) or none
    ("Kelvo plc ('the new Group' or 'Company') said", [(10, "company")]),  # a term of three words defines nothing
    ("Kelvo plc ('group' or 'company') said", []),  # no capital: no defined term
    ("Kelvo plc (Group or Company) said", []),  # no quotation marks
    ("Kelvo plc ('Kelvo Group' or 'Company') said", [(10, "company")]),  # a term of two words, no `the`: none
])
def test_quoted_terms(text: str, expected: list[tuple[int, str]]) -> None:
    assert quoted_terms(text) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Kelvo plc ('Group' or 'KV or Company') said sales rose.", "company", "Kelvo plc"),
    ("Kelvo plc ('Group' or 'KV or Company') said sales rose.", "group", "Kelvo plc"),
    ("Kelvo plc said ('Group' or 'Company') sales rose.", "company", None),  # the bracket follows no body's name
    ("Kelvo plc ('Group' or 'Company') and Harrow plc ('Group' or 'Company') merged.", "company", None),  # two bodies
    ('Kelvo plc (the "Company") said sales rose.', "company", "Kelvo plc"),  # one term, `the` outside its marks
    ('Kelvo plc ("the Group") said sales rose.', "group", "Kelvo plc"),  # one term, `the` inside its marks
    ('Kelvo plc  (the "Company") said sales rose.', "company", "Kelvo plc"),  # two spaces: still right after the name
    ('Kelvo plc   (the "Company") said sales rose.', "company", None),  # three: too far
])
def test_defined_body(text: str, word: str, expected: str | None) -> None:
    assert defined_body(text, word) == expected
