"""Wave 57e: a document's title set off by commas after the document's noun, with no joining word of its own
(`The report, Charity Street II, published today, outlines`), read as a body that then spoke for the report. The noun
heading its sentence's subject is enough now (never a post's `Its head of policy, Jo Roe,`), and a title may be
followed by when it came out set off by commas (`, published Tuesday,`): the report speaks as it would without its
title, for the maker the text names (the 77th real set's p017; the 43d cases stay in their own test file)."""
from claims.extract.document_titles import title_aside_start
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
    assert cued_rows(text)[-1] == (
        "Marlow Food Bank Network", "organisation", "finds that", "14,200 people used a food bank in March")


def test_title_aside_reaches_past_when_it_came_out() -> None:
    text = "The report, Renter Voices III, published on Tuesday, outlines"
    assert title_aside_start(text, 0, len("The report, Renter Voices III, published on Tuesday, ")) == len("The report")


def test_post_of_a_document_word_keeps_its_holder() -> None:
    text = ("The Harlow Giving Trust surveyed 600 donors.\n\nIts head of policy, Dennis Kolb, said the trust would "
            "share the results in May.\n")
    assert cued_rows(text) == [
        ("Dennis Kolb", "person", "said", "the trust would share the results in May"),
    ]
