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


# speakers/article_bodies: a name of two to four capitalised words read as a person's (no head noun says body:
# `Civic Liberals`, `Kellick Estate`, `Wage Survey Exchange`) that the text writes right after `the` and then ends or
# goes on with a verb (`the Civic Liberals said`, `the Kellick Estate padlocked`, `by the X Exchange.`) is a body: a
# person's name never takes an article. Its rows keep their speaker and take the kind organisation.
@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition parties were split. The Left Greens called it a betrayal, while the Civic Radicals said the cut "
     "was right.\n",
     [("Civic Radicals", "organisation", "said", "the cut was right")]),
    ("The Harwood Independents, whose three members walked out, said the budget was rushed through.\n",
     [("Harwood Independents", "organisation", "said", "the budget was rushed through")]),
    ("Walkers say the owners of the Kellick Estate padlocked two gates in May. Kellick Estate said the path "
     "had never been a public right of way.\n",
     [("Walkers", "organisation", "say", "the owners of the Kellick Estate padlocked two gates in May"),
      ("Kellick Estate", "organisation", "said", "the path had never been a public right of way")]),
])
def test_name_after_article_is_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: a person's name before a noun (`the Ellen Marsh award`), a post read as a name (`The Night-Time
# Economy Adviser`), a name the text writes with an honorific (`Ms Lark`), and a person never written after `the`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ellen Marsh said the bus was full. The Ellen Marsh award was set up in 2010.\n",
     [("Ellen Marsh", "person", "said", "the bus was full")]),
    ("The Night-Time Economy Adviser said 400 venues had closed since 2020.\n",
     [("Night-Time Economy Adviser", "person", "said", "400 venues had closed since 2020")]),
    ("Nadia Lark said the kiln cost \u00a39,000. The gallery named its new room the Nadia Lark. Ms Lark said she was "
     "moved.\n",
     [("Nadia Lark", "person", "said", "the kiln cost \u00a39,000"),
      ("Nadia Lark", "person", "said", "she was moved")]),
    ("Rosa Parks said the bus was full.\n",
     [("Rosa Parks", "person", "said", "the bus was full")]),
])
def test_name_after_article_rule_does_not_fire(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
