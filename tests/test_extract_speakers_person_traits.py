"""Wave 54b: what a text said of a person before a description of them, their posts and their age, and whether a
description's post fits them."""
from claims.extract.speakers.person_traits import post_fits, post_keys, said_ages, said_posts
from tests.extract_rows import named_context


def test_a_post_fits_in_any_spelling_and_a_leaders_word_fits_a_post_held() -> None:
    assert [post_fits("chief executive", {"ceo"}), post_fits("boss", {"governor"}), post_fits("manager", {"boss"}),
            post_fits("boss", {"pensioner"}), post_fits("mp", {"leader"}), post_fits("executive", {"nurse"})] \
        == [True, True, True, False, False, False]


def test_a_posts_keys_are_its_head_and_its_first_spelling() -> None:
    assert [post_keys("Chief Executive"), post_keys("CEO"), post_keys("manager"), post_keys("")] \
        == [{"executive", "ceo"}, {"ceo"}, {"manager"}, set()]


def test_ages_are_read_after_the_name_in_commas_or_brackets_and_before_it() -> None:
    text = "Aldo Pike, 34, left. Aldo Pike (35) spoke. The 36-year-old Aldo Pike ran.\n"
    assert said_ages(text, "Aldo Pike", len(text)) == {"34", "35", "36"}


def test_a_context_knows_the_title_written_with_the_name() -> None:
    text = "Harbour Rovers manager Aldo Pike was sacked. Jo Kay was sacked as Rovers coach on Monday.\n"
    ctx = named_context(text)
    assert [said_posts(text, "Aldo Pike", len(text), ctx), said_posts(text, "Jo Kay", len(text), ctx)] \
        == [{"manager"}, {"coach"}]


def test_ages_are_read_by_surname_alone_and_by_a_name_of_three_words() -> None:
    """Round 55m's survivors: the surname alone (`Pike (35)`) and every given name before it (`Ana Maria Souza`)."""
    text = ("Aldo Pike, 34, left. Pike (35) spoke. Ana Maria Souza, 40, ran. The 41-year-old Ana Maria Souza won. "
            "Souza (42) smiled.\n")
    assert [said_ages(text, "Aldo Pike", len(text)), said_ages(text, "Ana Maria Souza", len(text))] \
        == [{"34", "35"}, {"40", "41", "42"}]


def test_a_posts_short_form_is_its_full_word_and_only_its_whole_phrase_is_a_spelling() -> None:
    """Round 55m's survivors: `Gov` is `governor`; `chief finance executive` is no `chief executive` (`ceo`)."""
    assert [post_keys("Gov"), post_keys("chief finance executive")] == [{"governor"}, {"executive"}]


def test_posts_are_read_before_the_offset_alone_and_keep_all_their_words() -> None:
    """Round 55m's survivors: an `as` after the offset is not yet said; a post of two role words keeps both."""
    text = "Jo Kay was sacked as Rovers coach. Ann Lee was appointed as chief executive on Monday.\n"
    ctx = named_context(text)
    assert [said_posts(text, "Jo Kay", text.index(" as"), ctx), said_posts(text, "Ann Lee", len(text), ctx)] \
        == [set(), {"chief executive"}]
