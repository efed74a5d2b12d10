"""`claims.extract.attribution.regulator_acts`: a regulator's act told with no cue (`The Fair Trading Board (FTB) has
banned X's adverts`, `The watchdog has ordered Y to refund customers`, `The board has directed Z to:` and a list) is the
regulator's claim; each case a short text written for this test about invented parties, and the whole table it gives
as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.attribution.regulator_acts import may_act


@pytest.mark.parametrize(("text", "expected"), [
    ("The Fair Trading Board (FTB) has banned a radio campaign by the furniture chain Oakbarrow that promised "
     "\"half-price sofas\".\n\nThe FTB, the advertising regulator, said the chain had sold only 12 sofas at that price.\n",
     [("Fair Trading Board", "inspectorate", "has banned",
       "The Fair Trading Board (FTB) has banned a radio campaign by the furniture chain Oakbarrow that promised "
       "\"half-price sofas\""),
      ("Fair Trading Board", "inspectorate", "said", "the chain had sold only 12 sofas at that price")]),
    ("The Fair Trading Board (FTB), which regulates advertising, said the chain had sold only 12 sofas at that price.\n\n"
     "The regulator has ordered Oakbarrow to refund 340 customers within 30 days.\n",
     [("Fair Trading Board", "inspectorate", "said", "the chain had sold only 12 sofas at that price"),
      ("Fair Trading Board", "inspectorate", "has ordered",
       "The regulator has ordered Oakbarrow to refund 340 customers within 30 days")]),
], ids=["named-lead", "reference-later"])
def test_a_regulators_act_is_its_claim(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_regulators_directions_lead_in_gives_it_the_list() -> None:
    text = ("The Fair Trading Board (FTB), which regulates advertising, said the chain had sold only 12 sofas at that "
            "price.\n\n"
            "The regulator has directed Oakbarrow to:\n\n- refund 340 customers within 30 days;\n"
            "- print its prices in every branch; and\n- report to the board every quarter.\n")
    assert cued_rows(text) == [
        ("Fair Trading Board", "inspectorate", "said", "the chain had sold only 12 sofas at that price"),
        ("Fair Trading Board", "inspectorate", "has directed Oakbarrow to:", "refund 340 customers within 30 days"),
        ("Fair Trading Board", "inspectorate", "has directed Oakbarrow to:", "print its prices in every branch"),
        ("Fair Trading Board", "inspectorate", "has directed Oakbarrow to:", "report to the board every quarter")]


@pytest.mark.parametrize("text", [
    "Oakbarrow has banned smoking in its car parks.\n",
    "The Fair Trading Board (FTB) met on Tuesday.\n\nHas the board banned the adverts?\n",
    "Oakbarrow said the Fair Trading Board (FTB) had banned two of its adverts.\n",
    "The Fair Trading Board (FTB), which regulates advertising, met on Tuesday.\n\n"
    "The fine is the largest the Fair Trading Board has imposed on a retailer.\n",
    "The Fair Trading Board (FTB), which regulates advertising, met on Tuesday.\n\n"
    "Marden's advertising regulator has banned a sofa campaign after national survey data showed buyers who saw it "
    "were twice as likely to complain.\n",
], ids=["company-acts", "question", "reported", "clause-subject", "cued-clause"])
def test_no_regulator_act_is_read(text: str) -> None:
    assert all(row[2] not in ("has banned", "had banned", "has imposed") for row in cued_rows(text))


def test_a_reference_no_regulator_answers_is_no_speaker() -> None:
    text = "Oakbarrow, which sells sofas, said sales rose.\n\nThe regulator has ordered Oakbarrow to refund 340 customers.\n"
    assert cued_rows(text) == [("Oakbarrow", "organisation", "said", "sales rose")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The board has directed Oakbarrow to:", True),
    ("The FTB on Tuesday banned the adverts.", True),
    ("The board met on Tuesday.", False),
], ids=["directed", "banned", "none"])
def test_may_act_is_the_cheap_test(body: str, expected: bool) -> None:
    assert may_act(body) is expected
