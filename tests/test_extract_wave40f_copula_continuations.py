"""Wave 40f: a sentence that goes on a speaker's claims with a subject and a copula (issue 8: no fragments).

`These are ...`, `They were ...` after a party's claim carry its voice on (`attribution/continuation`). When the
opener ends on `are` or `were`, it is the clause's own subject and verb: `These are not one-off lapses` is the claim,
`not isolated lapses` alone is none. The row keeps the opener (`continuation.continuation`) when it opens on a
pronoun pointing back (`These`, `Those`, `They`). An opener that lists (`These included A, B and C`) still gives the
items without it, and `Other ... are` keeps the reading it had.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows

GUILD = "Orchard Growers' Guild"
LEAD = ("The Orchard Growers' Guild said in a letter to the retailers that 19 growers had been dropped with less than "
        "a month's notice.\n\n")
LEAD_ROW = (GUILD, "organisation", "said in a letter to the retailers that",
            "19 growers had been dropped with less than a month's notice")


def test_these_are_keeps_its_subject() -> None:
    text = LEAD + ("These are not isolated lapses by a few buyers. Our members estimate the charges cost them £2 "
                   "million.")
    assert cued_rows(text) == [LEAD_ROW,
                               (GUILD, "organisation", "These are", "These are not isolated lapses by a few buyers"),
                               (GUILD, "organisation", "These are",
                                "Our members estimate the charges cost them £2 million")]


def test_they_were_keeps_its_subject() -> None:
    text = LEAD + "They were given no reason and lost £300,000 between them."
    assert cued_rows(text) == [LEAD_ROW, (GUILD, "organisation", "They were",
                                          "They were given no reason and lost £300,000 between them")]


def test_these_included_gives_its_items_alone() -> None:
    text = LEAD + "These included two cider makers, four apple farms and a pear nursery."
    assert cued_rows(text) == [LEAD_ROW, (GUILD, "organisation", "These included", "two cider makers"),
                               (GUILD, "organisation", "These included", "four apple farms")]


def test_other_subjects_keep_their_reading() -> None:
    text = LEAD + "Other growers are expected to lose contracts worth £90,000 before the summer."
    assert cued_rows(text) == [LEAD_ROW, (GUILD, "organisation", "Other growers are",
                                          "expected to lose contracts worth £90,000 before the summer")]
