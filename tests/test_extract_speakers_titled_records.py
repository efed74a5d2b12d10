"""speakers/titled_records: a record's title after a body's possessive pronoun as the subject of a cue (`Its Heat
Outlook 2027 finds that:`) is the body `its` means, for the sentence and the items under a lead-in, never the title
read as a person's name and left unresolved (wave 36b; p1074, beside p109, p174, p697, p1190 read right before).
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Homes in Tolbury will need 9,000 more heat pumps by 2030, according to the Fenmoor Energy Institute.\n\n"
     "The institute said its central projection put demand at 4.1 terawatt hours in 2030.\n\n"
     "Its Heat Outlook 2027 finds that:\n\n"
     "- gas boilers will still heat 61 per cent of homes by 2030; and\n"
     "- district heating will supply 4 per cent of demand.\n",
     [("Fenmoor Energy Institute", "organisation", "according to",
       "Homes in Tolbury will need 9,000 more heat pumps by 2030"),
      ("Fenmoor Energy Institute", "organisation", "said",
       "its central projection put demand at 4.1 terawatt hours in 2030"),
      ("Fenmoor Energy Institute", "organisation", "finds that", "gas boilers will still heat 61 per cent of homes by 2030"),
      ("Fenmoor Energy Institute", "organisation", "finds that", "district heating will supply 4 per cent of demand")]),
    ("The Fenmoor Energy Institute said demand would rise by a fifth.\n\n"
     "Its annual Heat Outlook shows that 61 per cent of homes still burn gas.\n",
     [("Fenmoor Energy Institute", "organisation", "said", "demand would rise by a fifth"),
      ("Fenmoor Energy Institute", "organisation", "shows that", "61 per cent of homes still burn gas")]),
])
def test_pronoun_owned_title_speaks_as_its_owner(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
