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
    ("the Treasury", False),  # a remit alone, no role word first (round 55m)
    ("", False),
    ("Secretary for Financial Services and the Treasury of the Region", True),  # ten words, the most
    ("Secretary for Financial Services and the Treasury of the Kelby Region", False),
    ("Secretary for Co-operation", True),  # a hyphened remit word
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


def test_the_holder_is_read_past_the_label_itself_and_a_mention_with_no_name_after() -> None:
    """Round 55m's survivors: the label may come before the introduction naming its holder, and a mention of the post
    that ends its line names no one and stops nothing."""
    label_first = ("Secretary for Housing: We have 21,400 flats under construction.\n\n"
                   "The Secretary for Housing, Ms Ada Wen, spoke at the session.\n")
    heading_first = "Questions for the Secretary for Housing\n\n" + INTRO + "Secretary for Housing: We build.\n"
    assert [post_holder(label_first, "Secretary for Housing", 0),
            post_holder(heading_first, "Secretary for Housing", heading_first.index("Secretary for Housing:"))] \
        == [Mention(label_first.index("Ms Ada"), label_first.index(", spoke"), "Ada Wen", "person", title="ms"),
            Mention(heading_first.index("Ms Ada"), heading_first.index(", at a"), "Ada Wen Lai-fong", "person",
                    title="ms")]


def test_a_mention_of_the_post_names_its_holder_within_four_characters_after_it() -> None:
    """Round 55m's survivors: a mention with no name after it, or a body's, names no one; a name starting four
    characters after the post's comma (the length of `Mrs `) is its holder, five or more are not."""
    texts = ["The Secretary for Housing, a post created in 1997, is vacant.\n\nSecretary for Housing: We build.\n",
             "The Secretary for Housing, Kelby Council said.\n\nSecretary for Housing: We build.\n",
             "The Secretary for Housing, now Ada Wen, spoke.\n\nSecretary for Housing: We build.\n",
             "The Secretary for Housing, post held by Ada Wen, spoke.\n\nSecretary for Housing: We build.\n"]
    assert [post_holder(text, "Secretary for Housing", text.index("Secretary for Housing:")) for text in texts] \
        == [None, None, Mention(31, 38, "Ada Wen", "person"), None]
