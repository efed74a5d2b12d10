"""Wave 57e: a document's title set off by commas after the document's noun, with no joining word of its own
(`The report, Charity Street II, published today, outlines`), read as a body that then spoke for the report. The noun
heading its sentence's subject is enough now (never a post's `Its head of policy, Jo Roe,`), and a title may be
followed by when it came out set off by commas (`, published Tuesday,`): the report speaks as it would without its
title, for the maker the text names (the 77th real set's p017; the 43d cases stay in their own test file)."""
import pytest

from claims.extract.document_titles import ends_document_title, title_aside_start, title_words_start
from tests.extract_rows import cued_rows

TRUST = "Harlow Giving Trust"


def test_title_without_joining_word_speaks_for_the_maker() -> None:
    text = ("Donors trust food banks most, according to research by the Harlow Giving Trust (HGT).\n"
            "The report, Renter Voices III, published today, outlines how households use voluntary services.\n")
    assert cued_rows(text) == [
        (TRUST, "organisation", "according to", "Donors trust food banks most"),
        (TRUST, "organisation", "outlines how", "households use voluntary services"),
    ]


def test_title_with_a_year_after_the_survey_is_no_body() -> None:
    text = ("The Marlow Food Bank Network has published its annual count.\n\nThe survey, Empty Shelves 2026, released "
            "at the network's spring meeting, finds that 14,200 people used a food bank in March.\n")
    assert cued_rows(text) == [
        ("Marlow Food Bank Network", "organisation", "finds that", "14,200 people used a food bank in March")]


def test_title_aside_reaches_past_when_it_came_out() -> None:
    text = "The report, Renter Voices III, published on Tuesday, outlines"
    assert title_aside_start(text, 0, len("The report, Renter Voices III, published on Tuesday, ")) == len("The report")


def test_post_of_a_document_word_keeps_its_holder() -> None:
    text = ("The Harlow Giving Trust surveyed 600 donors.\n\nIts head of policy, Dennis Kolb, said the trust would "
            "share the results in May.\n")
    assert cued_rows(text) == [
        ("Dennis Kolb", "person", "said", "the trust would share the results in May"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("the Guild's annual State of the Trade report", 19),
    ("The State of the Trade report", 4),  # the determiner opens no title
    ("State of the Trade report", 0),  # a title at the text's start
    ("State of Trade report", 0),  # one joining word
    ("The Trade report", -1),  # no joining word before the name
    ("State of the\nTrade report", -1),  # a line break, no space, before the name
    ("figures of the Trade", -1),  # joining words after no capitalised word
])
def test_title_words_start_is_the_first_capitalised_word_before_the_joining_words(text: str, expected: int) -> None:
    assert title_words_start(text, text.index("Trade")) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The State of the Trade report", "Trade", True),  # a determiner at the text's start before the title
    ("the Guild's annual State of the Trade report", "Trade", True),  # an owner's possessive
    ("Figures in State of the Trade report", "Trade", False),  # neither
    # a title set off by commas, read from its first word though the name is its last
    ("The guidance, Working Safely on Tidal Crossings, advises", "Tidal Crossings", True),
    # a joining word in the title, after a subject with one of its own (`review of the guidance`)
    ("The review of the guidance, Working Safely on Tidal Crossings, advises", "Tidal Crossings", True),
    ("The report, Renter Voices III. It found", "Renter Voices III", False),  # no comma and verb close it
])
def test_ends_document_title(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert ends_document_title(text, start, start + len(name)) is expected


def test_a_title_aside_may_hold_an_ordinal() -> None:
    text = "The report, Homes 1st, outlines"
    assert title_aside_start(text, 0, len("The report, Homes 1st, ")) == len("The report")
