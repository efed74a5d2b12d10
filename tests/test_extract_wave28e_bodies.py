"""Bodies read as people, and names cut at their opening word (wave 28e). Each case is a short text written for this
test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows, in text order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/cut_openings: a body's name whose opening word the name reader cut (a nationality read as a trap, a
# sentence opener, a word before one read as a title) is read whole when the text names the whole run as one body:
# its initials in brackets right after it, or the run again with a company's legal form.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Irish Film Producers (IFP) said the tax credit should rise to 40%.\n",
     [("Irish Film Producers", "organisation", "said", "the tax credit should rise to 40%")]),
    ("Ministers published the plan on Monday.\n\n"
     "The American Red Cross (ARC) said its shelters had taken in 900 people.\n",
     [("American Red Cross", "organisation", "said", "its shelters had taken in 900 people")]),
    ("The college said 40 posts would go. The Further Education Tutors' Union (FETU) said it would ballot members.\n",
     [("the college", "unresolved", "said", "40 posts would go"),
      ("Further Education Tutors' Union", "organisation", "said", "it would ballot members")]),
    ("Lisnagry Rock Products Ltd had asked to deepen the pit at Arnmoor.\n\n"
     "Lisnagry Rock Products said it would appeal the refusal.\n",
     [("Lisnagry Rock Products", "organisation", "said", "it would appeal the refusal")]),
])
def test_cut_opening_read_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: letters that spell only the name read (`Brenwick Water (BW)` after a sentence's opener), a run with
# no letters nor legal form after it (`The Irish Film Producers said`: left as it was), and a legal form that follows
# only the name read (`Rock Products Ltd ... Meanwhile Rock Products said`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Additionally Brenwick Water (BW) said bills would rise by 4%.\n",
     [("Brenwick Water", "organisation", "said", "bills would rise by 4%")]),
    ("The Irish Film Producers said the tax credit should rise to 40%.\n",
     [("Film Producers", "person", "said", "the tax credit should rise to 40%")]),
    ("Rock Products Ltd had asked to deepen the pit.\n\n"
     "Meanwhile Rock Products said it would appeal the refusal.\n",
     [("Rock Products", "person", "said", "it would appeal the refusal")]),
])
def test_cut_opening_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
