"""Wave 40f: `show` as an event's noun, not a cue (issue 8: no fragments).

`let to the county agricultural show from 12 May` read `show` as figures' verb (`the figures show`) and gave `from 12
May` to the fields before it. A cue `show` or `shows` right before `from`, `at`, `on`, `in` or `will` is a noun, an
event where or when it is held (`cues.not_a_cue`, `SHOW_EVENT_FOLLOWERS`, in small letters in the same sentence);
`Figures from the council show that ...` and `..., the summary shows. In a statement, ...` stay cues.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows


def test_a_show_held_from_a_date_is_no_cue() -> None:
    text = ("Why not move the fair to June?\nThe Harbour Meadows are let to the county agricultural show from 12 May, "
            "and April evenings are too dark for a two-day event.")
    assert cued_rows(text) == []


def test_a_show_held_at_a_place_is_no_cue() -> None:
    text = "The Brindle Guild's spring show at the Corn Hall drew 4,000 visitors, the guild said."
    assert cued_rows(text) == [("Brindle Guild", "organisation", "said",
                                "The Brindle Guild's spring show at the Corn Hall drew 4,000 visitors")]


def test_figures_still_show() -> None:
    text = "Figures from the Brindle Council show that 40 homes stood empty in May."
    assert cued_rows(text) == [("Brindle Council", "organisation", "show that", "40 homes stood empty in May")]


def test_shows_at_a_sentence_end_stays_a_cue() -> None:
    text = ("Among the members, Brindle Mills accounted for 23% of all complaints, the Brindle Guild's summary shows. "
            "In a statement, the mill said it had answered every one.")
    assert cued_rows(text)[0] == ("Brindle Guild", "organisation", "shows",
                                  "Among the members, Brindle Mills accounted for 23% of all complaints")
