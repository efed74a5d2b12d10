"""Statements under a heading or over a signature (`claims.extract.statement`), one function at a time."""
from __future__ import annotations

import pytest

from claims.extract import statement
from claims.extract.entities import Mention
from claims.extract.text import Block, split_blocks
from tests.extract_rows import cued_rows, rows


def _first(text: str) -> Mention | None:
    """The person the first block of text heads a statement for."""
    return statement.statement_speaker(text, split_blocks(text)[0])


@pytest.mark.parametrize("heading, expected", [
    ("STATEMENT FROM SHERIFF JO ROE", Mention(15, 29, "Jo Roe", "person", False, "sheriff")),
    ("Message from Mayor Jo Roe:", Mention(13, 25, "Jo Roe", "person", False, "mayor")),
    ("A letter from our chair, Tom Hale", Mention(25, 33, "Tom Hale", "person")),
    ("An open letter from Jo Roe", Mention(20, 26, "Jo Roe", "person")),
    ("Remarks by Dr Ann Lee", Mention(11, 21, "Ann Lee", "person", False, "dr")),
    ("Statements from Jo Roe :", Mention(16, 22, "Jo Roe", "person")),
    ("Media Release Statement by the Governor, Mr Tam Holloway:", Mention(41, 56, "Tam Holloway", "person", False, "mr")),
    ("Press Release Statement from the Chair, Dr Ines Vale:", Mention(40, 52, "Ines Vale", "person", False, "dr")),
])
def test_a_heading_names_the_person_whose_statement_follows(heading: str, expected: Mention) -> None:
    assert _first(heading) == expected


@pytest.mark.parametrize("line", [
    "Statement from Jo Roe.",  # a sentence, not a heading
    "Statement from Jo Roe!",
    "- Statement from Jo Roe",  # a bullet
    "Statement from the council",  # nobody's person
    "Statement from Jo Roe, Ann Lee",  # two signers speak jointly
    "Statement from " + "Jo Roe " * 20,  # far too long for a heading
    "Jo Roe said the statement from the council was late",
    "Statement from Jo",
])
def test_any_other_line_heads_no_statement(line: str) -> None:
    assert _first(line) is None


LONG_HEADING = ("Full open letters from the long serving chair of the county history society and museum, Tom Hale, "
                "on the future plans for its new heritage trusts in those shires")
"""A heading of 161 characters, which the heading's pattern alone would take (the cap was 120 until wave 47e)."""


def test_a_heading_of_160_characters_counts_and_one_of_161_does_not() -> None:
    at_most = LONG_HEADING.replace("Full open letters", "An open letter").replace("museum", "museums")
    assert [len(at_most), _first(at_most), len(LONG_HEADING), _first(LONG_HEADING)] == [
        159, Mention(86, 94, "Tom Hale", "person"), 161, None]
    exact = at_most.replace("An open", "The open")
    assert [len(exact), _first(exact)] == [160, Mention(87, 95, "Tom Hale", "person")]


def test_a_heading_inside_a_text_is_read_on_its_own_line() -> None:
    text = ("The council met on Monday to agree the budget for the coming year, and the budget passed by a wide margin "
            "after a long debate in the chamber.\nStatement from Mayor Jo Roe\nWe cut waste by 40% this year.\n\u2014 Jo Roe")
    assert [statement.statement_speaker(text, b) for b in split_blocks(text)] == [
        None, Mention(157, 169, "Jo Roe", "person", False, "mayor"), None, None]


def test_a_heading_in_capitals_may_end_with_any_capital() -> None:
    assert _first("STATEMENT FROM MAYOR JO WILCOX") == Mention(15, 30, "Jo Wilcox", "person", False, "mayor")


@pytest.mark.parametrize("paragraph, goes_on", [
    ("We cut waste.", True),
    ("Our staff cut waste.", True),
    ("I'm proud of us.", True),
    ("Staff cut my budget.", True),
    ("I\u2019ve seen it grow!", True),
    ("Why did we wait?", True),
    ("\u201cWe cut waste.\u201d", False),  # a quotation is read as speech
    ("\"We cut waste.\"", False),
    ("- We cut waste.", False),  # a bullet (a signature line is one)
    ("They cut waste.", False),  # the writer's narration
    ("We cut waste", False),  # a heading, not prose
    ("We thank JO WILCOX", False),
    ("Weather cut our... no", False),
])
def test_a_paragraph_goes_on_with_a_statement_when_it_speaks_as_i_or_we(paragraph: str, goes_on: bool) -> None:
    assert statement.in_statement(paragraph, split_blocks(paragraph)[0]) is goes_on


