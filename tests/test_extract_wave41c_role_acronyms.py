"""Wave 41c: a post written as capitals in a person's apposition (`Tom Briar, the company's CTO, said`, `Ciarán Ó
Briain, co-founder and CTO, said`) is the person's post, no body: the capitals alone were read as a body's acronym
and took the person's claim. A post before the name (`Brewlytics CTO Tom Briar said`) was read right and stays so.
"""
from extract_rows import cued_rows


def test_post_in_apposition_leaves_the_person():
    assert cued_rows("Tom Briar, the company's CTO, said the Lyon office would open in May.\n") == [
        ("Tom Briar", "person", "said", "the Lyon office would open in May"),
    ]
    assert cued_rows("Commenting, Ciarán Ó Briain, co-founder and CTO, said the Lyon office would open in May.\n") == [
        ("Ciarán Ó Briain", "person", "said", "the Lyon office would open in May"),
    ]


def test_post_before_the_name_is_unchanged():
    assert cued_rows("Brewlytics CTO Tom Briar said the Lyon office would open in May.\n") == [
        ("Tom Briar", "person", "said", "the Lyon office would open in May"),
    ]


def test_body_acronym_still_speaks():
    assert cued_rows("The HSA said the Lyon office would open in May.\n") == [
        ("HSA", "organisation", "said", "the Lyon office would open in May"),
    ]


def test_post_capitals_defined_as_a_body_stay_the_body():
    text = ("The Harbour Statistics Office (CSO) published its survey today.\n\n"
            "Employment rose by 2,100 over the year, the CSO said.\n")
    assert cued_rows(text) == [
        ("Harbour Statistics Office", "organisation", "said", "Employment rose by 2,100 over the year"),
    ]
