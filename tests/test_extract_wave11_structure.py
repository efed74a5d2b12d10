"""Claims that the structure of texts hid from the extractor (wave 11): each case is a short text written for this test
in our own words, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.questions_apart import asks_apart
from extract_rows import rows


# An interview may print the writer's questions as paragraphs of their own, with no `Q:` label, and the answers with
# the interviewee's label: initials (`IV:`), a surname (`Varga:`), or a first name. Such a page is an interview as
# much as one with `Q:` labels: the labelled paragraphs are the interviewee's turns, and a paragraph that asks is the
# writer's (a body it cites before its question still speaks for itself). Other writers: a question in bold on its
# own line, a question that opens with a sentence of context (`Fares rose in May. Why?`). Must not fire: a page with
# one such question only (`What happens next?` then `Notes: ...`), or labels that answer no question.
QUESTIONS_APART_INITIALS = (
    "Ines Varga has run Kestle Ferries since 2021. She spoke to us on Monday.\n\n"
    "How many sailings did you run last year?\n\n"
    "IV: We ran 4,210 sailings, up from 3,900. Most of them left on time.\n\n"
    "The port authority says crossings fell by a tenth in the winter. Is that right?\n\n"
    "IV: We cancelled 60 sailings in January because of storms.\n")
QUESTIONS_APART_SURNAME = (
    "Omar Lisle is the director of Pell Dance Trust.\n\n"
    "Who comes to your classes?\n\n"
    "Lisle: About 1,300 children a week, most of them from the estate.\n\n"
    "Last year you lost a grant. What happened?\n\n"
    "Lisle: The arts board cut our grant by £40,000 in April.\n")
ONE_QUESTION_ONLY = (
    "Kestle Ferries carried 900,000 passengers in 2025.\n\n"
    "What happens next?\n\n"
    "Notes: The timetable for 2026 is published in March.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (QUESTIONS_APART_INITIALS,
     [("Ines Varga", "person", "We ran 4,210 sailings, up from 3,900"),
      ("Ines Varga", "person", "Most of them left on time"),
      ("the port authority", "unresolved", "crossings fell by a tenth in the winter"),
      ("Ines Varga", "person", "We cancelled 60 sailings in January because of storms")]),
    (QUESTIONS_APART_SURNAME,
     [("Omar Lisle", "person", "About 1,300 children a week, most of them from the estate"),
      ("Omar Lisle", "person", "The arts board cut our grant by £40,000 in April")]),
    (ONE_QUESTION_ONLY, []),
], ids=["initials-answer", "surname-answers", "one-question-is-no-interview"])
def test_questions_set_apart_make_the_labelled_answers_the_interviewees(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (QUESTIONS_APART_INITIALS, True), (QUESTIONS_APART_SURNAME, True), (ONE_QUESTION_ONLY, False),
    ("Why?\nIV: no blank line between.\n\nAnd?\nIV: none here either.\n", False),
    ("", False),
], ids=["initials", "surname", "one-question", "no-blank-line", "empty"])
def test_asks_apart_needs_two_questions_each_answered_by_a_label(text: str, expected: bool) -> None:
    assert asks_apart(text) is expected
