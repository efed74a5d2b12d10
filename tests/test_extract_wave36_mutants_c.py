"""Unit cases for wave 36c's extractor parts (what mutation round 36 found unasserted by the wave-36c files): a
one-word regulator's own document (`regulator_documents`; the list under a quoted title is in its own file); every
body and sentence is invented, and each assert is on a whole value: a function's whole return value.

The caches of `claims.extract` are cleared before each case here, as in the wave-35 mutant cases."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.regulator_documents import regulator_owner


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


@pytest.mark.parametrize("raw, owner", [
    (["Ofrail\u2019s", "latest", "figures"], ("Ofrail", "inspectorate")),  # a curly apostrophe
    (["(Ofrail's", "latest", "figures)"], ("Ofrail", "inspectorate")),  # the possessive after a bracket
    (["(Ofrail)", "figures", "show", "Dunmore's", "losses"], None),  # a bracketed name with no possessive
    (["Ofrail's", "long", "awaited", "new", "annual", "figures"], None),  # the noun past the phrase's four words
])
def test_regulator_owner(raw: list[str], owner: tuple[str, str] | None) -> None:
    assert regulator_owner(raw, Context(text=" ".join(raw))) == owner
