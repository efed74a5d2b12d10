"""Unit cases for wave 36c's extractor parts (what mutation round 36 found unasserted by the wave-36c files): a
one-word regulator's own document (`regulator_documents`); every body and sentence is invented, and each assert is on
a whole value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here, as in the wave-35 mutant cases."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.regulator_documents import regulator_owner

from extract_rows import rows

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


@pytest.mark.parametrize("raw, owner", [
    (["Ofrail\u2019s", "latest", "figures"], ("Ofrail", "inspectorate")),  # a curly apostrophe
    (["(Ofrail's", "latest", "figures)"], ("Ofrail", "inspectorate")),  # the possessive after a bracket
    (["(Ofrail)", "figures", "show", "Dunmore's", "losses"], None),  # a bracketed name with no possessive
    (["Ofrail's", "long", "awaited", "new", "annual", "figures"], None),  # the noun past the phrase's four words
])
def test_regulator_owner(raw: list[str], owner: tuple[str, str] | None) -> None:
    assert regulator_owner(raw, Context(text=" ".join(raw))) == owner


def test_a_list_under_a_quoted_regulator_s_document_is_the_regulator_s() -> None:
    text = ("Dunmore Telecom tops the complaints table\n\n"
            "Dunmore Telecom said it had spent £80 million on its network.\n\n"
            "The main numbers in \u201cOfpost's decision\u201d:\n\n"
            "- The cap on line rental rises by £12 a year\n"
            "- About 3 million homes pay the capped rate\n")
    assert rows(text) == [
        ("Dunmore Telecom", "organisation", "it had spent £80 million on its network"),
        ("Ofpost", "inspectorate", "The cap on line rental rises by £12 a year"),
        ("Ofpost", "inspectorate", "About 3 million homes pay the capped rate"),
    ]
