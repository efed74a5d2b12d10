"""A body named after its description (wave 28g). Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order;
and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/described_names: the description before a body's name may hold a possessive of the people it serves
# (`the victims' charity X`, `the children's charity X`), and a sentence may open on the description's first word
# (`App analytics firm X said`): the one-word name after it speaks, as `the charity X said` already did.
@pytest.mark.parametrize(("text", "expected"), [
    ("The victims' charity Lanternhold said its caseworkers had supported 1,200 people last year.\n",
     [("Lanternhold", "organisation", "said", "its caseworkers had supported 1,200 people last year")]),
    ("The tenants' group Damproof said repairs took an average of nine months to start.\n",
     [("Damproof", "organisation", "said", "repairs took an average of nine months to start")]),
    ("The children\u2019s charity Brightwick said 40% of the families it helped had skipped meals.\n",
     [("Brightwick", "organisation", "said", "40% of the families it helped had skipped meals")]),
    ("App analytics firm Tallyscope said downloads of the game fell by 12% in May.\n",
     [("Tallyscope", "organisation", "said", "downloads of the game fell by 12% in May")]),
    ("Mental health charity Quietwater said its helpline took 9,000 calls in March.\n",
     [("Quietwater", "organisation", "said", "its helpline took 9,000 calls in March")]),
])
def test_name_after_its_description_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a description with no capitalised name after it names no one (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("The victims' charity said its caseworkers had supported 1,200 people last year.\n",
     [("the victims charity", "unresolved", "said", "its caseworkers had supported 1,200 people last year")]),
    ("Mental health charity workers said waiting lists had doubled since 2020.\n",
     []),
])
def test_description_without_a_name_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
