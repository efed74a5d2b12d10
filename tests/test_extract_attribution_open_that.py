"""Lead-ins that lost their colon: a paragraph ending on `<cue> that` right above bullets hands them its subject."""
from __future__ import annotations

import pytest

from claims.extract.attribution.open_that import that_lead_in
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Context
from claims.extract.text import split_blocks

ITEMS = "\n- 12 of 40 contracts had no signed copy;\n- two payments were made twice.\n"


def lead_in(text: str) -> Attribution | None:
    """`that_lead_in` for a text's first paragraph with the one block after it."""
    blocks = split_blocks(text)
    return that_lead_in(text, blocks[0], blocks[1:2], Context(text=text))


@pytest.mark.parametrize("opening, speaker, kind, cue", [
    ("Inspectors found that", "inspectors", "inspectorate", "found that"),
    ("Staff met in May. The same figures show that", "the same figures", "document", "show that"),
    ("The audit ran in May. The same figures show that", "the audit", "document", "show that"),  # 58h: its figures
    ("The same figures  show\tthat", "the same figures", "document", "show that"),  # white space folded in the cue
])
def test_the_cues_subject_speaks_the_bullets_below(opening: str, speaker: str, kind: str, cue: str) -> None:
    assert lead_in(opening + ITEMS) == Attribution(speaker, kind, cue, (), colon=True)


@pytest.mark.parametrize("text", [
    "Inspectors found that\n\n12 of 40 contracts had no signed copy.\n",  # no bullets below
    "Inspectors found that",  # nothing below
    "- Inspectors found that" + ITEMS,  # a bullet itself
    "Inspectors found that the audit was late." + ITEMS,  # `that` is not the last word
    "Tuesday showed that" + ITEMS,  # the subject is no party
    "The inspectors were never told that" + ITEMS,  # `never` before the cue: no report
    "The trustees agreed that" + ITEMS,  # no reporting verb
])
def test_no_lead_in(text: str) -> None:
    assert lead_in(text) is None
