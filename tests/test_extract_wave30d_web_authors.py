"""A document's author named by its web address after `from` or `by` (wave 30d): `according to the latest rental
report from property website Housefinch.ie`, `A new survey by Rentwise.co.uk found`, as `according to the property
website Homefind.ie` already was (wave 26e). Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the
shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/document_authors: the name after a document's `from` or `by` runs on past a web address's ending
# (`Housefinch.ie`, `Rentwise.co.uk`) where a full stop used to end it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Asking rents rose by 7.9% in the year to June, according to the latest rental report from property website "
     "Housefinch.ie.\n",
     [("Housefinch.ie", "organisation", "according to", "Asking rents rose by 7.9% in the year to June")]),
    ("Asking prices rose by 6.1% in the year to March, according to the latest quarterly report from the property "
     "website Housefinch.ie, which puts the average asking price at €352,400.\n",
     [("Housefinch.ie", "organisation", "according to", "Asking prices rose by 6.1% in the year to March")]),
    ("A new survey by Rentwise.co.uk found that one in four tenants had skipped a meal to pay rent.\n",
     [("Rentwise.co.uk", "organisation", "found that", "one in four tenants had skipped a meal to pay rent")]),
    ("A report from Housefinch.ie shows asking prices rose by 6.1% in the year to March.\n",
     [("Housefinch.ie", "organisation", "shows", "asking prices rose by 6.1% in the year to March")]),
])
def test_author_named_by_web_address(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a full stop that ends the sentence after the name, a company form's stop (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Asking rents rose by 7.9% in the year to June, according to the latest rental report from Housefinch. It covers "
     "9,000 homes.\n",
     [("Housefinch", "organisation", "according to", "Asking rents rose by 7.9% in the year to June"),
      ("Housefinch", "organisation", "according to", "It covers 9,000 homes")]),
    ("Asking rents rose by 7.9% in the year to June, according to the latest rental report from Housefinch Ltd.\n",
     [("Housefinch Ltd", "organisation", "according to", "Asking rents rose by 7.9% in the year to June")]),
])
def test_stop_after_a_name_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
