"""A firm named by its line of work (`Tallis Midstream`, `Corbel Basin Operating`, `Orrin Metals`: the last word a
trade's, `data/trade_endings.txt`) that opens a list item with its own cue under another party's lead-in speaks for
itself, as a firm with a body's head (`Harlow Water said`) already did (wave 39d); items without their own cue, and
items a person's name opens, keep the lead-in's speaker."""
import pytest

from claims.extract.given_people import trade_name
from extract_rows import cued_rows

LEAD = ("Fenmoor Air Trust surveyed 300 gas flares in the basin, the charity said in a report on Monday.\n\n"
        "The charity sent its results to the five companies with the most faulty flares. Two replied:\n\n")


@pytest.mark.parametrize(("items", "expected"), [
    ("- Corbel Basin Operating said it had relit 14 flares within a week.\n"
     "- Tallis Midstream said 6 of the flares belonged to another company.\n",
     [("Corbel Basin Operating", "organisation", "said", "it had relit 14 flares within a week"),
      ("Tallis Midstream", "organisation", "said", "6 of the flares belonged to another company")]),
    ("- Orrin Metals said it had fitted new igniters at 11 sites.\n",
     [("Orrin Metals", "organisation", "said", "it had fitted new igniters at 11 sites")]),
    ("- Harlow Water said it had relit 14 flares within a week.\n",
     [("Harlow Water", "organisation", "said", "it had relit 14 flares within a week")]),
], ids=["operating-and-midstream", "metals", "a-body-head-as-before"])
def test_a_trade_named_firm_with_its_own_cue_in_an_item_speaks_for_itself(
        items: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(LEAD + items) == [
        ("Fenmoor Air Trust", "organisation", "said", "Fenmoor Air Trust surveyed 300 gas flares in the basin"),
        *expected]


@pytest.mark.parametrize(("items", "expected"), [
    ("- 41 flares were unlit on at least one flight.\n- 9 sites had no pilot light at all.\n",
     [("Fenmoor Air Trust", "organisation", "found", "41 flares were unlit on at least one flight"),
      ("Fenmoor Air Trust", "organisation", "found", "9 sites had no pilot light at all")]),
    ("- Marta Silvano said 9 sites had no pilot light.\n",
     [("Fenmoor Air Trust", "organisation", "found", "Marta Silvano said 9 sites had no pilot light")]),
], ids=["items-without-a-cue", "a-person-opens-the-item"])
def test_items_without_a_trade_named_firm_keep_the_lead_in_speaker(
        items: str, expected: list[tuple[str, str, str, str]]) -> None:
    text = "Fenmoor Air Trust surveyed 300 gas flares in the basin, the charity said.\n\nThe charity found:\n\n" + items
    assert cued_rows(text) == [
        ("Fenmoor Air Trust", "organisation", "said", "Fenmoor Air Trust surveyed 300 gas flares in the basin"),
        *expected]


@pytest.mark.parametrize(("name", "expected"), [
    ("Tallis Midstream", True), ("Wattle Risk Advisory", True), ("Orrin Metals", True), ("Keld Gas", True),
    ("Midstream", False), ("Marta Silvano", False), ("Tallis midstream", False),
], ids=["midstream", "advisory", "metals", "gas", "one-word", "a-person", "lower-case-end"])
def test_trade_name_reads_the_new_trade_endings(name: str, expected: bool) -> None:
    assert trade_name(name) is expected
