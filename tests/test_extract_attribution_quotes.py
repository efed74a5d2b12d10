"""`claims.extract.attribution.quotes`: a paragraph-long quotation signed by a line after a blank line, a name, a comma
and a post (`Jo Roe, Chair of X`, wave 52e), is that person's; one with no line after it keeps the speaker the text
gave before. Each case a short text written for this test about invented parties, and the whole table it gives as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows, named_context

from claims.extract.attribution.quotes import (
    colon_past_tense, embedded, last_full_stop, last_mark, left_open, only_conjunction, opens_unclosed, reporting_subject,
    says_opening, spoken_claim, unmarked_close, without_stray_close,
)
from claims.extract.text import Quote, find_speech, split_blocks

QUOTED = "\"We will keep every sailing. Fares will not rise this year.\"\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ardlow Ferries has kept its timetable.\n\n" + QUOTED + "\nJo Roe, Chair of Ardlow Ferries\n",
     [("Jo Roe", "person", "signed", "We will keep every sailing."),
      ("Jo Roe", "person", "signed", "Fares will not rise this year.")]),
    ("Jo Roe, Chair of Ardlow Ferries, spoke after the vote.\n\n" + QUOTED,  # nothing after the quotation
     [("Jo Roe", "person", "quotation continues", "We will keep every sailing."),
      ("Jo Roe", "person", "quotation continues", "Fares will not rise this year.")]),
], ids=["signed-after-blank", "text-ends"])
def test_a_paragraph_long_quotation_and_the_line_after_it(text: str,
                                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# A participle of speech after a reported clause (`X said the trust had missed out ..., adding: "..."`) goes on from
# the one who said it, never the clause's subject (wave 58n); a spokeswoman for a body still speaks for it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harwell Vale Hospitals NHS Trust has been rated good by inspectors.\n\nChief executive Jo Marsh said the trust "
     "had missed out on an outstanding rating by a whisker, adding: \"No one can doubt the change this organisation "
     "has achieved. We cut waits by 40% in two years.\"\n",
     [("inspectors", "inspectorate", "been rated", "Harwell Vale Hospitals NHS Trust has been rated good by inspectors"),
      ("Jo Marsh", "person", "said", "the trust had missed out on an outstanding rating by a whisker"),
      ("Jo Marsh", "person", "adding", "No one can doubt the change this organisation has achieved."),
      ("Jo Marsh", "person", "adding", "We cut waits by 40% in two years.")]),
    ("Northshore Water said overflows fell by 38% in 2025. A spokeswoman for the company said it was spending £160m "
     "on tanks by 2030, adding: \"We publish an alert for every beach within an hour of a spill.\"\n",
     [("Northshore Water", "organisation", "said", "overflows fell by 38% in 2025"),
      ("Northshore Water", "organisation", "said", "it was spending £160m on tanks by 2030"),
      ("Northshore Water", "organisation", "adding",
       "We publish an alert for every beach within an hour of a spill.")]),
], ids=["reported-clause", "spokeswoman"])
def test_a_participle_goes_on_from_who_said(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Round 59m (mutation): with no verb of speech before the participle the clause's subject speaks (older
# `subject_before_verb`), and a participle with no subject gives no row; `reporting_subject` reads no verb past the
# participle (`said` inside the quotation).
@pytest.mark.parametrize(("text", "expected"), [
    ('Jo Roe welcomed the plan, adding: "We said yes to it."\n',
     [("Jo Roe", "person", "adding", "We said yes to it.")]),
    ('Rain fell, adding: "Nobody knew."\n', []),
], ids=["no-speech-verb", "no-subject"])
def test_a_participle_after_a_clause_with_no_verb_of_speech(text: str,
                                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_reporting_subject_reads_no_verb_past_the_participle() -> None:
    text = 'Jo Roe welcomed the plan, adding: "We said yes to it."\n'
    assert reporting_subject(text, 0, text.index(", adding"), named_context(text)) is None


# The small readers most quotations pass through, asserted whole (round 60m2's mutation tests); invented phrases.
@pytest.mark.parametrize(("text", "span"), [
    ('- hiring 200 nurses"\n', (2, 19)), ('- hiring 200 nurses\u201d\n', (2, 19)), ('- hiring "200" nurses"\n', (2, 22)),
    ('- hiring \u201c200 nurses\u201d\n', (2, 21)), ('- hiring 200 nurses\n', (2, 19)), ('"\n', (0, 0)),
    ('- hiring X nurses"\n', (2, 17)), ('- hiring 200 nursesX\n', (2, 20)),
])
def test_without_stray_close_drops_a_closing_mark_no_mark_opens(text: str, span: tuple[int, int]) -> None:
    block = split_blocks(text)[0]
    assert without_stray_close(text, (block.body, block.end)) == span


@pytest.mark.parametrize(("text", "opens", "left"), [
    ('"We cut waits.\n', True, True), ('"We cut waits."\n', False, False), ('He said: "We cut waits.\n', False, True),
    ("We cut waits.\n", False, False),
])
def test_a_quotation_opening_or_left_open_in_its_paragraph(text: str, opens: bool, left: bool) -> None:
    block = split_blocks(text)[0]
    quotes = find_speech(text, block)
    assert (opens_unclosed(text, block, quotes), left_open(text, block, quotes)) == (opens, left)


@pytest.mark.parametrize(("second", "closed"), [
    ('We hired staff."', (1, 30)), ("We hired staff.\u201d Next", (1, 30)), ('We hired staff." said Jo.', (1, 30)),
    ('We hired staff,"', (1, 30)), ('We hired staff!"', (1, 30)),
    ('We hired staff"', None), ("We hired", None), ('- We hired staff."', None), ('We hired staff?"x', None),
    ('We hired staffX"', None), ('We hired\nWe opened wards."', None), ('We hired X\nWe opened wards."', None),
    ('We hired staff.\nWe opened wards."', (2, 47)),
])
def test_unmarked_close_finds_the_mark_ending_a_sentence(second: str, closed: tuple[int, int] | None) -> None:
    text = '"We cut waits.\n' + second + "\n"
    assert unmarked_close(text, split_blocks(text), 1) == closed


def test_unmarked_close_looks_no_further_than_its_paragraphs() -> None:
    text = '"We cut waits.\n' + "We hired staff.\n" * 8 + 'We opened wards."\n'
    blocks = split_blocks(text)
    assert (unmarked_close(text, blocks, 1), unmarked_close(text, blocks, 2)) == (None, (9, len(text) - 2))


@pytest.mark.parametrize(("text", "stop"), [
    ("Ms. Roe said. Then Mr. Pell went", 12), ("He met Ms. Roe", -1), ("It rose. Minister K. Roe MP said:", 7),
    ("No stop here", -1), (". Jo Roe said", 0),  # a stop opening the text: read from the start by default
])
def test_last_full_stop_skips_a_title_or_an_initial(text: str, stop: int) -> None:
    assert last_full_stop(text, 0, len(text)) == stop


def test_last_full_stop_looks_no_earlier_than_its_start() -> None:
    assert (last_full_stop("Ms. Roe. Then he went", 9, 21), last_full_stop("He left. Mr. Roe", 9, 16)) == (-1, -1)


@pytest.mark.parametrize(("text", "since", "stop"), [
    ("It rose. Then it fell. Jo Roe said", 0, 21), ("It rose. Then it fell. Jo Roe said", 10, 21),
    ("It rose. Then it fell. Jo Roe said", 22, -1),  # the last stop lies before `since`: none read
    ("It rose. Then Ms. Roe said", 0, 7), ("It rose. Then Ms. Roe said", 8, -1),  # `Ms.` ends no sentence
    ("Dr. Roe said", 1, -1),  # the title's stop is still judged from the start: `Dr.`, not `r.`
])
def test_last_full_stop_reads_nothing_before_since(text: str, since: int, stop: int) -> None:
    assert last_full_stop(text, 0, len(text), since=since) == stop


@pytest.mark.parametrize(("text", "start", "end", "mark"), [
    ("It rose.  \n ", 0, 12, "."), ("It rose!", 0, 8, "!"), ("It rose", 0, 7, "e"), ("   ", 0, 3, ""),
    ("It rose.   ", 8, 11, ""), ("It rose. Then", 0, 8, "."), ("", 0, 0, ""),
])
def test_last_mark_is_the_last_character_that_is_no_white_space(text: str, start: int, end: int, mark: str) -> None:
    assert last_mark(text, start, end) == mark


def test_colon_past_tense_ends_at_its_end() -> None:
    text = 'Lucy Roe fumed: "We won the vote."'
    match = colon_past_tense(text, 0, 16)
    assert (match and (match.group(0), match.span())) == ("fumed: ", (9, 16))


@pytest.mark.parametrize(("text", "spoken"), [("Waits have fallen.", True), ("Waits fell.", False), ("Thank you all.", False)])
def test_spoken_claim_is_three_words_and_a_statement(text: str, spoken: bool) -> None:
    assert spoken_claim(text, (0, len(text))) is spoken


@pytest.mark.parametrize(("text", "inside"), [
    ('Jo Roe said "we will win this vote in the end".\n', [False]),
    ('The plan failed, "which means we will be back here next year."\n', [True]),
    ('Jo Roe said the plan failed, "which means we will be back here next year."\n', [True]),
    ('The plan failed, "we will be back here next year."\n', [False]),
    ('Jo Roe said: "We will win this vote in the end."\n', [False]),
    ('Jo Roe said on a wet Tuesday at the town hall "we will win this vote in the end".\n', [True]),
    ('Jo Roe said that Tarn Ferries had confirmed "we will win this vote in the end".\n', [True]),
    ('"We will win this vote in the end," said Jo Roe, "and we will be back here next year."\n', [False, False]),
])
def test_embedded_is_a_quotation_inside_a_clause(text: str, inside: list[bool]) -> None:
    block = split_blocks(text)[0]
    assert [embedded(text, block, quote) for quote in find_speech(text, block)] == inside


def test_a_scare_quote_is_embedded() -> None:
    text = 'The plan created an "unacceptable risk" to staff on every ward.\n'
    assert embedded(text, split_blocks(text)[0], Quote((20, 39), (21, 38))) is True


@pytest.mark.parametrize(("text", "only"), [
    (", but ", True), (", and then ", True), ("but also ", True), (" and ", True),
    (", ", False), ("", False), (" , ; ", False), (", said ", False),
])
def test_only_conjunction(text: str, only: bool) -> None:
    assert only_conjunction(text, 0, len(text)) is only


@pytest.mark.parametrize(("text", "verb"), [
    ("Lucy Roe, 44, fumed: ", ("fumed: ", (14, 21))), ("The report listed: ", None), ("Lucy Roe fumed ", None),
    ("Lucy Roe fumed: x", None), ("Jo fed: ", None),
])
def test_colon_past_tense_is_no_list_verb(text: str, verb: tuple[str, tuple[int, int]] | None) -> None:
    match = colon_past_tense(text, 0, len(text))
    assert (match and (match.group(0), match.span())) == verb


@pytest.mark.parametrize(("text", "start"), [
    ("Says Jo Roe, chief executive of Acme:", 5), ("Quote from Jo Roe:", 11), ("A Statement from Jo", 17),
    ("Below is a statement from Jo Roe:", 26), ("The following is the full joint statement issued by Jo Roe:", 52),
    ("Below is the list:", None), ("Jo Roe says:", None), ("Here are remarks from Jo", None),
])
def test_says_opening_is_where_the_giver_starts(text: str, start: int | None) -> None:
    assert says_opening(text, 0, len(text)) == start
