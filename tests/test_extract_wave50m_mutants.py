"""Round 50m: mutants mutmut showed unasserted in the functions wave 49 added or changed, and a defect one showed,
each case an invented text with the whole value asserted."""
from __future__ import annotations

import pytest

from tests.extract_rows import rows


# attribution/pointed_messages._given_back (49f): `X said this at ...` after an unclaimed paragraph

@pytest.mark.parametrize("place", ["Leeds", "Leeward"])
def test_a_word_holding_the_givers_surname_is_no_mention_of_the_giver(place: str) -> None:
    """The paragraph before names the giver only if her surname stands there as a word: `Leeds` is no `Lee`."""
    text = ("Ward beds\n\nPatients on the Harlow wards waited nine hours for a bed in May. Many were moved to wards in "
            f"{place}.\n\nDr Tamsin Lee said this at the annual review of the Harlow health service on Thursday.\n")
    assert rows(text) == [("Tamsin Lee", "person", "Patients on the Harlow wards waited nine hours for a bed in May"),
                          ("Tamsin Lee", "person", f"Many were moved to wards in {place}")]


def test_the_givers_surname_as_a_word_in_the_paragraph_before_makes_it_the_writers() -> None:
    """`Dr Lee's visit ...` then `Dr Tamsin Lee said this at ...`: the paragraph tells what the giver did."""
    text = ("Ward beds\n\nDr Lee's visit to the Harlow wards on Monday was her first since patients waited nine hours "
            "for a bed in May.\n\nDr Tamsin Lee said this at the annual review of the Harlow health service.\n")
    assert rows(text) == []
