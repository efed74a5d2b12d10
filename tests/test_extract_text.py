"""Sentences (`claims.extract.text`): each case is a short text written for this test in our own words about
invented parties, and the whole value it must give (the sentences `split_sentences` reads, or the whole table of
(speaker, speaker_kind, cue, quote) rows, in text order); cases where a rule must not fire sit beside the ones where
it must."""
import re

import pytest

from claims import extract_text
from claims.extract.text import (LineOpening, before_space, line_end, line_opening, line_start, line_starts, next_paragraph,
                                 opens_some_line, past_space,
                                 split_blocks, split_sentences)


def table(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["cue"], found["quote"]))


def sentences(text: str) -> list[str]:
    """Return the sentences `split_sentences` reads in a whole text."""
    return [text[start:end] for start, end in split_sentences(text, 0, len(text))]


# Wave 35i: an answer's `No.` (opening its line, or after a label's colon) is a sentence of its own when no figure
# follows it, so that the answer's next sentence opens on its own subject: `No. Tarnby Water says ...` is Tarnby
# Water's claim, never the question's issuer's, nor nobody's. `No. 4 Mill Lane` and a `No.` inside a sentence stay
# a number's abbreviation.
@pytest.mark.parametrize(("text", "expected"), [
    ("Will rents rise?\nNo. Rents will stay at 2026 levels.",
     ["Will rents rise?", "No.", "Rents will stay at 2026 levels."]),
    ("Will rents rise?\n\nNo. Orlen Housing says rents will stay at 2026 levels.",
     ["Will rents rise?", "No.", "Orlen Housing says rents will stay at 2026 levels."]),
    ("Q: Will rents rise?\nA: No. Orlen Housing says rents will stay at 2026 levels.",
     ["Q: Will rents rise?", "A: No.", "Orlen Housing says rents will stay at 2026 levels."]),
    # must not fire: a figure follows, or `No.` does not open its line or a label's answer
    ("Will the office move?\nNo. 4 Mill Lane stays open until June.",
     ["Will the office move?", "No. 4 Mill Lane stays open until June."]),
    ("The hall at No. 4 Mill Lane is shut.", ["The hall at No. 4 Mill Lane is shut."]),
    ("Houses no. 12 and 14 were hit.", ["Houses no. 12 and 14 were hit."]),
])
def test_an_answers_no_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


FAQ = ("Tarnby Water\n\nHosepipe ban: your questions answered\n\n"
       "Will I be fined straight away?\n\n")


def test_an_answer_after_no_is_the_party_it_cites() -> None:
    text = FAQ + "No. Orlen District Council says it will send only warning letters until 1 May.\n"
    assert table(text) == [("Orlen District Council", "organisation", "says",
                            "it will send only warning letters until 1 May")]


def test_an_inspectorate_after_no_judges_in_its_own_name() -> None:
    text = ("Tarnby Borough Council\n\nConsultation on Merrow Lane Nursery\n\nFrequently asked questions\n\n"
            "What is being proposed?\n\nThe council is consulting on moving the nursery's 40 places to Hale Park "
            "from September 2028.\n\n"
            "Is the nursery failing?\n\n"
            "No. Ofsted rated Merrow Lane Good at its last inspection in 2025.\n")
    assert table(text)[-1] == ("Ofsted", "inspectorate", "rated", "rated Merrow Lane Good at its last inspection in 2025")


def blocks(text: str) -> list[str]:
    """Return the text of every block `split_blocks` reads."""
    return [text[block.start:block.end] for block in split_blocks(text)]


