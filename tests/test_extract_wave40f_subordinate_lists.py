"""Wave 40f: a list of predicates inside a clause of time or cause (issue 8: no fragments).

`the fine was cut after Brindle Payroll made representations, contacted everyone affected and offered them ...`: the
predicates after the commas are Brindle Payroll's, inside the clause `after` opens, not new items of what the speaker
claims; cut apart, `contacted everyone affected` is no statement. When the list's first part holds such a clause (a
conjunction of `clause_conjunctions.txt`, then a finite verb) and every later part opens on a verb, the span stays
one claim (`items.split_comma_list`). A phrase after `after` (`after a long review`), `since` as an adverb (`has
since fixed`), a list of the main clause's own predicates, or parts with subjects of their own stay split as before.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows

REGULATOR = ("the regulator", "inspectorate", "said")


def test_predicates_after_a_clause_of_time_stay_one_claim() -> None:
    text = ("The regulator said the fine was cut after Brindle Payroll made representations, contacted everyone "
            "affected and offered them a year of free advice.")
    assert cued_rows(text) == [REGULATOR + (
        "the fine was cut after Brindle Payroll made representations, contacted everyone affected and offered them a "
        "year of free advice",)]


def test_predicates_after_a_clause_of_cause_stay_one_claim() -> None:
    text = ("The regulator said the fine was cut because Brindle Payroll had made representations, contacted everyone "
            "affected and offered them a year of free advice.")
    assert cued_rows(text) == [REGULATOR + (
        "the fine was cut because Brindle Payroll had made representations, contacted everyone affected and offered "
        "them a year of free advice",)]


def test_the_main_clause_predicates_still_split() -> None:
    text = ("The regulator said the firm had made representations, contacted everyone affected and offered them a "
            "year of free advice.")
    assert cued_rows(text) == [REGULATOR + ("the firm had made representations",),
                               REGULATOR + ("contacted everyone affected",),
                               REGULATOR + ("offered them a year of free advice",)]


def test_a_phrase_after_after_is_no_clause() -> None:
    text = ("The trust said it had opened a ward after a long review, cut waiting times by a third and hired 40 "
            "nurses.")
    assert cued_rows(text) == [("the trust", "unresolved", "said", "it had opened a ward after a long review"),
                               ("the trust", "unresolved", "said", "cut waiting times by a third"),
                               ("the trust", "unresolved", "said", "hired 40 nurses")]


def test_parts_with_their_own_subjects_stay_apart() -> None:
    text = "The board said profits fell after fuel prices rose, while wages climbed by 4% and freight costs doubled."
    assert cued_rows(text) == [("the board", "unresolved", "said", "profits fell after fuel prices rose"),
                               ("the board", "unresolved", "said", "wages climbed by 4% and freight costs doubled")]


def test_since_as_an_adverb_opens_no_clause() -> None:
    text = ("Brindle Payroll has since fixed its servers, retrained 40 clerks and contacted every client, the "
            "regulator said.")
    assert cued_rows(text) == [REGULATOR + ("Brindle Payroll has since fixed its servers",),
                               REGULATOR + ("retrained 40 clerks and contacted every client",)]


def test_one_predicate_after_the_clause_goes_back_to_the_subject() -> None:
    text = ("The regulator said the clerk copied the files while the auditors were still at work, and sent them to "
            "a rival firm.")
    assert cued_rows(text) == [REGULATOR + ("the clerk copied the files while the auditors were still at work",),
                               REGULATOR + ("sent them to a rival firm",)]
