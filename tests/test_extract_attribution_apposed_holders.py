"""A post read as a speaker is the person the text sets beside it (wave 65d, attribution/apposed_holders): `released
by Registrar-General of Lands, Jo Roe` and a later `the Medical Superintendent said` after `the Medical Superintendent
of the clinic, Dr Jo Roe,` name that person. Each case is a short text written for this test in our own words about
invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution.apposed_holders import apposed_holder, post_role, post_words
from tests.extract_rows import cued_rows

REMIT_OF_A_REFERENCE = ("Ahead of the open day, the Medical Superintendent of the clinic, Dr Orla Venning, announced "
                        "that the clinic would add a ward.\n\nAsked about staff, the Medical Superintendent said the "
                        "clinic had hired 35 nurses since March.\n")
RELEASED_BY_A_POST = ("The 2031 Annual Review was released today by Registrar-General of Lands, Pieter Vossberg.\n\n"
                      "It reveals that the registry cleared 41,200 title applications.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (REMIT_OF_A_REFERENCE,  # the post's remit a short reference (`of the clinic`): the later bare post is the holder
     [("Orla Venning", "person", "announced that", "the clinic would add a ward"),
      ("Orla Venning", "person", "said", "the clinic had hired 35 nurses since March")]),
    (RELEASED_BY_A_POST,  # the post before its holder's comma read as the review's maker
     [("Pieter Vossberg", "person", "reveals that", "the registry cleared 41,200 title applications")]),
])
def test_a_post_read_as_a_speaker_is_its_holder(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("The Managing Director of the firm, Tobias Harlow, said so.", "The Managing Director", "Tobias Harlow"),
    ("Tobias Harlow, the Managing Director, said so.", "the Managing Director", "Tobias Harlow"),  # name first
    ("Jo Roe, Registrar-General of Lands.", "Registrar-General of Lands", "Jo Roe"),
    ("the chief executive, Jo Roe, said so.", "the Chief Executive", "Jo Roe"),  # written in small letters
    ("The Chief Executive said so.", "The Chief Executive", None),  # no holder set beside the post
    ("The chair, Jo Roe, said so. The chair, Al Key, said so too.", "the chair", None),  # two holders: no one
    ("Eleanor Griggs, Shoppers' Voice director, said so.", "Shoppers' Voice", None),  # a body's name, not a post
    ("Jo Roe, Acme Director of Sales, said so.", "Acme Director", None),  # the post runs on after the spot
    # 65n: a person named earlier in the clause before the comma is no holder (only a name ending at the comma)
    ("Ama Orrin met the staff, the Managing Director, and the board.", "the Managing Director", None),
    ("Ama Orrin met the staff, the Managing Director, and the board. Jo Tarrow, the Managing Director, said so.",
     "the Managing Director", "Jo Tarrow"),
])
def test_apposed_holder(text: str, speaker: str, expected: str | None) -> None:
    assert apposed_holder(text, speaker) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the Medical Superintendent", "Medical Superintendent"),
    ("Registrar-General of Lands", "Registrar-General of Lands"),  # a hyphenated post's first part a role
    ("Director-General of Health", "Director-General of Health"),
    ("Harlow Freight", ""),  # no role word
    ("Shoppers' Voice", ""),  # a possessive: a body's name
    ("the force spokesman", ""),  # a voice's role: the body speaks through it
    # 65n: up to eight words; a post opening on its remit's link has no role word before it
    ("Deputy Registrar-General of Lands and Deeds for Kelby", "Deputy Registrar-General of Lands and Deeds for Kelby"),
    ("Deputy Registrar-General of the Lands and Deeds for Kelby", ""),  # nine words
    ("at the director", ""),
])
def test_post_words(speaker: str, expected: str) -> None:
    assert post_words(speaker) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("director", True), ("director-designate", True), ("member-at-large", True),  # 65n: the first part a role
    ("rate-setter", False), ("designate", False)])
def test_post_role(word: str, expected: bool) -> None:
    assert post_role(word) is expected
