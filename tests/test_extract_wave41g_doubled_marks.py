"""Wave 41g, two single marks typed for one double mark (`‘’We are short’’ said X`, `''We are short,'' said X`), and an
opening single mark glued to the cue closing such a quotation (`the wards need cleaning ‘said X`): the
quotation is read as any double-quoted one, so its speaker after it speaks; the working copy keeps the text's length,
and single marks used as apostrophes or inner quotation marks are unchanged."""
from __future__ import annotations

from claims.extract.surface import doubled_marks, working_copy
from tests.extract_rows import cued_rows

LEAD = "Visitors at the Kanyoro clinic waited for hours.\n\n"


def test_curly_single_pairs_make_a_quotation() -> None:
    text = LEAD + "\u2018\u2019nurses are few and we are told to buy medicine from private chemists\u2019\u2019 said Amina Wekesa\n"
    assert cued_rows(text) == [
        ("Amina Wekesa", "person", "said", "nurses are few and we are told to buy medicine from private chemists")]


def test_straight_single_pairs_make_a_quotation() -> None:
    text = LEAD + "''Nurses are few and we are told to buy medicine from private chemists,'' said Amina Wekesa.\n"
    assert cued_rows(text) == [
        ("Amina Wekesa", "person", "said", "Nurses are few and we are told to buy medicine from private chemists")]


def test_the_working_copy_keeps_the_length_and_apostrophes() -> None:
    text = "\u2018\u2019We are short\u2019\u2019 said Jo. ''Yes,'' he said. The nurses\u2019 union's 'fast track'."
    copy = doubled_marks(text)
    assert len(copy) == len(text) == len(working_copy(text))
    assert copy == " \u201cWe are short\u201d  said Jo.  \u201cYes,\u201d  he said. The nurses\u2019 union's 'fast track'."


def test_single_quoted_speech_is_unchanged() -> None:
    assert cued_rows("The ward's staff said the 'fast track' scheme cut waits by 12%.") == [
        ("The ward's staff", "person", "said", "the 'fast track' scheme cut waits by 12%")]


def test_an_opening_single_mark_glued_to_the_cue_closes_such_a_quotation() -> None:
    text = LEAD + ("\u2018\u2019nurses are few and we are told to buy medicine from private chemists\u2019\u2019 said Amina Wekesa\n\n"
                   "\u2018\u2019The service is slow and the wards need cleaning \u2018said Ruth Nduta, a patient\n")
    assert cued_rows(text) == [
        ("Amina Wekesa", "person", "said", "nurses are few and we are told to buy medicine from private chemists"),
        ("Ruth Nduta", "person", "said", "The service is slow and the wards need cleaning")]


def test_a_glued_mark_in_a_text_without_doubled_marks_is_unchanged() -> None:
    text = LEAD + "\u201cThe wards need cleaning \u2018said\u2019 is what they told us,\u201d said Ruth Nduta.\n"
    assert doubled_marks(text) == text
