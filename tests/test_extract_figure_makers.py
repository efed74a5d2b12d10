"""Figures carried on from a source, then given a maker (wave 68x): the paragraph after `according to X` that the
sentence after it calls `The figures` of a survey by Y is Y's. Each text is invented for this test."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

LEAD = "Rents rose by 4%, according to the Tarn Lettings Board.\n\nWaits for repairs fell by 12%.\n\n"


@pytest.mark.parametrize(("closing", "expected"), [
    ("The figures were drawn from a poll by Orrel Research.\n",
     [("Tarn Lettings Board", "organisation", "according to", "Rents rose by 4%"),
      ("Orrel Research", "organisation", "", "Waits for repairs fell by 12%")]),
    ("These latest numbers come from a study by Orrel Research.\n",
     [("Tarn Lettings Board", "organisation", "according to", "Rents rose by 4%"),
      ("Orrel Research", "organisation", "", "Waits for repairs fell by 12%")]),
    ("The figures were drawn from a poll by the Tarn Lettings Board.\n",
     [("Tarn Lettings Board", "organisation", "according to", "Rents rose by 4%"),
      ("Tarn Lettings Board", "organisation", "according to", "Waits for repairs fell by 12%")]),
    ("A survey by Orrel Research covered other towns.\n",
     [("Tarn Lettings Board", "organisation", "according to", "Rents rose by 4%"),
      ("Tarn Lettings Board", "organisation", "according to", "Waits for repairs fell by 12%")]),
])
def test_carried_figures_go_to_the_maker_named_next(closing: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(LEAD + closing) == expected


def test_the_makers_own_kind_and_paragraphs_one_line_apart() -> None:
    """The maker's own kind, not the source's (an inspectorate); paragraphs a single line break apart (round 69m)."""
    assert cued_rows(LEAD + "The figures were drawn from a poll by the Orrel Care Inspectorate.\n") == [
        ("Tarn Lettings Board", "organisation", "according to", "Rents rose by 4%"),
        ("Orrel Care Inspectorate", "inspectorate", "", "Waits for repairs fell by 12%")]
    assert cued_rows(LEAD.replace("\n\n", "\n") + "Those figures were drawn from a poll by Orrel Research.\n") == [
        ("Tarn Lettings Board", "organisation", "according to", "Rents rose by 4%"),
        ("Orrel Research", "organisation", "", "Waits for repairs fell by 12%")]
