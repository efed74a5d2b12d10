"""Wave 48w: development's wrong speakers, traced to the step that chose them.

A name the text sets beside a company's trade (`Harbour Vision, the publicly owned broadcaster,`) was read as a
person's, or as no body at all: `its annual report` then fell back on the first body the text names anywhere, even one
named paragraphs later (a critic's group). `entities.APPOSED_TRADES` (the trades of `data/trade_descriptors.txt` that
only a company plies) describe a body after its name as the nouns of `data/org_references.txt` do; a trade a person
may ply alone (`Jo Roe, the publisher,`) never does.

A voice for a body's letters (`A VA spokesperson`, `a spokesperson for the VA`) went to the first body whose name
opens on them (`VA Office of Inspector General`): letters the text gave a body in brackets are that body
(`references.first_words_of`).

A run of capitalised common words closing on `Finding` (`an Adverse Analytical Finding`, `Key Findings`) was read as a
person's name, so `He said` meant it: `finding(s)` joins `data/common_run_heads.txt`."""
from __future__ import annotations

import pytest

from claims.extract.entities import APPOSED_TRADES, PERSON_TRADES, classify, is_described_body
from tests.extract_rows import rows


def test_a_documents_its_is_the_company_described_by_its_trade() -> None:
    text = ("Harbour Vision, the publicly owned broadcaster, has defended its budget after its annual report revealed "
            "that it commissioned 12% fewer hours of comedy last year.\n\n"
            "The Screen Makers' Guild, which represents 300 production companies, said its members had received 40 "
            "fewer commissions.")
    assert rows(text) == [
        ("Harbour Vision", "organisation", "it commissioned 12% fewer hours of comedy last year"),
        ("Screen Makers' Guild", "organisation", "its members had received 40 fewer commissions"),
    ]


def test_a_company_described_by_its_trade_speaks_as_a_body() -> None:
    text = "Harbour Vision, the publicly owned broadcaster, said it had cut comedy hours by 12%."
    assert rows(text) == [("Harbour Vision", "organisation", "it had cut comedy hours by 12%")]


@pytest.mark.parametrize("trade", ["broadcaster", "homebuilder", "outsourcer", "conglomerate"])
def test_a_trade_after_a_name_describes_a_body(trade: str) -> None:
    assert is_described_body(f"Tarnwick Mills, the family-owned {trade}, said profits fell.", "Tarnwick Mills")


def test_a_trade_a_person_may_ply_describes_no_body() -> None:
    assert not is_described_body("Tarnwick Mills, the publisher, said sales fell.", "Tarnwick Mills")


def test_the_trades_after_a_name_are_the_company_trades_only() -> None:
    assert PERSON_TRADES <= {"miner", "publisher", "supplier", "owner", "rival", "brewer", "distiller", "haulier"}
    assert APPOSED_TRADES.isdisjoint(PERSON_TRADES) and {"broadcaster", "retailer", "airline"} <= APPOSED_TRADES


@pytest.mark.parametrize("lead", ["A VA spokesperson said", "A spokesperson for the VA said"])
def test_a_voice_for_letters_is_the_body_they_were_given_to(lead: str) -> None:
    text = ("The Department of Veterans Affairs (VA) runs the clinic. The VA Office of Inspector General found that "
            f"40 veterans waited more than a month.\n\n{lead} no employee had falsified records.")
    assert rows(text) == [
        ("VA Office of Inspector General", "inspectorate", "40 veterans waited more than a month"),
        ("Department of Veterans Affairs", "organisation", "no employee had falsified records"),
    ]


def test_a_voice_for_a_short_name_is_still_the_body_it_opens() -> None:
    text = ("Voltaire Energy said prices would rise. A Voltaire spokesperson said 40 staff had left.")
    assert rows(text) == [("Voltaire Energy", "organisation", "prices would rise"),
                          ("Voltaire Energy", "organisation", "40 staff had left")]


def test_he_is_never_a_term_of_art_ending_in_finding() -> None:
    text = ("Orrin Vale was notified of an Adverse Analytical Finding on 30 April. He said he had used the same "
            "product for two years.")
    assert rows(text) == [("Orrin Vale", "person", "he had used the same product for two years")]


@pytest.mark.parametrize("run, expected", [("Adverse Analytical Finding", None), ("Key Findings", None),
                                           ("Orrin Vale", "person")])
def test_a_run_of_common_words_ending_in_finding_is_no_person(run: str, expected: str | None) -> None:
    found = classify(run, 0)
    assert (found.kind if found is not None else None) == expected
