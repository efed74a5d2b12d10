"""A collective the text does not name (`A coalition of 14 charities said`): the claim is the collective's."""
from __future__ import annotations

import pytest

from claims.extract.collectives import collective


def read(region: str) -> tuple[str, str] | None:
    """`collective` on a speaker region's words as written and in lower case."""
    raw = region.split()
    return collective(raw, [w.lower() for w in raw])


@pytest.mark.parametrize("region, expected", [
    ("A coalition of 14 charities", ("A coalition of 14 charities", "unresolved")),
    ("An alliance of tenants' groups", ("An alliance of tenants' groups", "unresolved")),
    ("A group of GPs", ("A group of GPs", "unresolved")),  # four words, members named by a plural acronym
    ("A group of GPs,", ("A group of GPs,", "unresolved")),
    ("A group of", None),
    ("A group for GPs", None),
    ("The group of GPs", None),  # `the` points back
    ("A pack of GPs", None),  # no collective noun
    ("A group of Acme Holdings", None),  # a name the text may resolve
    ("A group of Acme Holdings,", None),
])
def test_collective(region: str, expected: tuple[str, str] | None) -> None:
    assert read(region) == expected