# Wave 50e: a page whose lines were hard-wrapped with a blank line after each (a PDF or a CMS pasting each line as a
# paragraph) breaks a sentence mid-way; a paragraph of press writing never ends there. A block that stops mid-sentence
# (no closing mark, and a comma, a word no sentence ends on, or a quotation still open) goes on in the next block when
# that opens in lower case (or with a figure, when a quotation is still open). A heading, a bullet item or a list item
# closed by `; and` stays its own block.
@pytest.mark.parametrize("text", [
    "\u201cWith help from our members, we can report that\n\n$2,400,000 went to village clinics and\n\nschools,\u201d "
    "said Ola Brant, chair of the Velden Trust.",
    "Grants this year went to rural bus routes, a new ferry pier, two new\n\nlibrary vans and repairs to the "
    "harbour wall.",
    "The board met on Monday. \u201cThese\n\nfunds paid for 12 nurses,\u201d said Ola Brant.",
    "\"Thanks to our members, we can report that\n\n$2,400,000 went to village clinics,\" said Ola Brant.",
])
def test_a_sentence_broken_by_a_blank_line_is_one_block(text: str) -> None:
    assert blocks(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    # must not fire: a heading or a bullet item before a lower-case brand, a figure after a heading, a list item
    ("Velden cuts grants to clubs\n\nvelocity chief executive Ada Moss said the cuts were needed.",
     ["Velden cuts grants to clubs", "velocity chief executive Ada Moss said the cuts were needed."]),
    ("- a new fund will open for clubs facing cuts of more than 5 per cent\n\nvelocity said the fund was small.",
     ["- a new fund will open for clubs facing cuts of more than 5 per cent", "velocity said the fund was small."]),
    ("Annual results for the year to\n\n2026 was a good year for the Velden Trust.",
     ["Annual results for the year to", "2026 was a good year for the Velden Trust."]),
    ("Since May we have:\n\nopened two clinics in Arnholt, Velden and Tarn; and\n\nhired 40 nurses.",
     ["Since May we have:", "opened two clinics in Arnholt, Velden and Tarn; and", "hired 40 nurses."]),
])
def test_a_block_that_ends_its_sentence_stays_apart(text: str, expected: list[str]) -> None:
    assert blocks(text) == expected


def test_a_quotation_broken_by_blank_lines_is_its_speakers() -> None:
    text = ("The Velden Trust held its yearly meeting in Arnholt today.\n\n"
            "\u201cThanks to our members, we can report that\n\n$2,400,000 went to village clinics and\n\n"
            "schools,\u201d said Ola Brant, chair of the Velden Trust. \u201cThese\n\n"
            "funds paid for 12 nurses.\u201d\n")
    assert table(text) == [
        ("Ola Brant", "person", "said",
         "Thanks to our members, we can report that\n\n$2,400,000 went to village clinics and\n\nschools"),
        ("Ola Brant", "person", "quotation continues", "These\n\nfunds paid for 12 nurses.")]


# Wave 52s: a range already split is split once; each call still gets a list of its own, so a caller that changes
# its list never changes what the next caller reads.
def test_split_sentences_gives_each_call_its_own_list() -> None:
    text = "Orlen Housing froze rents. Dr. Ama Lind said the freeze would hold. Will it last?"
    first = split_sentences(text, 0, len(text))
    assert first == [(0, 26), (27, 67), (68, 81)]
    first.pop()
    first[0] = (0, 1)
    assert split_sentences(text, 0, len(text)) == [(0, 26), (27, 67), (68, 81)]
    assert split_sentences(text, 27, len(text)) == [(27, 67), (68, 81)]
    assert split_sentences(text, 0, len(text)) is not split_sentences(text, 0, len(text))


# Wave 53g: a pattern read at a line's start is compiled once into a `LineOpening` (matched at the text's start,
# searched after each line break), the same answer as a multiline search of `^pattern` on every text, found faster.
def test_line_opening_compiles_the_source_at_the_start_and_after_a_break() -> None:
    assert line_opening(r"[ \t]*CLAIM\b") == LineOpening(re.compile(r"[ \t]*CLAIM\b"), re.compile(r"\n[ \t]*CLAIM\b"))


