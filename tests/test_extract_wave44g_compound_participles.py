"""Wave 44g: a compound opening on a participle is no participle clause (issue 8: no fragments).

`... over last year's opening-day count and a 20 percent rise`: `opening` is one of the participles that add an
achievement after a clause (`, opening a new ward`), and the splitter cut the claim before it, leaving `... over last
year's` and `opening-day count and ...`, neither a statement. A participle followed by a hyphen is the first half of a
compound word, never a clause (`items.PARTICIPLE_RE`).

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows


def test_a_compound_opening_on_a_participle_stays_in_its_claim() -> None:
    text = ("Membership represents a rise of 6 percent over last year's opening-day count and a 20 percent rise since "
            "2015, says Dana Whitlow, club president.")
    assert cued_rows(text) == [("Dana Whitlow", "person", ", says",
                                "Membership represents a rise of 6 percent over last year's opening-day count and a 20 "
                                "percent rise since 2015")]


def test_a_participle_clause_still_splits() -> None:
    text = "The trust said it hired 40 nurses last year, opening a new ward for older patients in May."
    assert cued_rows(text) == [("the trust", "unresolved", "said", "it hired 40 nurses last year"),
                               ("the trust", "unresolved", "said", "opening a new ward for older patients in May")]
