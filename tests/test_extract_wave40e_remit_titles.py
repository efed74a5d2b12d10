"""Wave 40e: a post described in lower case (`the standards commissioner has found`, `the commissioner said`) is the one
person the text titles with that post and its remit after `for` or `of` (`Parliamentary Commissioner for Standards Jo
Roe`), as `the floods minister` already was for `Floods Minister Jo Roe`: the remit the description gives must be the
title's; another remit leaves the text's words."""
from tests.extract_rows import cued_rows


def test_a_remit_before_the_post_is_the_remit_after_for() -> None:
    text = ("Complaints rose by 9% last year, the standards commissioner has found.\n\n"
            "Parliamentary Commissioner for Standards Jo Roe concluded that 300 cases were open.\n\n"
            "The commissioner said 40 were closed.")
    assert cued_rows(text) == [
        ("Jo Roe", "person", "found", "Complaints rose by 9% last year"),
        ("Jo Roe", "person", "concluded that", "300 cases were open"),
        ("Jo Roe", "person", "said", "40 were closed")]


def test_a_remit_of_two_words_with_of() -> None:
    text = ("Fees rose by 12% last year, the rural affairs minister has said.\n\n"
            "Minister of Rural Affairs Ann Molloy said 40 farms had closed.")
    assert cued_rows(text)[0] == ("Ann Molloy", "person", "said", "Fees rose by 12% last year")


def test_another_remit_is_no_holder() -> None:
    text = ("Fees rose by 12% last year, the health minister has said.\n\n"
            "Minister for Rural Affairs Ann Molloy said 40 farms had closed.")
    assert cued_rows(text)[0] == ("the health minister", "person", "said", "Fees rose by 12% last year")



def test_a_remit_ending_in_a_plural_noun_is_no_part_of_the_name() -> None:
    assert cued_rows("Minister of State for Home Affairs Anil Varma said 1,200 complaints had been received.") == [
        ("Anil Varma", "person", "said", "1,200 complaints had been received")]


def test_a_three_word_name_after_a_remit_stays_whole() -> None:
    assert cued_rows("Minister for Health Mary Anne Roe said 1,200 complaints had been received.")[0][0] \
        == "Mary Anne Roe"
