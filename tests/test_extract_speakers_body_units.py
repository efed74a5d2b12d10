"""Wave 52a: a unit named by a body's letters and what it does (`The UN refugee office says`, `the UN's humanitarian
office reported`) speaks as itself, never as the whole body its letters name."""
import pytest
from extract_rows import cued_rows, subject_words

from claims.extract.speakers.body_units import lettered_unit


def test_letters_then_remit_then_office() -> None:
    text = "The UN refugee office says more than 8,000 people have crossed the border since May."
    assert cued_rows(text) == [("The UN refugee office", "organisation", "says",
                                "more than 8,000 people have crossed the border since May")]


def test_possessive_letters_after_an_opening_phrase() -> None:
    text = "Earlier this month the UN's humanitarian office reported that a convoy was shelled, killing two drivers."
    assert cued_rows(text) == [("the UN's humanitarian office", "organisation", "reported that",
                                "a convoy was shelled, killing two drivers")]


def test_letters_alone_stay_the_body() -> None:
    text = "The UN said more than 8,000 people have crossed the border since May."
    assert cued_rows(text) == [("UN", "organisation", "said", "more than 8,000 people have crossed the border since May")]


@pytest.mark.parametrize("subject", ["the UN Refugee Agency", "the city's finance office", "the regional office",
                                     "the UN and the office", "the EU for an agency",
                                     "the UN refugee council",  # no unit noun at the end
                                     "the UN office",  # no word of what the unit does
                                     "the UN child refugee support office",  # three such words: more than two
                                     "the UN Refugee office",  # a capital among them: part of a name
                                     "the UN and refugee office",  # `and` first of two: two parties
                                     "the SNP in office"])  # a preposition as the only one
def test_other_subjects_are_no_lettered_unit(subject: str) -> None:
    assert lettered_unit(*subject_words(subject)) is None


def test_two_words_of_what_the_unit_does() -> None:
    assert lettered_unit(*subject_words("the UN public health office")) == ("the UN public health office",
                                                                             "organisation")