@pytest.mark.parametrize(("text", "expected"), [
    ("CLAIM 1: rents fell.", True),
    ("  CLAIM 1: rents fell.", True),
    ("Checked on Monday.\nCLAIM 1: rents fell.", True),
    ("Checked on Monday.\r\n\tCLAIM 1: rents fell.", True),
    ("Checked on Monday.\n\nCLAIM", True),
    ("Our CLAIM 1: rents fell.", False),
    ("Checked on Monday. CLAIM 1: rents fell.", False),
    ("Checked on Monday.\nThe CLAIMS desk says rents fell.", False),
    ("", False),
])
def test_opens_some_line_as_a_multiline_search(text: str, expected: bool) -> None:
    opening = line_opening(r"[ \t]*CLAIM\b")
    assert (opens_some_line(text, opening), re.search(r"(?m)^[ \t]*CLAIM\b", text) is not None) == (expected, expected)


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Acme said.\n\n  Jo Roe", 10, 14),  # past line breaks and spaces
    ("Acme said.", 0, 0),  # no white space at `at`
    ("Acme \u00a0\u2003said", 4, 7),  # a no-break space and an em space are white space too
    ("Acme  \n", 4, 7),  # nothing after: the text's length
    ("Acme", 9, 4),  # past the end
], ids=["line-breaks", "none", "unicode-spaces", "to-the-end", "past-the-end"])
def test_past_space_is_where_the_stripped_rest_begins(text: str, at: int, expected: int) -> None:
    assert past_space(text, at) == expected == len(text) - len(text[at:].lstrip())


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Acme said.  \n\n", 14, 10),  # back past spaces and line breaks
    ("Acme said.", 10, 10),  # no white space before `at`
    ("Acme \u00a0\u2003said", 7, 4),  # a no-break space and an em space are white space too
    ("  \n Acme", 4, 0),  # nothing before but white space: the text's start
    ("Acme said", 4, 4), ("", 0, 0),
], ids=["line-breaks", "none", "unicode-spaces", "to-the-start", "mid-word", "empty"])
def test_before_space_is_where_the_stripped_text_before_ends(text: str, at: int, expected: int) -> None:
    """Wave 62 (a paragraph's square cost): `before_space` reads back from `at` instead of copying the text before."""
    assert before_space(text, at) == expected == len(text[:at].rstrip())


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("Headline\n\nBody text.\n", 0, 8),  # the first break
    ("Headline\n\nBody text.\n", 10, 20),  # a later line's break
    ("Headline\n\nBody text.", 10, 20),  # no break: the text's end
    ("Headline\n", 8, 8),  # at the break itself
    ("\nHeadline", 0, 0),  # a break opening the text
], ids=["first", "later", "to-the-end", "at-the-break", "at-the-text-start"])
def test_line_end_is_the_lines_break_or_the_texts_end(text: str, at: int, expected: int) -> None:
    assert line_end(text, at) == expected


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("A lead.\n\nJo Roe said.\n", 0, 9),  # past the blank line
    ("A lead.\n \t\n  Jo Roe said.\n", 3, 13),  # past spaced blank lines and the line's own indent
    ("A lead.\nJo Roe said.", 7, 8),  # at the break itself
    ("A lead.", 0, None),  # the text's last line
    ("A lead.\n\n \n", 0, None),  # nothing but white space after
], ids=["blank-line", "spaced", "at-the-break", "last-line", "white-space-after"])
def test_next_paragraph_is_the_next_line_that_holds_words(text: str, at: int, expected: int | None) -> None:
    assert next_paragraph(text, at) == expected


@pytest.mark.parametrize(("text", "at", "chars", "expected"), [
    ("Tarn Trust , , found", 12, " ,", 10),  # spaces and commas, as a lead-in's source is cut
    ("Tarn Trust,\t found", 13, " ,", 12),  # a tab is no such character: it stays
    ("Tarn Trust\n\n\nIts report", 13, "\n", 10),  # the paragraph before, its breaks left out
    ("Tarn Trust \n\nIts", 13, "\n", 11),  # a space before the breaks stays
    ("\n\n", 2, "\n", 0), (", ,", 3, " ,", 0),  # to the text's start
    ("Tarn", 4, "", 4), ("", 0, " ,", 0),  # nothing to leave out
], ids=["commas", "tab-stays", "breaks", "space-before-breaks", "breaks-to-start", "commas-to-start", "no-chars",
        "empty"])
def test_before_space_leaves_out_the_given_characters_as_rstrip_does(text: str, at: int, chars: str,
                                                                      expected: int) -> None:
    """Wave 63x: `statement_frames` and `commissioned_documents` read back from the point instead of copying the text
    before it to strip it."""
    assert before_space(text, at, chars) == expected == len(text[:at].rstrip(chars))


# Wave 64x: one helper for where a row's line opens (`byline_credits.line_opening` and `stubs.line_start` before).
@pytest.mark.parametrize(("text", "at", "expected"), [
    ("ab\ncd", 4, 3), ("abcd", 2, 0), ("a\nb\nc", 4, 4), ("", 0, 0), ("ab\n", 3, 3), ("ab\n", 2, 0),
    ("\n\nx", 1, 1), ("\n\nx", 0, 0), ("ab\ncd", 99, 3)])
def test_line_start_at_its_edges(text: str, at: int, expected: int) -> None:
    assert line_start(text, at) == expected


@pytest.mark.parametrize("text", ["", "one line", "By Jo Roe\nTarn Press\n\nPhoto: Kell\n", "\n\n\nx\n"])
def test_line_start_is_the_last_break_before_a_position_and_one(text: str) -> None:
    assert [line_start(text, at) for at in range(len(text) + 1)] == [text.rfind("\n", 0, at) + 1
                                                                     for at in range(len(text) + 1)]


