"""A document a party took in through a `that` clause (`the board learned that early figures for 2026 show`, past a
relative aside): the document is the cue's subject, read as documents are, never the party that learned what it
shows; a party's own verb of speech before `that` keeps its claim (wave 41i)."""
from tests.extract_rows import cued_rows

OPENING = ("Spending at Kelbrook College reached a record according to early figures presented to the College's Board "
           "of Governors on Friday.\n")


def test_the_board_learned_what_the_figures_show() -> None:
    text = OPENING + "In a memo read at the meeting, the board learned that early figures for 2026 show spending of $4,100,000.\n"
    assert cued_rows(text)[1:] == [("Kelbrook College", "organisation", "show", "spending of $4,100,000")]


def test_past_a_relative_aside() -> None:
    text = OPENING + ("In a memo read at the meeting, the board learned that early figures for 2026, which ended in June, "
                      "show spending of $4,100,000.\n")
    assert cued_rows(text)[1:] == [("Kelbrook College", "organisation", "show", "spending of $4,100,000")]


def test_a_speaker_s_own_that_clause_is_left_alone() -> None:
    text = "The Ferrow Harbour Board met on Monday. Its chair Ivo Brant said that figures show 410 boats moored last year.\n"
    assert cued_rows(text) == [("Ivo Brant", "person", "said that", "figures show 410 boats moored last year")]


def test_a_heard_claim_with_no_document_is_left_alone() -> None:
    text = "The Ferrow Harbour Board met on Monday. The board heard that 410 boats moored last year.\n"
    assert cued_rows(text) == [("the board", "unresolved", "heard", "410 boats moored last year")]
