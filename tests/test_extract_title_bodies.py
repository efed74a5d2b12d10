"""The body a title names before a person's name (`claims.extract.title_bodies`)."""
from __future__ import annotations

import pytest

from claims.extract.title_bodies import without_title_body


def _name(text: str, name: str) -> str:
    """The person's name `name` (found in `text`) without the body a title before it names."""
    return without_title_body(text, text.index(name), name)


@pytest.mark.parametrize("text, name, expected", [
    ("Secretary to the Treasury Anita Marwick said", "Treasury Anita Marwick", "Anita Marwick"),  # at the start
    ("The Chief Secretary to the Treasury Anita Marwick", "Treasury Anita Marwick", "Anita Marwick"),
    ("Minister for the Home Office Jo K. Roe", "Home Office Jo K. Roe", "Jo K. Roe"),      # a middle initial
    ("Minister for the Home Office Jo K Roe", "Home Office Jo K Roe", "Jo K Roe"),
    ("Minister for the Home Office Jo Kay Roe", "Home Office Jo Kay Roe", "Kay Roe"),    # two words, no more
])
def test_the_body_is_cut_off_the_name(text: str, name: str, expected: str) -> None:
    assert _name(text, name) == expected


@pytest.mark.parametrize("text, name", [
    ("Minister for the Roe", "Roe"),                          # one word
    ("Minister for the Jo Roe", "Jo Roe"),                    # two words are the name
    ("Friends of the Earth Jo Roe", "Earth Jo Roe"),          # not a title
    ("We welcome the Treasury Anita Marwick", "Treasury Anita Marwick"),    # no title at all
    ("Minister for the Treasury, Anita Jo Marwick", "Anita Jo Marwick"),   # not right after `the `
    ("Minister for the " + "x" * 30 + " and the Treasury Anita Marwick", "Treasury Anita Marwick"),
])
def test_any_other_name_is_kept_whole(text: str, name: str) -> None:
    assert _name(text, name) == name


@pytest.mark.parametrize("text, name, expected", [
    ("The general secretary of the KRFA Orla Ni Bhraonain said", "KRFA Orla Ni Bhraonain", "Orla Ni Bhraonain"),
    ("Minister for the Interior Saskia van der Berg said", "Interior Saskia van der Berg", "Saskia van der Berg"),
    ("The chair of the BDA Aziz bin Harun said", "BDA Aziz bin Harun", "Aziz bin Harun"),
    ("The head of the PTU Cathal Mac Giolla said", "PTU Cathal Mac Giolla", "Cathal Mac Giolla"),
])
def test_a_family_name_opened_by_particles_keeps_its_given_name(text: str, name: str, expected: str) -> None:
    assert _name(text, name) == expected


def test_a_particled_name_after_a_body_s_acronym_speaks_whole() -> None:
    from claims import extract_text
    text = ("The general secretary of the KRFA Orla Ni Bhraonain said ferry crossings were late on 40 days in May.\n\n"
            "Ms Ni Bhraonain also said the company had not hired the 12 crew it promised.\n")
    found = extract_text(text)
    assert list(zip(found["speaker"], found["quote"])) == [
        ("Orla Ni Bhraonain", "ferry crossings were late on 40 days in May"),
        ("Orla Ni Bhraonain", "the company had not hired the 12 crew it promised"),
    ]
