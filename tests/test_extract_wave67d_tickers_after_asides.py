"""A ticker set apart from its company's name by defined terms or a tagline (wave 67d): `Acme Inc. (the "Company")
(OTC: ACM)`, `Acme Inc., The Sponge People, (OTCBB: ACM)`. Each case is written for this test in our own words about
invented companies."""
from __future__ import annotations

import pytest

from claims.extract import extract_text
from claims.extract.full_names import ticker_names


@pytest.mark.parametrize(("text", "bodies", "expected"), [
    ('Harlow Vane Bancorp (the "Company" or "Harlow Vane") (OTC: HVBC) today reported a profit.',
     ["Harlow Vane Bancorp", "Harlow Vane"], {"HVBC": "Harlow Vane Bancorp"}),
    ("Quillmark Sorbents, Inc., The Absorbent Materials People\u2122, (OTCBB: QMKS) is pleased to announce a deal.",
     ["Quillmark Sorbents"], {"QMKS": "Quillmark Sorbents"}),
    ('Orrin Ferry Lines plc ("Orrin" or "the Group"), the island ferry operator, (LSE: OFL) today said so.',
     ["Orrin Ferry Lines plc", "Orrin"], {"OFL": "Orrin Ferry Lines plc"}),
    ("Corvel Mining Ltd (\u201cCorvel\u201d) (TSX: CVM) said so.",
     ["Corvel Mining Ltd"], {"CVM": "Corvel Mining Ltd"}),
])
def test_a_ticker_names_the_company_before_its_defined_terms_or_tagline(
        text: str, bodies: list[str], expected: dict[str, str]) -> None:
    assert ticker_names(text, bodies) == expected


@pytest.mark.parametrize("text", [
    "Figures from the Tarn Office, published in May. (OTC: TRN) was listed later.",  # a sentence ends between
    "Sales rose (Source: Tarn Office) last year.",  # no exchange's bracket
])
def test_no_body_across_a_sentence_or_without_an_exchange(text: str) -> None:
    assert ticker_names(text, ["Tarn Office"]) == {}


@pytest.mark.parametrize("exchange", ["OTCBB", "OTC Pink", "OTC Markets", "OTCPK"])
def test_the_over_the_counter_boards_are_exchanges(exchange: str) -> None:
    assert ticker_names(f"Pellmar Foods Inc. ({exchange}: PLMF) said so.", ["Pellmar Foods Inc."]) == \
        {"PLMF": "Pellmar Foods Inc."}


def test_the_ticker_s_rows_are_the_company_s() -> None:
    text = ("Harlow Vane Bancorp Reports Higher Income\n\n"
            'DENTMOOR, Ore., Oct. 21, 2026 (WIRE SERVICE) -- Harlow Vane Bancorp (the "Company" or "Harlow Vane") '
            "(OTC: HVBC) today posted net income of $3.1 million for the third quarter.\n\n"
            "HVBC said deposits rose $14.2 million in the quarter.\n")
    rows = extract_text(text)
    assert [(row.speaker, row.speaker_kind) for row in rows.itertuples()] == \
        [("Harlow Vane Bancorp", "organisation"), ("Harlow Vane Bancorp", "organisation")]


@pytest.mark.parametrize(("text", "bodies", "expected"), [
    ("BrightFoam\u00ae Packaging Systems, Inc., The Cushioning Company\u2122, (OTCBB: BFPS) bought a firm.",
     ["Packaging Systems"], {"BFPS": "BrightFoam\u00ae Packaging Systems"}),
    ("Lumora\u2122 Glass Works Ltd (LSE: LGW) said so.", ["Glass Works Ltd"], {"LGW": "Lumora\u2122 Glass Works Ltd"}),
    ("Today Tarn Glass Works Ltd (LSE: TGW) said so.", ["Tarn Glass Works Ltd"], {"TGW": "Tarn Glass Works Ltd"}),
    ("Kelso Glass Works Ltd (LSE: KGW) said so.", ["Glass Works Ltd"], {"KGW": "Glass Works Ltd"}),
])
def test_a_ticker_s_company_takes_the_unread_words_before_its_name(
        text: str, bodies: list[str], expected: dict[str, str]) -> None:
    """A word with a capital inside or a trade-mark sign, which the name reader cannot read, opens the company's
    name; a plain capitalised word the reader left out is left out here too."""
    assert ticker_names(text, bodies) == expected
