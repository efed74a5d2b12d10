"""Items (claims/extract/items.py): how a speaker's words are cut into claims. Each case is a short text written for
this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue,
quote) rows, in text order; each rule has cases where it must not fire."""
import pytest

from claims.extract.items import is_rhetoric
from extract_rows import cued_rows as rows


# Wave 31d: `, with` and a measure of what the clause before tells (a figure or an article, then a noun phrase and no
# verb) is part of that claim; `, with` and a clause of its own (a verb after it) still opens a claim.
def test_with_and_a_figure_without_a_verb_stays_with_its_clause() -> None:
    assert rows("The Marlow Bakers' Guild said the number of village bakeries had risen for a third year, with 412 "
                "bakeries trading in March against 388 a year before.") == [
        ("Marlow Bakers' Guild", "organisation", "said", "the number of village bakeries had risen for a third year, "
         "with 412 bakeries trading in March against 388 a year before")]


def test_with_and_an_article_without_a_verb_stays_with_its_clause() -> None:
    assert rows("Ms Ada Quist told the panel the new depot would employ 140 drivers, with an average salary of "
                "£34,000 a year.") == [
        ("Ada Quist", "person", "told", "the new depot would employ 140 drivers, with an average salary of £34,000 a "
                                        "year")]


def test_with_and_a_clause_of_its_own_is_still_a_claim_of_its_own() -> None:
    assert rows("The Marlow Bakers' Guild said the number of village bakeries had risen for a third year, with 72% "
                "of members now reported as profitable.") == [
        ("Marlow Bakers' Guild", "organisation", "said", "the number of village bakeries had risen for a third year"),
        ("Marlow Bakers' Guild", "organisation", "said", "72% of members now reported as profitable")]


def test_with_and_a_measure_of_two_parts_is_no_comma_list() -> None:
    assert rows("Tessel Cycles Ltd said its riders covered 41 miles a day, with a longest ride of 66 miles and a "
                "shortest of 19 miles.") == [
        ("Tessel Cycles Ltd", "organisation", "said", "its riders covered 41 miles a day, with a longest ride of 66 "
                                                      "miles and a shortest of 19 miles")]


# Wave 35f: an attitude that holds a count in words of the one list of number words (`vocabulary.NUMBER_WORDS`) holds
# something to check, as one with `four` does: teens and tens past fifty were missing from the checkable words.
@pytest.mark.parametrize("sentence, rhetoric", [
    ("We are sorry for the four families affected.", False), ("We are sorry for the fourteen families affected.", False),
    ("We are sorry for the sixty families affected.", False), ("We are sorry for the one family affected.", False),
    ("We are sorry for the families affected.", True), ("We are sorry.", True),
])
def test_an_attitude_holding_a_count_in_words_is_no_rhetoric(sentence: str, rhetoric: bool) -> None:
    assert is_rhetoric(sentence) is rhetoric