def test_in_statement_reads_only_its_own_block() -> None:
    text = "They cut waste.\nWe opened a depot."
    blocks = split_blocks(text)
    assert [statement.in_statement(text, b) for b in blocks] == [False, True]


def test_a_statement_paragraph_claims_its_sentences_but_not_questions_thanks_or_rhetoric() -> None:
    text = ("We cut waste by 40% this year. Thank you all so much. Did we do enough? "
            "We know it was hard, but we opened three new depots.")
    spans = statement.statement_claims(text, split_blocks(text)[0])
    assert [text[a:b] for a, b in spans] == ["We cut waste by 40% this year",
                                             "We know it was hard, but we opened three new depots"]


def test_a_four_word_sentence_is_a_claim_and_a_three_word_one_is_not() -> None:
    text = "We cut waste. We cut all waste."
    spans = statement.statement_claims(text, split_blocks(text)[0])
    assert [text[a:b] for a, b in spans] == ["We cut all waste"]


def test_statement_claims_read_only_their_own_paragraph() -> None:
    text = "Thanks to all.\nWe opened three new depots in May.\nWe cut waste by half."
    blocks = split_blocks(text)
    assert [[text[a:b] for a, b in statement.statement_claims(text, block)] for block in blocks] == [
        [], ["We opened three new depots in May"], ["We cut waste by half"]]


@pytest.mark.parametrize("line, expected", [
    ("\u2014 Mayor Jo Roe", Mention(2, 14, "Jo Roe", "person", False, "mayor")),
    ("-- Jo Roe, Chief Executive", Mention(3, 9, "Jo Roe", "person")),
    ("\u2013Jo Roe", Mention(1, 7, "Jo Roe", "person")),
    ("\u2014 JO WILCOX", Mention(2, 11, "Jo Wilcox", "person")),
])
def test_a_signature_line_names_its_signer(line: str, expected: Mention) -> None:
    assert statement.signature(line, split_blocks(line)[0]) == expected


@pytest.mark.parametrize("line", [
    "\u2014 Jo Roe.", "\u2014 Jo Roe:", "\u2014 Jo Roe!", "Jo Roe", "\u2014 the council", "\u2014 Thanks to Jo Roe",
    "\u2014 Acme Water plc", "- " + "Jo Roe " * 20, "--- Jo Roe",
])
def test_any_other_line_signs_nothing(line: str) -> None:
    assert statement.signature(line, split_blocks(line)[0]) is None


def test_a_signature_just_under_the_length_limit_still_signs() -> None:
    line = "\u2014 Jo Roe, " + "a" * 90  # 100 characters
    over = line + "a"
    assert [len(line), statement.signature(line, split_blocks(line)[0]), statement.signature(over, split_blocks(over)[0])] \
        == [100, Mention(2, 8, "Jo Roe", "person"), None]


def test_first_person_paragraphs_over_a_signature_are_signed_by_it() -> None:
    text = "We cut waste by 40%.\nWe opened two depots.\n\u2014 Mayor Jo Roe\n"
    blocks = split_blocks(text)
    jo = Mention(45, 57, "Jo Roe", "person", False, "mayor")
    assert [statement.signed_statement(text, blocks, i) for i in range(len(blocks))] == [jo, jo, None]


def test_a_signature_signs_at_most_eight_paragraphs() -> None:
    text = "\n".join(f"We opened {n} new depots this year." for n in range(2, 12)) + "\n\u2014 Jo Roe"
    blocks = split_blocks(text)
    jo = Mention(344, 350, "Jo Roe", "person")
    assert [statement.signed_statement(text, blocks, i) for i in range(len(blocks))] == [None, None] + [jo] * 8 + [None]


def test_paragraphs_without_a_signature_or_broken_by_narration_are_unsigned() -> None:
    unsigned = "We cut waste.\nWe opened two depots."
    broken = "We cut waste.\nThe council agreed.\nWe opened a depot.\n\u2014 Jo Roe"
    assert [[statement.signed_statement(t, split_blocks(t), i) for i in range(len(split_blocks(t)))]
            for t in (unsigned, broken)] == [[None, None], [None, None, Mention(55, 61, "Jo Roe", "person"), None]]


