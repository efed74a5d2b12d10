"""Wave 46w: development's wrong speakers whose names were cut or run on.

A post's remit written in words that Webster's Second (1934) does not hold (`Wellbeing`, `Broadband`, `Childcare`)
was read as the first word of the holder's name (`Wellbeing Jo Roe`): `data/modern_words.txt` adds such common words
to the word list, so they drop from a name as `Safety` and `Housing` always did.

A post written alone with a word joined by a hyphen (`the city's Night-Time Economy Adviser`) kept its words as a
person's name: `post_holders.post_of` reads such a word as its parts, so the post is its one named holder."""
from __future__ import annotations

import pytest

from claims.extract.speakers.post_holders import post_of
from claims.extract.title_nouns import is_common_noun
from tests.extract_rows import rows


@pytest.mark.parametrize("remit", ["Community Wellbeing", "Rural Broadband", "Childcare", "Cybersecurity",
                                   "Online Safety", "Community Safety"])
def test_a_remit_of_modern_words_is_no_part_of_the_holders_name(remit: str) -> None:
    text = f"Minister for {remit} Jo Roe said the Kelvar scheme was working well."
    assert rows(text) == [("Jo Roe", "person", "the Kelvar scheme was working well")]


def test_a_remit_of_modern_words_before_a_colon_quotation() -> None:
    text = ("Issued by the Department of Community Wellbeing on 3 May 2026.\n\n"
            "Minister for Community Wellbeing Tessa Orrin welcomed the findings. She said: \"This is clear evidence "
            "that the Kelvar levy is working.\"")
    assert rows(text) == [("Tessa Orrin", "person", "This is clear evidence that the Kelvar levy is working.")]


@pytest.mark.parametrize("word, expected", [("Wellbeing", True), ("Broadband", True), ("Safeguarding", True),
                                            ("Orla", False), ("Mark", False)])
def test_modern_common_words_are_common_nouns_and_names_stay_names(word: str, expected: bool) -> None:
    assert is_common_noun(word) is expected


@pytest.mark.parametrize("post", ["Night-Time Economy Adviser", "Long-Term Economy Officer", "Rural Tourism Officer"])
def test_a_post_of_common_words_is_no_persons_name(post: str) -> None:
    text = (f"Harbury Council's {post} said more than one in five late workers felt unsafe on the way home.\n\n"
            f"Harbury {post} Jo Roe said: \"We have work to do on the night buses.\"")
    assert rows(text) == [("Jo Roe", "person", "more than one in five late workers felt unsafe on the way home"),
                          ("Jo Roe", "person", "We have work to do on the night buses.")]


def test_a_review_by_a_hyphenated_post_is_its_holders() -> None:
    text = ("More than one in five people who work in Harbury at night felt unsafe, according to the first review by "
            "the city's Night-Time Economy Adviser.\n\n"
            "The review draws on a survey of 1,460 workers and a year of visits by the adviser, Jo Roe.\n\n"
            "The report finds that:\n"
            "\u2022 22% of night-time workers had felt unsafe travelling home;\n"
            "\u2022 buses run on only four of the city's 15 main routes.\n\n"
            "Harbury Night-Time Economy Adviser Jo Roe said: \"We have work to do.\"")
    assert rows(text) == [
        ("Jo Roe", "person", "More than one in five people who work in Harbury at night felt unsafe"),
        ("Jo Roe", "person", "22% of night-time workers had felt unsafe travelling home"),
        ("Jo Roe", "person", "buses run on only four of the city's 15 main routes"),
        ("Jo Roe", "person", "We have work to do.")]


@pytest.mark.parametrize("speaker, expected", [
    ("the night-time economy adviser", ("adviser", ("night-time", "economy"))),
    ("the housing minister", ("minister", ("housing",))),
    ("the night - adviser", None)])
def test_a_post_may_hold_a_word_joined_by_a_hyphen(speaker: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert post_of(speaker) == expected

