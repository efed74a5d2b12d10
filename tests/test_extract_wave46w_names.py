"""Wave 46w: development's wrong speakers whose names were cut or run on.

A post's remit written in words that Webster's Second (1934) does not hold (`Wellbeing`, `Broadband`, `Childcare`)
was read as the first word of the holder's name (`Wellbeing Jo Roe`): `data/modern_words.txt` adds such common words
to the word list, so they drop from a name as `Safety` and `Housing` always did.

A post written alone with a word joined by a hyphen (`the city's Night-Time Economy Adviser`) kept its words as a
person's name: `post_holders.post_of` reads such a word as its parts, so the post is its one named holder.

A unit named with `at` and its host (`the Independent Monitoring Board at HMP X`, `the X Research Unit at Y
University`) lost its own words and its host spoke: `name_edges.joins_by_at` keeps one name, whose head stays the
unit's (`the Board` goes on meaning it).

People listed by commas before a pair (`the former directors, Dr Jo Roe, Tim Ash and Ann Vale, said`) were cut to the
pair: each full name listed before it speaks with it.

Two bodies joined by `and` that act together, the first with its letters in brackets (`The X Authority (XA) and Y
Police have published`), gave the second alone: the letters no longer part them."""
from __future__ import annotations

import pytest

from claims.extract.entities import head_noun
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



@pytest.mark.parametrize("body", ["Independent Monitoring Board at Tarnwick Immigration Removal Centre",
                                  "Independent Monitoring Board at HMP Tarnwick",
                                  "Tarn Housing Research Unit at Harbury University",
                                  "Students' Union at Harbury College"])
def test_a_unit_named_at_its_host_is_one_body(body: str) -> None:
    text = f"The {body} said that 37 of the families it followed had waited more than a year."
    assert rows(text) == [(body, "organisation", "37 of the families it followed had waited more than a year")]


def test_a_unit_at_its_host_makes_its_evaluation() -> None:
    text = ("An independent evaluation of the pilot by the Tarn Housing Research Unit at Harbury University found "
            "that 91% of households were satisfied with their heat pump.")
    assert rows(text) == [("Tarn Housing Research Unit at Harbury University", "organisation",
                           "91% of households were satisfied with their heat pump")]


@pytest.mark.parametrize("text, speaker", [
    ("Acme Water Board at Harbury Crown Court said it would appeal the fine.", "Harbury Crown Court"),
    ("Jo Roe at Harbury University said the pilot had worked.", "Jo Roe"),
    ("Harbury Council at Tarn Street said the pilot had worked.", "Harbury Council")])
def test_a_court_a_person_or_a_street_after_at_is_no_host(text: str, speaker: str) -> None:
    assert [row[0] for row in rows(text)] == [speaker]


def test_the_units_head_refers_to_the_unit_at_its_host() -> None:
    text = ("Annual Report of the Independent Monitoring Board at Tarnwick Immigration Removal Centre\n\n"
            "The Board found that the rise was driven largely by transfers.\n\n"
            "Tarnwick Home Office data provided to the Board showed 40 men waited.\n\n"
            "The Board also found:\n\n"
            "\u2022 force was used on 188 occasions, up from 121;\n"
            "\u2022 64 men were placed on constant observation.")
    board = "Independent Monitoring Board at Tarnwick Immigration Removal Centre"
    assert rows(text) == [(board, "organisation", "the rise was driven largely by transfers"),
                          ("Tarnwick Home Office", "organisation", "40 men waited"),
                          (board, "organisation", "force was used on 188 occasions, up from 121"),
                          (board, "organisation", "64 men were placed on constant observation")]


@pytest.mark.parametrize("name, head", [("Independent Monitoring Board at HMP Tarnwick", "board"),
                                        ("Tarn Housing Research Unit at Harbury University", "unit"),
                                        ("Ministry of Justice", "ministry"), ("Acme Water", "water")])
def test_a_unit_at_its_host_keeps_its_own_head(name: str, head: str) -> None:
    assert head_noun(name) == head


@pytest.mark.parametrize("text, quote", [
    ("The former directors, Dr Jo Roe, Tim Ash and Ann Vale, said they first asked in May for the minutes.",
     "they first asked in May for the minutes"),
    ("Jo Roe, Tim Ash and Ann Vale said in a joint statement that the minutes were never shown to them.",
     "the minutes were never shown to them"),
    ("Jo Roe, Tim Ash, Ola Sund and Ann Vale said in a joint statement that the minutes were never shown to them.",
     "the minutes were never shown to them")])
def test_people_listed_before_a_pair_speak_with_it(text: str, quote: str) -> None:
    names = "Jo Roe, Tim Ash, Ola Sund and Ann Vale" if "Ola" in text else "Jo Roe, Tim Ash and Ann Vale"
    assert rows(text) == [(names, "person", quote)]


@pytest.mark.parametrize("text, speaker", [
    ("Harbury Council, Tim Ash and Ann Vale said in a joint statement that the minutes were lost.",
     "Tim Ash and Ann Vale"),
    ("In Harbury, Tim Ash and Ann Vale said in a joint statement that the minutes were lost.",
     "Tim Ash and Ann Vale"),
    ("On Monday, Tim Ash and Ann Vale said in a joint statement that the minutes were lost.",
     "Tim Ash and Ann Vale")])
def test_a_body_a_place_or_a_post_before_a_pair_is_no_person_listed(text: str, speaker: str) -> None:
    assert [row[0] for row in rows(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "The Harbury Safety Authority (HSA) and Tarn Police said that 92 people died in 86 fatal collisions.",
    "Harbury Safety Authority (HSA) and An Garda Tarn have found that 92 people died in 86 fatal collisions."])
def test_a_joint_body_keeps_its_first_bodys_letters_out(text: str) -> None:
    second = "An Garda Tarn" if "Garda" in text else "Tarn Police"
    assert rows(text) == [(f"Harbury Safety Authority and {second}", "organisation",
                           "92 people died in 86 fatal collisions")]


def test_a_body_and_its_letters_before_another_body_named_as_an_object_stay_apart() -> None:
    text = ("The review was funded by the Harbury Safety Authority (HSA) and Tarn Police. The HSA said that 92 people "
            "died in 86 fatal collisions.")
    assert rows(text) == [("Harbury Safety Authority", "inspectorate", "92 people died in 86 fatal collisions")]
