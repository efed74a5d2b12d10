"""People a text describes but never names, as a cue's subject (`Neighbours said`, `But relatives of the victim
said`, `But the residents said`): the claim is kept, unresolved in the text's own words, never an organisation
called `Neighbours` and never a speaker that starts with `But`. A named party after `But` is read as before."""
from __future__ import annotations

import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Neighbours said the scheme had failed.\n", [("Neighbours", "unresolved", "the scheme had failed")]),
    ("Relatives said the home had cut night staff.\n", [("Relatives", "unresolved", "the home had cut night staff")]),
    ("But neighbours of the victim said the scheme had failed.\n",
     [("neighbours of the victim", "unresolved", "the scheme had failed")]),
    ("But the residents said the lifts had been broken for months.\n",
     [("the residents", "unresolved", "the lifts had been broken for months")]),
    ("Yet shoppers said prices had risen by a fifth.\n", [("shoppers", "unresolved", "prices had risen by a fifth")]),
    ("Families Against Fuel Poverty, a charity, said bills would rise by 4% next year.\n",
     [("Families Against Fuel Poverty", "organisation", "bills would rise by 4% next year")]),
    ("But Acme Water said bills would rise by 4% next year.\n",
     [("Acme Water", "organisation", "bills would rise by 4% next year")]),
])
def test_a_described_group_keeps_its_claim_unresolved(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