def test_line_starts() -> None:
    assert (line_starts("By Jo Roe\nTarn Press\n\nx"), line_starts("")) == ((0, 10, 21, 22), (0,))


# Wave 66x: a page that lost the space after a full stop glued two sentences (`children.Christine`); the reader ends
# the first there, after a lower-case word of three letters or more and before a capitalised word, never inside an
# address, an abbreviation or a figure.
@pytest.mark.parametrize(("text", "expected"), [
    ("Waits fell in the clinic.Ama Orrin, the chief executive, said so.",
     ["Waits fell in the clinic.", "Ama Orrin, the chief executive, said so."]),
    ("Fares rose by 4% in May.The trust said so.", ["Fares rose by 4% in May.", "The trust said so."]),
    ("See www.kelby.org.uk/News for more. Fares rose.", ["See www.kelby.org.uk/News for more.", "Fares rose."]),
    ("Write to ama@kelby.Org today.", ["Write to ama@kelby.Org today."]),
    ("The U.S.The firm said so.", ["The U.S.The firm said so."]),  # an abbreviation's full stop
    ("He counted 3.Five more came.", ["He counted 3.Five more came."]),  # a figure before the stop
    # a limit: a name written with a dot and a capital after it, outside an address, is read as two sentences
    ("The file is kelby.Report and more.", ["The file is kelby.", "Report and more."]),
])
def test_a_full_stop_with_no_space_after_it_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text, 0, len(text))] == expected


# --- round 69m: a place's abbreviation before a word that only opens a sentence, a title before one ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The depot is in Tarnby, Kan. Its manager said so.", ["The depot is in Tarnby, Kan.", "Its manager said so."]),
    ("The cup went to Sgt. The Hon. Ada Quist.", ["The cup went to Sgt. The Hon. Ada Quist."]),
    ("The cup went to Dr. The Hon. Ada Quist.", ["The cup went to Dr. The Hon. Ada Quist."]),
    ("The depot is in Tarnby, Kan. Ada Quist said so.", ["The depot is in Tarnby, Kan. Ada Quist said so."]),
    ("She swam 400 m. Monday was a rest day.", ["She swam 400 m.", "Monday was a rest day."]),  # no a.m.
    ("The firm left the UK. Sales rose.", ["The firm left the UK.", "Sales rose."]),  # capitals are no initial
])
def test_an_abbreviation_ends_its_sentence_before_an_opener_only(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cFares rose 5%,\u201d\n\n\nsaid Jo Penn.\n", ["\u201cFares rose 5%,\u201d", "said Jo Penn."]),  # two blank lines
    ("Fares rose\nby 5% in May.\n", ["Fares rose\nby 5% in May."]),  # a soft-wrapped line
    ("Fares rose.\nbut not by much.\n", ["Fares rose.", "but not by much."]),  # a full stop ends the block
    ("The fee rose at Orrel X\nby 5%.\n", ["The fee rose at Orrel X\nby 5%."]),  # a capital X is no mark
])
def test_a_line_continues_its_block_round_69m(text: str, expected: list[str]) -> None:
    assert [text[b.start:b.end] for b in split_blocks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"Fares rose 5%,\"\nsaid Jo Penn.\n", ["\"Fares rose 5%,\"\nsaid Jo Penn."]),  # straight marks
    ("\u201cFares rose 5% \u2014\u201d\nsaid Jo Penn.\n", ["\u201cFares rose 5% \u2014\u201d\nsaid Jo Penn."]),  # a dash
    ("\u201cFares rose 5%, \u201d\nsaid Jo Penn.\n", ["\u201cFares rose 5%, \u201d\nsaid Jo Penn."]),  # a space first
])
def test_a_tag_below_its_quotation_joins_its_block_round_69m(text: str, expected: list[str]) -> None:
    assert [text[b.start:b.end] for b in split_blocks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The plant moved to the U.A.E. Ada Quist said the move saved money.",
     ["The plant moved to the U.A.E.", "Ada Quist said the move saved money."]),  # three dotted letters
    ("The plant moved to the U.S. Ada O'Quist said the move saved money.",
     ["The plant moved to the U.S.", "Ada O'Quist said the move saved money."]),  # an apostrophe in the name
    ("The plant moved to the U.S. Ada Quist-Penn said the move saved money.",
     ["The plant moved to the U.S.", "Ada Quist-Penn said the move saved money."]),  # a hyphen in the name
])
def test_dotted_letters_after_the_end_their_sentence_before_a_person(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected
