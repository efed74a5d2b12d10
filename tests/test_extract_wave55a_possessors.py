"""Wave 55a: `..., according to its annual report.` closing a clause is the report of the clause's own subject.

`attribution/sources._backward_possessor` read the sentence's opening only: a clause after a colon (`But the money has
not gone: the council still owns the land, ...`) and a body the text had given a short name of its own (`An Coimisiún`,
no mention of the entity reader) left `its` to the body that spoke before. Now the clause opens after the last colon,
a subject no mention opens is read as the clause's words before its first finite verb, and a reference the text cannot
resolve (two councils named) stays unresolved rather than going to another body (development p961, p896; real pages
realcheck71). Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows


def test_a_short_name_of_its_own_owns_its_report() -> None:
    text = ("Coimisiún na Tuaithe (An Coimisiún) is the rural development regulator.\n\n"
            "Brackenmore FM said it would appeal the decision on air quality.\n\n"
            "An Coimisiún received 832 complaints in 2025, of which 21 were upheld, according to its annual report.\n")
    assert cued_rows(text) == [
        ("Brackenmore FM", "organisation", "said", "it would appeal the decision on air quality"),
        ("Coimisiún na Tuaithe", "inspectorate", "according to",
         "An Coimisiún received 832 complaints in 2025, of which 21 were upheld")]


def test_the_subject_after_a_colon_owns_its_accounts() -> None:
    text = ("Fenmoor District Council bought the old mill in 2022.\n\n"
            "Brackley Rugby Club said the new stand would open in August.\n\n"
            "The money is not lost: the council still owns the mill, which was valued at £1.9 million in May, "
            "according to its latest accounts.\n")
    assert cued_rows(text) == [
        ("Brackley Rugby Club", "organisation", "said", "the new stand would open in August"),
        ("Fenmoor District Council", "organisation", "according to",
         "The money is not lost: the council still owns the mill, which was valued at £1.9 million in May")]


def test_a_reference_two_bodies_fit_stays_unresolved() -> None:
    text = ("Harrowgate Borough Council and Kelby Town Council share the depot.\n\n"
            "The campaign group Fair Rates Now said £2 million had been wasted.\n\n"
            "But the money has not gone: the council still owns the land, which was valued at £1.9 million in May, "
            "according to its latest accounts.\n")
    assert cued_rows(text) == [
        ("Fair Rates Now", "organisation", "said", "£2 million had been wasted"),
        ("the council", "unresolved", "according to",
         "the money has not gone: the council still owns the land, which was valued at £1.9 million in May")]


def test_a_possessor_in_the_claim_still_comes_first() -> None:
    text = ("Callow Fell Mountain Rescue Team was called out at 2am.\n\n"
            "The rescue was the team's 31st call-out of the year, according to figures published on its website.\n")
    assert cued_rows(text) == [
        ("Callow Fell Mountain Rescue Team", "organisation", "according to",
         "The rescue was the team's 31st call-out of the year")]
