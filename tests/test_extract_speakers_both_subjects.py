"""speakers/both_subjects: `Both` opening a joint subject counts the two parties the subject names (wave 61f; the real
sets' 97th): `Both the Harbour Board and the Coast Police said` is the two bodies' claim, as without `Both`; `Both
unions said`, no `and`, stays nobody's. Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.both_subjects import after_both
from extract_rows import cued_rows


@pytest.mark.parametrize(("region", "expected"), [
    ("Both the Harbour Board and the Coast Police", "the Harbour Board and the Coast Police"),
    ("both Jo Roe and Ann Holt", "Jo Roe and Ann Holt"),
    ("Both unions", None),
    ("Bothwell Estates and Ann Holt", None),
    ("The Harbour Board and the Coast Police", None),
])
def test_after_both_is_the_joint_subject(region: str, expected: str | None) -> None:
    found = after_both(region + " said", 0, len(region))
    assert (region[found:] if found is not None else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Both the Harbour Board and the Coast Police said that 58 people had died on the roads by June.\n",
     [("Harbour Board and the Coast Police", "organisation", "said that", "58 people had died on the roads by June")]),
    ("Both Jo Roe and Ann Holt said crashes rose by 12% this year.\n",
     [("Jo Roe and Ann Holt", "person", "said", "crashes rose by 12% this year")]),
    ("Crashes rose by 12% this year, both the Harbour Board and the Coast Police said.\n",
     [("Harbour Board and the Coast Police", "organisation", "said", "Crashes rose by 12% this year")]),
    ("Both unions said that pay fell by 4%.\n", []),
])
def test_both_before_a_joint_subject(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("region", "after", "expected"), [
    ("Both Jo Roe and Ann Holt", " said both towns grew", "Jo Roe and Ann Holt"),  # a later `both` is not read
    ("Both unions", " said pay and hours fell", None),  # nor a later `and`
])
def test_after_both_reads_the_region_only(region: str, after: str, expected: str | None) -> None:
    """Round 62m (mutation): the words after the region's end are no part of its subject."""
    found = after_both(region + after, 0, len(region))
    assert (region[found:] if found is not None else None) == expected
