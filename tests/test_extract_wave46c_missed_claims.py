"""Missed claims traced by mechanism (wave 46c). Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order; and the
shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from tests.extract_rows import rows


# attribution/patterns: a title written short with its full stop (`Sgt.`, `Lt.`, `Capt.`, `Det. Insp.`) is part of the
# source an `according to` or an inverted `said` names; its stop ends neither the name nor the sentence.
@pytest.mark.parametrize(("text", "expected"), [
    ("Crash at the ford\n\nTwo riders were hurt near the ford on Sunday, according to Capt. Wynn Tobar, a fire service "
     "spokesman.\n",
     [("Wynn Tobar", "person", "Two riders were hurt near the ford on Sunday")]),
    ("Ferry fares\n\nFares on the night ferry will rise by 4% in May, said Det. Insp. Orla Quent of the harbour "
     "police.\n",
     [("Orla Quent", "person", "Fares on the night ferry will rise by 4% in May")]),
    ("The Millbrook Police Department is looking into a break-in at the depot, according to Lt. Sam Okafor-Reyes.\n",
     [("Sam Okafor-Reyes", "person", "The Millbrook Police Department is looking into a break-in at the depot")]),
])
def test_a_dotted_title_inside_a_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# perfect_auxiliaries: a day word between the subject and the act's verb (`X today reported`, `has today confirmed`)
# belongs to the act's row, as a perfect's auxiliary does.
@pytest.mark.parametrize(("text", "expected"), [
    ("Second-quarter results\n\nBrackwater Forms Inc. today reported net sales of $41.2 million for its second "
     "quarter.\n",
     [("Brackwater Forms Inc.", "organisation", "today reported net sales of $41.2 million for its second quarter")]),
    ("The Orrin Valley Water Board yesterday announced a 6% cut in standing charges for all homes.\n",
     [("Orrin Valley Water Board", "organisation", "yesterday announced a 6% cut in standing charges for all homes")]),
    ("Tessaly Foods has today confirmed the closure of its bakery in Dunmere.\n",
     [("Tessaly Foods", "organisation", "has today confirmed the closure of its bakery in Dunmere")]),
])
def test_a_day_word_before_the_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
