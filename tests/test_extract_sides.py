"""The small readers of `attribution.sides`, `attribution.said_where`, `attribution.shares` and `joint_names`: whole
values on short inputs, each case one decision (the phenomena are tested in `test_extract_wave12_speakers.py`)."""
import pytest

from claims.extract.attribution.said_where import past_where
from claims.extract.attribution.shares import share_subject
from claims.extract.attribution.sides import place_or_common, post_before, side_opening
from claims.extract.entities import classify
from claims.extract.joint_names import joint_body
from extract_rows import rows


def read(words: str):
    """Read some words as the name-reader does."""
    return classify(words, 0)


@pytest.mark.parametrize("run, expected", [
    ("Dunmore Council and Acorn", "Dunmore Council and Acorn"),
    ("Dunmore Council and Acorn and Brook Water", None),  # three parties
    ("Dunmore Council and acorn", None),  # a lower-case word is no name
])
def test_joint_body(run: str, expected: str | None) -> None:
    assert joint_body(run, read) == expected


@pytest.mark.parametrize("text, expected", [
    (' in a joint statement: "We agree."', 23),
    (' on its website: "We agree."', 17),
    (' via a video message: "We agree."', 22),
    (' in a statement on Monday: "We agree."', 27),
    (' in a statement that "We agree."', 0),  # `that`: a clause, not only the place
    (' at a meeting: "We agree."', 0),  # not a statement's place
    (' "We agree."', 0),
])
def test_past_where(text: str, expected: int) -> None:
    text = text + " More words follow here."
    assert past_where(text, (0, len(text))) == (expected, len(text))


def test_a_share_far_into_a_text_is_read() -> None:
    text = "Filler words. " * 40 + "Unison surveyed 2,000 staff. 41% of those who responded said pay was too low."
    start = text.index("41%")
    assert share_subject(text, start, text.index(" said", start)).group("share") == "41%"
    assert share_subject(text, start - 200, text.index(" said", start)) is None  # a long subject is no share


def test_survey_words_after_the_cue_are_no_survey() -> None:
    text = "Staff were paid. 41% of them said the auditors asked too much."
    start = text.index("41%")
    assert share_subject(text, start, text.index(" said")) is None


@pytest.mark.parametrize("sentence, name", [
    ("Acorn disagreed with the figures.", "Acorn"),
    ("Barnardo's disputed the figures.", "Barnardo's"),
    ("Barnardo\u2019s disputed the figures.", "Barnardo\u2019s"),
    ("April disputed the figures.", None),  # a month, never a name
    ("Employer disputed the figures.", None),  # a reference word
    ("Academy disputed the figures.", None),  # a body's head alone
    ("Issued disputed the figures.", None),  # a sentence starter
    ("Acorn said the figures were wrong.", None),  # no side taken by the verb
])
def test_side_opening(sentence: str, name: str | None) -> None:
    found = side_opening(sentence + " More.", (0, len(sentence)))
    assert (found.group("name") if found else None) == name


def test_a_possessive_name_that_disagrees_is_a_body() -> None:
    text = "Talbot Homes said rents rose by 4%.\n\nBarnardo's disagreed. It said 300 children were moved.\n"
    assert rows(text) == [
        ("Talbot Homes", "organisation", "rents rose by 4%"),
        ("Barnardo's", "organisation", "300 children were moved")]


@pytest.mark.parametrize("text, at, expected", [
    ("Organiser for Unite", 9, True),  # the post opens the text
    ("regional officer for Unite", 16, True),
    ("the car for Unite", 7, False),
    ("", 0, False),
])
def test_post_before(text: str, at: int, expected: bool) -> None:
    assert post_before(text, at) is expected


@pytest.mark.parametrize("word, expected", [
    ("Britain", True), ("North", True), ("April", True), ("Issued", True), ("Academy", True), ("Employer", True),
    ("Unite", False),
])
def test_place_or_common(word: str, expected: bool) -> None:
    assert place_or_common(word) is expected


def test_a_curly_possessive_name_that_disagrees_is_a_body() -> None:
    text = "Talbot Homes said rents rose by 4%.\n\nBarnardo\u2019s disagreed. It said 300 children were moved.\n"
    assert rows(text) == [
        ("Talbot Homes", "organisation", "rents rose by 4%"),
        ("Barnardo\u2019s", "organisation", "300 children were moved")]


def test_a_survey_by_a_body_of_several_words_is_that_body() -> None:
    text = "In a survey by the Federation of Small Firms, 40% of members said they had cut staff hours.\n"
    assert rows(text) == [("Federation of Small Firms", "organisation", "40% of members said they had cut staff hours")]


def test_a_body_named_by_letters_may_be_the_council() -> None:
    from claims.extract.speakers.side_nouns import may_be_side
    assert may_be_side("GQW", "council", set()) is True  # letters hide the head
    text = "GQW said 512 children were looked after.\n\nThe council said 31 households left.\n"
    assert rows(text) == [("GQW", "organisation", "512 children were looked after"),
                          ("GQW", "organisation", "31 households left")]


def test_a_title_in_a_headline_is_no_party() -> None:
    assert side_opening("Sheriff warns commissioners over jail numbers.", (0, 46)) is None
