"""A cue's participle after `be` and a short adverb is a passive: what is expected opens the sentence, and the name in
it never speaks (wave 61d). Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.adverb_passives import adverb_passive
from extract_rows import rows

RELEASE = ("Halvern Borough Council\n\nNews release: budget update\n\n"
           "The refurbishment of Brackmoor Leisure Centre is now expected to cost £1.6m.\n")


def test_a_name_before_a_passive_with_an_adverb_does_not_speak() -> None:
    assert rows(RELEASE) == [("Halvern Borough Council", "organisation",
                              "The refurbishment of Brackmoor Leisure Centre is now expected to cost £1.6m")]
    # before: Brackmoor Leisure Centre (organisation) "expected to cost £1.6m"


def test_a_reporting_subject_still_speaks() -> None:
    text = "The Rexley Fund now expects the overspend to fall to £2m.\n"
    assert rows(text) == [("Rexley Fund", "organisation", "expects the overspend to fall to £2m")]


@pytest.mark.parametrize(("before", "word", "passive"), [
    ("was now", "forecast", True),
    ("is also", "expected", True),
    ("are still", "projected", True),
    ("were not", "expected", True),
    ("Is Now", "expected", True),  # the case of the words is no matter
    ("is now", "warning", False),  # the progressive reports
    ("has now", "said", False),  # a perfect, not a passive
    ("was widely", "expected", False),  # an adverb in -ly is read by cues.not_a_cue itself
    ("now", "expected", False),
    ("", "expected", False),
])
def test_be_then_a_short_adverb_then_a_participle(before: str, word: str, passive: bool) -> None:
    assert adverb_passive(before.split(), word) == passive
