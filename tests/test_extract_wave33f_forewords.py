"""A foreword or message signed off at its end by a name over a post (`Jo Roe` / `Chair`, no dash): the signer is
the voice of its first-person paragraphs, whose cue-less figures are hers, while a cue keeps its own speaker (wave
33f)."""
from __future__ import annotations

from claims.extract import extract_text

FOREWORD = """Fenmoor Rowing Trust
Annual Review 2026

A message from our Chair

This was the busiest year the trust has known. We coached 2,140 young people on the river, up from 1,610.

Our boathouse at Elver Quay reopened in May after a flood repair costing £310,000.

Fenmoor District Council has told us that it will pay for a new slipway.

I want to thank our 90 volunteers, who gave more than 6,000 hours between them.

Harriet Quayle
Chair of Trustees
Fenmoor, June 2026
"""


def rows(text: str) -> list[tuple[str, str]]:
    """The speaker and quote of every row of a text's table."""
    table = extract_text(text)
    return list(zip(table["speaker"], table["quote"]))


def test_a_forewords_figures_are_the_signers_and_its_cues_their_speakers() -> None:
    assert rows(FOREWORD) == [
        ("Harriet Quayle", "We coached 2,140 young people on the river, up from 1,610"),
        ("Harriet Quayle", "Our boathouse at Elver Quay reopened in May after a flood repair costing £310,000"),
        ("Fenmoor District Council", "it will pay for a new slipway"),
        ("Harriet Quayle", "I want to thank our 90 volunteers, who gave more than 6,000 hours between them"),
    ]


def test_a_name_over_a_place_and_date_signs_nothing() -> None:
    unsigned = FOREWORD.replace("Chair of Trustees\n", "")
    assert rows(unsigned) == [("Fenmoor District Council", "it will pay for a new slipway")]
