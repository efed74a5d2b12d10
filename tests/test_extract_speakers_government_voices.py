"""A voice of a government named by a place, the government before the role as its possessive or as a modifier (`The
Kelmar government's spokeswoman said`, `A Kenyan government spokesperson said`): that government speaks, as it does
after `a spokeswoman for the Kelmar government` (wave 48's second read, a defect 48m found; `speakers.voices`,
`place_governments`). Each case is a short text written for this test in our own words about invented parties, and the
whole table it must give as (speaker, speaker_kind, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kelmar government's spokeswoman said the border crossing at Ostrava Gap would reopen on Monday.\n",
     [("Kelmar government", "organisation", "the border crossing at Ostrava Gap would reopen on Monday")]),
    ("A Kelmar government spokeswoman said the border crossing at Ostrava Gap would reopen on Monday.\n",
     [("Kelmar government", "organisation", "the border crossing at Ostrava Gap would reopen on Monday")]),
    ("An Arvenian government spokesman told reporters that 1,200 ferry tickets had been refunded.\n",
     [("Arvenian government", "organisation", "1,200 ferry tickets had been refunded")]),
    ("The Tarsen administration\u2019s spokesperson said grain exports rose 8% in March.\n",
     [("Tarsen administration", "organisation", "grain exports rose 8% in March")]),
])
def test_a_place_governments_voice_is_that_government(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Left as they were: no place (`A government spokesperson`), a government named by its level, a word before the place
# other than an article (`the previous Labour government`): the text's words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("A government spokesperson said the border crossing would reopen on Monday.\n",
     [("a government spokesperson", "unresolved", "the border crossing would reopen on Monday")]),
    ("A federal government spokesperson said the border crossing would reopen on Monday.\n",
     [("a federal government spokesperson", "unresolved", "the border crossing would reopen on Monday")]),
    ("The previous Labour government's spokesman said the border crossing had reopened in 2019.\n",
     [("the previous Labour government's spokesman", "unresolved", "the border crossing had reopened in 2019")]),
])
def test_without_a_place_before_the_government_the_voice_stays_unresolved(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
