"""A one-word regulator's own document (`Ofrail's latest figures`, `Ofpost's final assessment of the year`): the
regulator speaks through it, never the company the text is about (wave 36c)."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.regulator_documents import regulator_owner

from extract_rows import rows

HEADLINE = "Dunmore Telecom tops the complaints table\n\n"


def test_a_regulator_s_figures_closing_a_lead_are_the_regulator_s() -> None:
    text = HEADLINE + ("Dunmore Telecom drew the most complaints of any provider in the spring, according to Ofrail's "
                       "latest quarterly figures.\n")
    assert rows(text) == [("Ofrail", "inspectorate",
                           "Dunmore Telecom drew the most complaints of any provider in the spring")]


def test_a_regulator_s_assessment_opening_a_sentence_is_the_regulator_s() -> None:
    text = HEADLINE + ("Dunmore Telecom said it had spent £80 million on its network.\n\n"
                       "Ofpost's final assessment of the last five years shows Dunmore Telecom spent £9 million less "
                       "than it was allowed to.\n")
    assert rows(text) == [
        ("Dunmore Telecom", "organisation", "it had spent £80 million on its network"),
        ("Ofpost", "inspectorate", "Dunmore Telecom spent £9 million less than it was allowed to"),
    ]


# The regulator is named without the quotation marks a document's title may stand in (round 36's mutants).
@pytest.mark.parametrize("document", ["Ofpost's decision", "\u201cOfpost's decision\u201d"])
def test_a_list_under_a_regulator_s_document_is_the_regulator_s(document: str) -> None:
    text = HEADLINE + ("Dunmore Telecom said it had spent £80 million on its network.\n\n"
                       f"The main numbers in {document}:\n\n"
                       "- The cap on line rental rises by £12 a year\n"
                       "- About 3 million homes pay the capped rate\n")
    assert rows(text) == [
        ("Dunmore Telecom", "organisation", "it had spent £80 million on its network"),
        ("Ofpost", "inspectorate", "The cap on line rental rises by £12 a year"),
        ("Ofpost", "inspectorate", "About 3 million homes pay the capped rate"),
    ]


def test_the_company_accepting_the_regulator_s_findings_still_speaks() -> None:
    text = HEADLINE + "Dunmore Telecom said it accepted Ofpost's findings and had refunded 4,000 customers.\n"
    assert [row[:2] for row in rows(text)] == [("Dunmore Telecom", "organisation")] * len(rows(text))


@pytest.mark.parametrize("raw, owner", [
    (["Ofrail's", "latest", "figures"], ("Ofrail", "inspectorate")),
    (["the", "headline", "numbers", "from", "Ofpost's", "announcement"], ("Ofpost", "inspectorate")),
    (["Ofrail", "figures"], None),  # no possessive: the modifier rules read it
    (["Offaly's", "latest", "figures"], None),  # a doubled f is no regulator's form
    (["Dunmore's", "latest", "figures"], None),  # not a regulator's name
    (["Ofrail's", "chief", "executive"], None),  # a post, not a document
    (["Ofrail's", "duty", "to", "publish", "reports"], None),  # the document is past the noun phrase
])
def test_regulator_owner(raw: list[str], owner: tuple[str, str] | None) -> None:
    assert regulator_owner(raw, Context(text=" ".join(raw))) == owner
