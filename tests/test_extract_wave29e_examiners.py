"""`the regulator` or `the watchdog` the text names (wave 29e). Each case is a short text written for this test in our
own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/regulating_bodies: `the regulator` no other rule resolves is the one body the text shows regulating: a
# regulator known by one word (`Ofrail approved the timetable.`), or a name set off before `, which regulates`,
# `, which audits`, `, which licenses` (`Tarn Waters Board, which regulates the quarry's permit, confirmed`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Coastway Radio will close on Friday.\n\n"
     "Ofrail approved the new timetable last month. The regulator said the change still met its rules.\n",
     [("Ofrail", "inspectorate", "said", "the change still met its rules")]),
    ("Dust complaints rose to 90 last year, residents said.\n\n"
     "The Tarn Waters Board, which regulates the quarry's permit, confirmed it had received more reports. "
     "A spokesperson for the regulator said its officers had visited the site 12 times.\n",
     [("residents", "unresolved", "said", "Dust complaints rose to 90 last year"),
      ("Tarn Waters Board", "inspectorate", "confirmed", "confirmed it had received more reports"),
      ("Tarn Waters Board", "inspectorate", "said", "its officers had visited the site 12 times")]),
])
def test_reference_is_the_body_shown_regulating(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/references: a field before `watchdog` or `regulator` (`the data watchdog`, `the rail regulator`) that the
# inspectorate's own name does not write still means the inspectorate the text has named.
@pytest.mark.parametrize(("text", "expected"), [
    ("Shops must tell customers when cameras record them, the Privacy Commissioner's Office has said.\n\n"
     "In guidance published on Monday, the data watchdog said many shops kept footage too long.\n",
     [("Privacy Commissioner's Office", "inspectorate", "said", "Shops must tell customers when cameras record them"),
      ("Privacy Commissioner's Office", "inspectorate", "said", "many shops kept footage too long")]),
])
def test_field_before_examiner_noun_keeps_the_examiner(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: no body shown regulating (the reference stays the text's words); two bodies shown regulating (either
# may be meant); a company named before `the regulator` is never it; `which` after a name that does not regulate.
@pytest.mark.parametrize(("text", "expected"), [
    ("The charity sent the findings to the regulator last week. The regulator said it was assessing the report.\n",
     [("the regulator", "inspectorate", "said", "it was assessing the report")]),
    ("Ofrail approved the timetable and Ofpost approved the stamps. The regulator said both met its rules.\n",
     [("the regulator", "inspectorate", "said", "both met its rules")]),
    ("Brindle Water was told to cut leaks last year. The regulator said the company had missed its target.\n",
     [("the regulator", "inspectorate", "said", "the company had missed its target")]),
    ("Brindle Water, which supplies 90,000 homes, missed its target. The regulator said leaks had risen.\n",
     [("the regulator", "inspectorate", "said", "leaks had risen")]),
])
def test_no_regulating_body_leaves_the_reference(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a one-word regulator beside another body the text shows fining leaves `the regulator` unnamed.
def test_a_second_fining_body_leaves_the_reference() -> None:
    text = ("Coastway Radio was fined by Ofrail. Brindle Water was fined £9,000 by Tarnwatch.\n\n"
            "The regulator said both had missed deadlines.\n")
    assert cue_rows(text) == [("the regulator", "inspectorate", "said", "both had missed deadlines")]
