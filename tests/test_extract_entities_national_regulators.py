"""A national body named by what it regulates and its nation, with no head (`claims.extract.entities.may_regulate`)."""
from __future__ import annotations

import pytest

from claims.extract.entities import may_regulate, org_kind
from tests.extract_rows import rows


@pytest.mark.parametrize("name", ["Food Standards Scotland", "Food Safety Scotland", "Building Safety Wales",
                                  "Water Quality Ireland"])
def test_what_it_regulates_and_its_nation_make_a_regulator(name: str) -> None:
    assert (may_regulate(name), org_kind(name)) == (True, "inspectorate")


@pytest.mark.parametrize("name", [
    "Visit Scotland",            # no word of what it regulates
    "Safety Scotland",           # one word before the nation: too little to tell
    "Food Safety Scotland Ltd",  # the nation does not end the name
    "Scotland Food Safety",      # the nation opens it
])
def test_anything_else_is_no_national_regulator(name: str) -> None:
    assert may_regulate(name) is False


def test_the_watchdog_is_the_national_regulator_the_text_named() -> None:
    text = ("Food Safety Scotland (FSS) has issued a recall notice for six products made by Halden Meats Ltd.\n\n"
            "The watchdog said sampling had found Listeria in a pack of ham.")
    assert rows(text) == [("Food Safety Scotland", "inspectorate", "sampling had found Listeria in a pack of ham")]
