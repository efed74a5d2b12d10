"""A body weighing its decision as a lead-in (`the Board considered that:`, `Having considered the evidence, the Panel:`):
the items below are the body's."""
from __future__ import annotations

import pytest

from claims.extract import extract_text
from claims.extract.attribution.deliberations import deliberation_lead_in
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Context


def lead_in(text: str) -> Attribution | None:
    """`deliberation_lead_in` for a text that is one colon lead-in."""
    return deliberation_lead_in(text, (0, len(text)), Context(text=text))


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("In reaching its decision Marlow Foods considered, among other things, that:", "Marlow Foods", "considered that"),
    ("Marlow Foods has taken into account that:", "Marlow Foods", "has taken into account that"),
    ("Marlow Foods  took\tinto account that:", "Marlow Foods", "took into account that"),  # white space folded
    ("Having considered the evidence, the Fenbury Racing Board:", "Fenbury Racing Board", "having considered the evidence"),
])
def test_the_body_that_weighs_its_decision_speaks_the_items(sentence: str, speaker: str, cue: str) -> None:
    assert lead_in(sentence) == Attribution(speaker, "organisation", cue, (), colon=True)


@pytest.mark.parametrize("sentence", [
    "Marlow Foods considered the offer:",  # no `that`: what it weighed, not what it holds
    "Marlow Foods considered that the offer was low.",  # no colon: a claim of its own, read elsewhere
    "Tuesday was considered that:",  # the subject is no party
    "Having considered the evidence, on Tuesday:",  # no party after the opening phrase
    "Having said that, the Fenbury Racing Board:",  # no weighing verb
])
def test_no_lead_in(sentence: str) -> None:
    assert lead_in(sentence) is None


BOARD = """Marlow Foods plc ("Marlow" or "the Company") today announces that it has rejected a proposal from Birch Capital.

The Board has carefully evaluated the proposal and has rejected it. In reaching its decision the Board considered, \
among other things, that:

• the proposal values the Company at just 5.2 times its earnings;
• sales grew by 4.1% in 2026; and
• the Company has cut its net debt by £20 million.
"""

PANEL = """The Licensing Panel of the Fenbury Racing Board met on Tuesday to hear the case of trainer Sam Tull.

Having considered the evidence, the Panel:

- fined Mr Tull €2,000;
- disqualified the horse from second place; and
- ordered that the prize money be paid to the other owners.
"""


def rows(text: str) -> list[tuple[str, str]]:
    """The speaker and quote of every row of a text's table."""
    table = extract_text(text)
    return list(zip(table["speaker"], table["quote"]))


def test_a_boards_reasons_below_its_lead_in_are_its_claims() -> None:
    assert rows(BOARD) == [
        ("Marlow Foods plc", "it has rejected a proposal from Birch Capital"),
        ("Marlow Foods plc", "the proposal values the Company at just 5.2 times its earnings"),
        ("Marlow Foods plc", "sales grew by 4.1% in 2026"),
        ("Marlow Foods plc", "the Company has cut its net debt by £20 million"),
    ]


def test_a_panels_decisions_below_its_lead_in_are_its_claims() -> None:
    assert rows(PANEL) == [
        ("Licensing Panel of the Fenbury Racing Board", "fined Mr Tull €2,000"),
        ("Licensing Panel of the Fenbury Racing Board", "disqualified the horse from second place"),
        ("Licensing Panel of the Fenbury Racing Board", "ordered that the prize money be paid to the other owners"),
    ]