def test_a_text_may_be_signed_only_when_a_line_opens_with_a_dash_and_a_name() -> None:
    texts = ["We cut waste.\n\u2014 Jo Roe", "We cut waste.\n-- Jo Roe, Chair", "We cut waste.", "\u2014 jo roe",
             "\u2014 Jo Roe.", "We cut \u2014 Jo Roe"]
    assert [statement.may_be_signed(t) for t in texts] == [True, True, False, False, False, False]


@pytest.mark.parametrize("lines, expected", [
    ("Jo Roe\nChief Executive", Mention(0, 6, "Jo Roe", "person")),
    ("Jo Roe\nChair, Board of Trustees\nHarlow, May 2026", Mention(0, 6, "Jo Roe", "person")),
    ("Professor Ann Lee\nDirector of the Fenmoor Museum", Mention(0, 17, "Ann Lee", "person", False, "professor")),
])
def test_a_name_over_a_post_signs_off_as_that_person(lines: str, expected: Mention) -> None:
    assert statement.sign_off(lines, split_blocks(lines), 0) == expected


@pytest.mark.parametrize("lines", [
    "Jo Roe\nHarlow, May 2026",  # no post under the name
    "Jo Roe\n",  # nothing under it
    "Thanks to Jo Roe\nChief Executive",  # the line is more than the name
    "Acme Water plc\nChief Executive",  # no person
    "Jo Roe.\nChief Executive",  # a sentence, not a name
    "- Jo Roe\nChief Executive",  # a bullet
    "Jo Roe\nChief Executive of Acme since 2019, when she joined from the board of a water company abroad",  # no line of a post
])
def test_any_other_pair_of_lines_signs_off_no_one(lines: str) -> None:
    assert statement.sign_off(lines, split_blocks(lines), 0) is None


def test_first_person_paragraphs_over_a_sign_off_are_signed_off_by_it_and_no_statement() -> None:
    text = "We cut waste by 40%.\nWe opened two depots.\nJo Roe\nChief Executive\n"
    blocks = split_blocks(text)
    jo = Mention(43, 49, "Jo Roe", "person")
    assert [[statement.signed_off(text, blocks, i) for i in range(len(blocks))],
            [statement.signed_statement(text, blocks, i) for i in range(len(blocks))]] \
        == [[jo, jo, None, None], [None] * 4]


def test_a_sign_off_signs_a_whole_foreword_of_twelve_paragraphs() -> None:
    text = "\n".join(f"We opened {n} new depots this year." for n in range(2, 15)) + "\nJo Roe\nChair"
    blocks = split_blocks(text)
    jo = Mention(447, 453, "Jo Roe", "person")
    assert [statement.signed_off(text, blocks, i) for i in range(len(blocks))] \
        == [None] + [jo] * 12 + [None, None]


def test_a_text_may_be_signed_off_only_when_a_name_stands_over_a_post() -> None:
    texts = ["We cut waste.\n\nJo Roe\nChief Executive", "We cut waste.\nJo Roe\nChair of Trustees\nMay 2026",
             "We cut waste.", "We cut waste.\n\nJo Roe\nHarlow, May 2026", "We cut waste.\n\nOur year\nPeople helped: 40"]
    assert [statement.may_be_signed_off(t) for t in texts] == [True, True, False, False, False]


MINISTERIAL = """Ministerial Statement by Minister Halvard Quist on Update on the Harbour Recovery Plan

Mar 3, 2027

Mr Speaker, Sir, we closed two of the five berths after the storm. The number of ships waiting offshore has doubled in a week.

Port Charges

We have cut port charges by 10 per cent for three months.
"""


def test_a_ministerial_statement_goes_on_below_its_date_and_subheadings() -> None:
    """Wave 47v: `Ministerial Statement by X on Y`, then a date line, then X's own paragraphs, a subheading between
    them: every sentence is X's."""
    assert cued_rows(MINISTERIAL) == [
        ("Halvard Quist", "person", "statement", "Mr Speaker, Sir, we closed two of the five berths after the storm"),
        ("Halvard Quist", "person", "statement", "The number of ships waiting offshore has doubled in a week"),
        ("Halvard Quist", "person", "statement", "We have cut port charges by 10 per cent for three months"),
    ]


