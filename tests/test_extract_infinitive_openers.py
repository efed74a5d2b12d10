"""infinitive_openers: an auxiliary in capitals right after `to` opening a run is a slogan's verb, no part of a name
(wave 61f; the real sets' 97th): `calling on voters to: Be Proud of Tarn` names no person `Be Proud`, so a
later `she` is still the mayor. Each text is written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.infinitive_openers import infinitive_opener_end
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "run", "expected"), [
    ("calling on voters to: Be Proud of Tarn", "Be Proud", "Proud"),
    ("asks members to Have Faith in Tarn", "Have Faith", "Faith"),
    ("asks voters to Do Right by Tarn", "Do Right", "Right"),
    ("wrote to Will Tanner", "Will Tanner", "Will Tanner"),
    ("Be Proud of Tarn", "Be Proud", "Be Proud"),
    ("went to Marlow Town", "Marlow Town", "Marlow Town"),
    ('the report, "Waiting to Be Seen," draws', "Be Seen", "Be Seen"),
    # Round 62m (mutation): a title opening the text, a word's first letter read alone, a run of one word
    ("Go to Be Proud of Tarn", "Be Proud", "Be Proud"),
    ("sent by eTarn to: Be Proud of Tarn", "Be Proud", "Proud"),
    ("urging members to Be kind", "Be", "Be"),
])
def test_infinitive_opener_end(text: str, run: str, expected: str) -> None:
    start = text.index(run)
    assert text[infinitive_opener_end(text, start, start + len(run)):start + len(run)] == expected


def test_a_slogan_s_verb_names_no_one_a_later_she_means() -> None:
    text = ("Mayor Ann Tolan is calling on voters to: Be Proud of Tarn Town by voting against the plan.\n\n"
            "She said half of the town's people live outside its boundary.\n")
    assert cued_rows(text) == [("Ann Tolan", "person", "said", "half of the town's people live outside its boundary")]
