"""Wave 55a: a document made for a party with no maker named speaks as that party when the party puts out the text
itself or the text says it published the document (the corpus README's documents made for someone, wave 51y).

`speakers.regions.made_for_publisher` reads the subject before the clause reader, which took the partner named last
in the aside (`carried out for the charity and its partner X`: X) or a body met before (`The auditors ...`, then
`The independent visitor survey, carried out for us in June, found`: the auditors). Development p1108 and p1283.
Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows


def test_made_for_the_publisher_and_its_partner() -> None:
    text = ("Half of cyclists have had a near miss with a car in the past year, according to a survey published today "
            "by the cycling charity Safe Wheels Trust.\n\n"
            "The survey of 1,500 cyclists, carried out for the charity and its sponsor Brannock Mutual, found that 22% "
            "of them had stopped riding to work.\n")
    assert cued_rows(text) == [
        ("Safe Wheels Trust", "organisation", "according to",
         "Half of cyclists have had a near miss with a car in the past year"),
        ("Safe Wheels Trust", "organisation", "found that", "22% of them had stopped riding to work")]


def test_made_for_us_is_the_writer() -> None:
    text = ("Annual Review 2026 - Tallowmere Heritage Railway\n\n"
            "The auditors found that our accounts were in good order.\n\n"
            "The independent visitor survey, carried out for us in June, found that 91% of passengers would recommend "
            "a trip.\n")
    assert cued_rows(text) == [
        ("auditors", "inspectorate", "found that", "our accounts were in good order"),
        ("Tallowmere Heritage Railway", "organisation", "found that", "91% of passengers would recommend a trip")]


def test_a_maker_after_by_still_speaks() -> None:
    text = ("Kelso Walking Club said the path would reopen in May.\n\n"
            "The survey of 800 walkers, carried out for the council by Fenwick Polling, found that 40% used the path "
            "weekly.\n")
    assert cued_rows(text) == [
        ("Kelso Walking Club", "organisation", "said", "the path would reopen in May"),
        ("Fenwick Polling", "organisation", "found that", "40% used the path weekly")]
