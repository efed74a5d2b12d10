"""Wave 40f: a clause that resumes a quotation's sentence after the quotation closes (issue 8: no fragments).

A quotation can stop mid-sentence and its sentence go on past the closing mark: after a comma (`told us the budget
"does nothing for the wharves", because ...`) or after a cue that interrupts it (`"... a day," she said, "which
would ..."`). The clause after the mark opens on `which` or `because` and points back to what the quotation said; on
its own it is no statement. It is joined to the row before it (`resumed_clauses`). A clause with its own subject after
the mark (`, while the ferries ...`), a capital `Which` or a row of another speaker stays as it was.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from claims.extract.resumed_clauses import resumes
from extract_rows import cued_rows


def test_because_after_a_closed_quotation_joins_it() -> None:
    text = ('Its treasurer, Tomas Brandt, told us the budget "does nothing for the front line", because almost all '
            'the guild\'s income goes on fuel.')
    assert cued_rows(text) == [
        ("Tomas Brandt", "person", "told us the budget",
         'does nothing for the front line", because almost all the guild\'s income goes on fuel')]


def test_which_after_an_interrupting_cue_joins_it() -> None:
    text = ('Dr Petra Lund, the trust\'s director, said: "This is the best year we have had.\n\n'
            '"By next spring we expect the crossings to carry about 900 passengers a day," she said, "which would '
            'double the figure for last year."')
    assert cued_rows(text) == [
        ("Petra Lund", "person", "said:", "This is the best year we have had."),
        ("Petra Lund", "person", "said",
         'By next spring we expect the crossings to carry about 900 passengers a day," she said, "which would '
         'double the figure for last year."')]


def test_curly_marks_join_as_straight_ones() -> None:
    text = ("Dr Petra Lund, the trust\u2019s director, said: \u201cThis is the best year we have had.\n\n"
            "\u201cBy next spring we expect the crossings to carry about 900 passengers a day,\u201d she said, "
            "\u201cwhich would double the figure for last year.\u201d")
    assert [row[3] for row in cued_rows(text)] == [
        "This is the best year we have had.",
        "By next spring we expect the crossings to carry about 900 passengers a day,\u201d she said, \u201cwhich "
        "would double the figure for last year.\u201d"]


def test_resumes_reads_the_gap_and_the_opening_word() -> None:
    text = 'X said "we sold 40 boats", because fuel rose. "We sold 40 boats," he said, "which was a record."'
    first, second = text.index("we sold"), text.index("because")
    assert resumes(text, (first, text.index('"', first)), (second, text.index(".", second)))
    third, fourth = text.index("We sold"), text.index('"which')
    assert resumes(text, (third, text.index(",", third)), (fourth, len(text)))


def test_no_quotation_mark_between_is_no_resumption() -> None:
    text = "X said we sold 40 boats, because fuel rose."
    first, second = text.index("we sold"), text.index("because")
    assert not resumes(text, (first, second - 2), (second, len(text) - 1))


def test_a_clause_with_its_own_subject_stays_apart() -> None:
    text = ('The Varnley Ferry Guild said 300 sailings "ran late", while 120 were cancelled because of fog.')
    first, second = text.index("300"), text.index("while")
    assert not resumes(text, (first, text.index('"', text.index("late"))), (second, len(text) - 1))


def test_a_capital_which_opens_a_question_not_a_resumption() -> None:
    text = '"We sold 40 boats," he said. "Which of them sank?"'
    first, second = text.index("We"), text.index('"Which')
    assert not resumes(text, (first, text.index(",")), (second, len(text)))


def test_a_long_interruption_is_no_cue() -> None:
    text = ('"We sold 40 boats," she said after a long morning at the harbour with the guild, "which was a record."')
    first, second = text.index("We"), text.index('"which')
    assert not resumes(text, (first, text.index(",")), (second, len(text)))
