"""A body's head noun before words that name things (wave 55p): `Times Higher Education`, `Housing Choice Voucher`
were read as a person (`Higher Education`) after a head used as a title (`Ombudsman Jo Roe`), so that a survey the
magazine published went to `Higher Education`. Each case is a short text written for this test in our own words about
invented parties, and the whole list of names or rows it must give."""
import pytest

from claims.extract.entities import find_mentions, Mention, things_after_head
from tests.extract_rows import rows


@pytest.mark.parametrize(("text", "mentions"), [
    ("The magazine Times Higher Education ranked it.", []),
    ("Families on the Housing Choice Voucher list waited.", []),
    ("The Partnership Development Grant paid for it.", []),
    ("Ombudsman Deborah Quayle said the council was at fault.",
     [Mention(0, 24, "Deborah Quayle", "person", False, "")]),
    ("Ombudsman Mark Field said the council was at fault.",
     [Mention(0, 20, "Mark Field", "person", False, "")]),
    ("Council President Gloria Ameh said so.", [Mention(0, 29, "Gloria Ameh", "person", False, "president")]),
])
def test_names_after_a_head_noun(text: str, mentions: list[Mention]) -> None:
    assert find_mentions(text, 0, len(text)) == mentions


@pytest.mark.parametrize(("words", "person", "things"), [
    (["Times", "Higher", "Education"], "Higher Education", True),
    (["Housing", "Choice", "Voucher"], "Choice Voucher", True),
    (["Ombudsman", "Deborah", "Quayle"], "Deborah Quayle", False),
    (["Ombudsman", "Rachel", "Field"], "Rachel Field", False),
    (["Higher", "Education"], "Higher Education", False),
    (["County", "Health", "Status", "Profiles"], "Status Profiles", False),
    (["County", "Auditor", "Marrow"], "Auditor Marrow", False),  # a post's word before a surname: a person
    (["County", "Clerk", "Marrow"], "Clerk Marrow", False),  # a role word (`Clerk`), then a surname
])
def test_things_after_head(words: list[str], person: str, things: bool) -> None:
    assert things_after_head(words, person) is things


def test_a_survey_a_magazine_published_is_the_magazine_s() -> None:
    text = ("Harrowgate University was ranked in the top 25, according to a survey published by Times Higher "
            "Education.\n")
    assert rows(text) == [("Times Higher Education", "organisation", "Harrowgate University was ranked in the top 25, "
                           "according to a survey published by Times Higher Education")]