SUBJECT_LINE = ("Media Release Statement by the Governor, Mr Tam Holloway:\n"
                "Reporting of Remarks Made in Carrow\n\n"
                "Today's Carrow Ledger misreported some of the remarks I made in Carrow yesterday.\n\n"
                "My answer in no way criticised the Treasury's spending plans.\n\n"
                "Press Office\nBank of Carrow\n")


def test_a_subject_line_under_a_statements_heading_is_passed_over_to_the_statement() -> None:
    assert cued_rows(SUBJECT_LINE) == [
        ("Tam Holloway", "person", "statement",
         "Today's Carrow Ledger misreported some of the remarks I made in Carrow yesterday"),
        ("Tam Holloway", "person", "statement", "My answer in no way criticised the Treasury's spending plans"),
    ]


# Wave 53g: a signature, a statement's subject line and a page's furniture share one set of marks a line of running
# text closes on (`statement.RUNNING_TEXT_ENDS`): a sign-off closing on any of them signs nothing.
@pytest.mark.parametrize("mark", list(".!?:;,\"\u201d"))
def test_a_sign_off_closing_on_a_mark_of_running_text_signs_nothing(mark: str) -> None:
    line = "Shay Roe, Superintendent" + mark
    assert (statement.RUNNING_TEXT_ENDS, statement.comma_signer(line, split_blocks(line)[-1])) \
        == (".!?:;,\"\u201d", None)


# Wave 53g: one test of whether a range holds a double quotation mark, for the release's and the statement's readers
# (`statement.quote_marked`), the range's edges kept.
@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("We opened the berth.", 0, 20, False),
    ("We said \"no\" to it.", 0, 19, True),
    ("We said \u201cno\u201d to it.", 0, 19, True),
    ("We said \u201cno\u201d to it.", 12, 19, False),
    ("We said \u201cno\u201d to it.", 8, 9, True),
    ("We said \u2018no\u2019 to it.", 0, 19, False),
    ("\"", 0, 0, False),
])
def test_quote_marked(text: str, start: int, end: int, expected: bool) -> None:
    assert statement.quote_marked(text, start, end) is expected


JO = Mention(0, 6, "Jo Roe", "person")
LONGEST_SIGNATURE = "Jo Roe, Minister for Roads, Rail, Ports, Ferries, Harbours, Canals, Bridges and the Coasts of Ardlow"


@pytest.mark.parametrize(("line", "expected"), [
    ("Jo Roe, Superintendent", JO),
    ("Jo Roe, Superintendent, District X", JO),  # a post's word before a comma, a line ending on a capital
    (LONGEST_SIGNATURE, JO),  # 100 characters, the longest signature
    (LONGEST_SIGNATURE + "e", None),
    ("Jo Roe, Chief Constable. ", None),  # a sentence's end before white space
    ("Thanks to Jo Roe, Superintendent", None),  # no name at the line's start
    ("the end", None),  # no name at all
    ("", None),
], ids=["post", "post-comma", "longest", "too-long", "stop-then-space", "name-inside", "no-name", "empty"])
def test_comma_signer(line: str, expected: Mention | None) -> None:
    assert len(LONGEST_SIGNATURE) == statement.MAX_SIGNATURE_CHARS
    assert statement.comma_signer(line, Block(0, len(line), 0, False)) == expected


def test_a_post_line_with_a_comma_may_sign_off_a_text() -> None:
    assert statement.may_be_signed_off("We cut waste.\nJo Roe\nChair, Acme Trust\n") is True


def test_first_person_paragraphs_to_the_texts_end_are_signed_off_by_no_one() -> None:
    text = "We opened two depots this year.\n\nWe hired ten new drivers.\n"
    blocks = split_blocks(text)
    assert [statement.signed_off(text, blocks, i) for i in range(len(blocks))] == [None, None]


REMARKS = ("Harbour Board Chair Ada Quell's remarks at the annual meeting of the Kestrel Isles Harbour Board\n\n"
           "As delivered\n\n12 June 2029\n\n"
           "KESTREL, 12 June 2029 \u2013 \u201cGood morning, and thank you for joining us for this meeting.\n\n"
           "\u201cLast year the harbour handled 4,120 ships, up from 3,780 the year before.\n\n"
           "\u201cWe also cut the average wait for a berth to 11 hours.\n\n"
           "\u201cThank you again for your support.\n")
