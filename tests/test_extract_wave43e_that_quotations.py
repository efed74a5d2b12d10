"""Wave 43e: a reported `that` opening a quotation that runs over more than one sentence (`He added that "the budget
is balanced. Reserves stand at £4m."`): the cue's sentence claims the first, and each later sentence up to the
closing mark is the same speaker's, a quotation going on; a quotation closing in a later paragraph goes on there
too, as before (`attribution/that_quotations`)."""
from tests.extract_rows import cued_rows

LEAD = "Mo Quill, treasurer of Fennick Council, spoke at the meeting.\n\n"


def test_added_that_two_sentences() -> None:
    text = LEAD + 'He added that "the accounts are balanced. Reserves stand at £6m."'
    assert cued_rows(text)[-2:] == [("Mo Quill", "person", "added that", '"the accounts are balanced'),
                                    ("Mo Quill", "person", "quotation continues", "Reserves stand at £6m.")]


def test_said_that_three_sentences_then_narration() -> None:
    text = LEAD + 'He said that "the accounts are balanced. Reserves stand at £6m. No library will close."\n\n' \
        "The vote is on Monday."
    assert cued_rows(text)[-3:] == [("Mo Quill", "person", "said that", '"the accounts are balanced'),
                                    ("Mo Quill", "person", "quotation continues", "Reserves stand at £6m."),
                                    ("Mo Quill", "person", "quotation continues", "No library will close.")]


def test_quotation_closing_in_a_later_paragraph() -> None:
    text = LEAD + 'He said that "the accounts are balanced. Reserves stand at £6m.\n\n' \
        '"Council tax will rise by 2%."\n\nThe vote is on Monday.'
    assert cued_rows(text)[-3:] == [("Mo Quill", "person", "said that", '"the accounts are balanced'),
                                    ("Mo Quill", "person", "quotation continues", "Reserves stand at £6m."),
                                    ("Mo Quill", "person", "quotation continues", "Council tax will rise by 2%.")]


def test_one_sentence_quotation_unchanged() -> None:
    text = LEAD + 'He said that "the accounts are balanced."'
    assert cued_rows(text)[-1:] == [("Mo Quill", "person", "said that", '"the accounts are balanced."')]


def test_quotation_closed_then_narration_unchanged() -> None:
    text = LEAD + 'He said that "the accounts are balanced." The vote on the budget is set for Monday.'
    assert cued_rows(text) == [("Mo Quill", "person", "said that", '"the accounts are balanced."')]
