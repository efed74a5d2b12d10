"""The cue patterns every pass reads (`claims.extract.attribution.patterns`): the cue after a quotation."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import SPEECH_AFTER_RE, SPEECH_VERB_RE
from extract_rows import cued_rows


@pytest.mark.parametrize("after, expected", [
    (", she told MPs.", ("she", None, "told")),
    (", the report concluded.", ("the report", None, "concluded")),
    (", said Jo Roe.", (None, "Jo Roe", "said")),
    (", concluded Jo Roe.", (None, "Jo Roe", "concluded")),
    (", told Jo Roe.", None),          # `told` only after its speaker
    (", she found.", None),            # a finding is no speech
])
def test_the_cue_after_a_quotation(after: str, expected: tuple[str | None, str | None, str] | None) -> None:
    found = SPEECH_AFTER_RE.match(after)
    verb = SPEECH_VERB_RE.search(found.group()) if found else None
    assert ((found.group("who"), found.group("who_after"), verb.group()) if found and verb else None) == expected


# Wave 31a: `agreed with` a count of recommendations is a response that keeps its verb (`the trust agreed with four of
# the recommendations`); `agreed with` a party (`agreed with the bank to repay`), a plan `agreed with the company` and
# `agreed that` (a decision as often as a concession: `The trustees agreed that the shops should stay open`, wave 11)
# report nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Trust runs the marina.\n\n"
     "In its written response, the trust agreed with four of the recommendations.\n",
     [("Harbour Trust", "organisation", "agreed with", "agreed with four of the recommendations")]),
    ("The Harbour Trust runs the marina.\n\nThe trust agreed with all six recommendations.\n",
     [("Harbour Trust", "organisation", "agreed with", "agreed with all six recommendations")]),
])
def test_agreement_as_a_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "The Harbour Trust runs the marina.\n\nThe trust agreed with the bank to repay its loan by 2030.\n",
    "The Harbour Trust runs the marina.\n\nA repair plan agreed with the council runs to 2031.\n",
    "The Harbour Trust runs the marina.\n\nIt was agreed that the board would meet again in May.\n",
])
def test_agreement_that_reports_nothing(text: str) -> None:
    assert cued_rows(text) == []