"""A remarks page (wave 54q): a heading naming the speaker as the owner of her remarks, then the speech as one
quotation run over paragraphs that never closes."""


def test_a_remarks_page_is_the_speakers_voice_throughout() -> None:
    assert cued_rows(REMARKS) == [
        ("Ada Quell", "person", "statement", "\u201cGood morning, and thank you for joining us for this meeting"),
        ("Ada Quell", "person", "statement", "\u201cLast year the harbour handled 4,120 ships, up from 3,780 the year "
         "before"),
        ("Ada Quell", "person", "statement", "\u201cWe also cut the average wait for a berth to 11 hours"),
    ]


@pytest.mark.parametrize("heading", [
    "Harbour Board Chair Ada Quell's remarks at the annual meeting",
    "Harbour Board Chair Ada Quell\u2019s opening statement to the Harbour Board",
    "Chair Ada Quell's speech to the Coastal Trade Forum",
])
def test_a_heading_owning_a_speech_names_its_speaker(heading: str) -> None:
    block = split_blocks(heading)[0]
    assert statement.statement_speaker(heading, block).name == "Ada Quell"


def test_a_quotation_mark_at_the_texts_first_character_is_found() -> None:
    from claims.extract.statement import quote_marked
    assert [quote_marked(t, 0, 6) for t in ('"Yes," she said.', '\u201cYes,\u201d she said.', "Yes, she said.")] \
        == [True, True, False]


@pytest.mark.parametrize("heading, expected", [
    ("Statement from the Harbourmaster - Tarnmouth Pier Operation", None),  # the topic is no giver (59e)
    ("Statement from the Chair | Quay Road Closure", None),
    ("Statement from Mayor Ilse Varga \u2013 Quay Road Closure", Mention(15, 31, "Ilse Varga", "person", False, "mayor")),
])
def test_a_topic_after_a_spaced_dash_is_no_giver(heading: str, expected: Mention | None) -> None:
    assert statement.statement_party(heading, split_blocks(heading)[0]) == expected


# Wave 64e: the cheap test before a sign-off is read agrees with `sign_off` and `comma_signer` on blank lines: a name
# line set apart from its post by blank lines (`Jo Roe` / blank / `Operations Director`), and a name and post written
# on the line right under the last paragraph with no blank line (`..., and we opened a berth.` / `Jo Roe, Chair`).


@pytest.mark.parametrize(("text", "expected"), [
    ("We cut waste.\n\nJo Roe\n\n\n\nChief Executive", True),
    ("We cut waste.\n\nJo Roe\n\nChair of Trustees\n", True),
    ("We cut waste by a third.\nJo Roe, Chair\n", True),
    ("We cut waste by a third.\nJo Roe, Harlow\n", False),
    ("We cut waste.\n\nJo Roe\n\nHarlow, May 2026", False),
])
def test_a_sign_off_may_stand_apart_from_its_post_or_right_under_the_paragraph(text: str, expected: bool) -> None:
    assert statement.may_be_signed_off(text) is expected


SIGNED_APART = """Evening update on the storm

At the worst point we had some 2,300 homes without water. By six this evening we had brought back supply to all but 410 homes.



Nadia Thorne

Operations Director
"""


SIGNED_UNDER = """Year in brief

We handled 1,840 ship visits, up from 1,512 the year before. Our dredging cleared 96,000 tonnes of silt.
Tobias Marrin, Chair

Annual accounts (PDF, 1.2 MB)
"""


def test_first_person_figures_signed_off_across_blank_lines_are_the_signers() -> None:
    assert rows(SIGNED_APART) == [
        ("Nadia Thorne", "person", "At the worst point we had some 2,300 homes without water"),
        ("Nadia Thorne", "person", "By six this evening we had brought back supply to all but 410 homes"),
    ]


def test_first_person_figures_signed_off_on_the_line_under_are_the_signers() -> None:
    assert rows(SIGNED_UNDER) == [
        ("Tobias Marrin", "person", "We handled 1,840 ship visits, up from 1,512 the year before"),
        ("Tobias Marrin", "person", "Our dredging cleared 96,000 tonnes of silt"),
    ]
