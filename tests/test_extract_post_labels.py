"""Turn labels that are a post (wave 54f). A government's transcripts label each answer with the speaker's post alone
(`Secretary for Housing:`, `Chief Executive:`) under an introduction naming the holder (`remarks by the Secretary for
Housing, Ms Ada Wen, at ...`): the turn is that person's, never a body read from the post's words. Texts written for
this test in our own words about invented parties."""
import pytest

from claims.extract.entities import Mention
from claims.extract.post_labels import is_post, post_holder
from extract_rows import rows

INTRO = ("     Following is the transcript of remarks by the Secretary for Housing, Ms Ada Wen Lai-fong, at a media "
         "session this morning (March 12):\n\n")


@pytest.mark.parametrize(("label", "expected"), [
    ("Secretary for Housing", True),
    ("Chief Executive", True),
    ("Secretary for Financial Services and the Treasury", True),
    ("Reporter", False),  # no post: an asker
    ("Ada Wen", False),  # a name
    ("Mayor Ortega", False),  # a post and a name: the person named
    ("Secretary for", False),  # a remit's joining word last
    ("Secretary for housing", False),  # a common word
])
def test_a_post_is_a_role_word_and_capitalised_remit(label: str, expected: bool) -> None:
    assert is_post(label) is expected


def test_the_post_holder_is_the_one_person_named_with_it() -> None:
    text = INTRO + "Secretary for Housing: We have 21,400 flats under construction.\n"
    start = text.index("Secretary for Housing:")
    assert post_holder(text, "Secretary for Housing", start) == Mention(74, 93, "Ada Wen Lai-fong", "person",
                                                                       title="ms")


def test_no_holder_when_two_people_hold_the_post() -> None:
    text = ("The Secretary for Housing, Ms Ada Wen, met the former Secretary for Housing, Mr Tom Hale.\n\n"
            "Secretary for Housing: We have 21,400 flats under construction.\n")
    assert post_holder(text, "Secretary for Housing", text.index("Secretary for Housing:")) is None


def test_a_post_labelled_transcript_is_its_holders() -> None:
    text = ("Transcript of remarks by S for H\n\n" + INTRO
            + "Reporter: Has the waiting time gone up again?\n\n"
            "Secretary for Housing: The average waiting time is now 5.8 years. We have 21,400 flats under "
            "construction.\n\n"
            "Reporter: How many households live in subdivided units?\n\n"
            "Secretary for Housing: The latest survey counted about 107,000 households.\n")
    assert rows(text) == [
        ("Ada Wen Lai-fong", "person", "The average waiting time is now 5.8 years"),
        ("Ada Wen Lai-fong", "person", "We have 21,400 flats under construction"),
        ("Ada Wen Lai-fong", "person", "The latest survey counted about 107,000 households"),
    ]
