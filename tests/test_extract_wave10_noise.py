"""The noise of real pages (wave 10): hard-wrapped lines, odd spaces and odd list markers must not change what the
extractor reads. The rules read a working copy of the text as long as the text, with plain spaces where the page
has no-break or thin spaces and where a hard wrap broke a paragraph's line; quotes are cut from the text itself, so
they stay exact spans. Each case is a short text written for this test, with the whole table it must give as
(speaker, speaker_kind, quote) rows in text order, and at least one case where the mechanism must not fire."""
import pytest

from claims.extract import find_rows
from claims.extract.surface import plain_spaces, unwrapped, working_copy
from claims.extract.text import BULLET_RE, is_plural_possessive, find_speech, split_blocks
from extract_rows import rows

WRAPPED = ("Harbour Lights Housing Association said on Tuesday that it had repaired\n"
           "412 homes since March. Its chief executive, Ola Brennan, said the rest\n"
           "would be finished by the summer.\n\n"
           "Ms Brennan said: \"We have cleared the backlog of urgent damp cases and\n"
           "we will publish the repair figures every single month from now on.\"\n")


def one_line_paragraphs(text: str) -> str:
    """The same text with each paragraph on one line."""
    return "\n\n".join(part.replace("\n", " ") for part in text.split("\n\n"))


def test_a_hard_wrapped_text_reads_as_its_paragraphs_and_quotes_keep_the_line_breaks() -> None:
    """Plain-text releases and e-mails break a paragraph's lines at about 70 columns, so a line may begin with a
    figure, a name or a capital word, and a cue (`said`) may end one line and its content begin the next. A line
    break is a wrap when the next line's first word would not have fitted on this full line, and a text is wrapped
    when most of its line breaks inside paragraphs are such breaks. Other writers wrap at 60 or 76 columns, or
    wrap a quotation inside marks; all read as the same text on one line per paragraph."""
    assert rows(WRAPPED) == [
        ("Harbour Lights Housing Association", "organisation", "it had repaired\n412 homes since March"),
        ("Ola Brennan", "person", "the rest\nwould be finished by the summer"),
        ("Ola Brennan", "person", "We have cleared the backlog of urgent damp cases and\nwe will publish the repair "
                                  "figures every single month from now on.")]
    assert [(r.speaker, r.speaker_kind, r.claim_id) for r in find_rows(WRAPPED, "t.txt")] == [
        (r.speaker, r.speaker_kind, r.claim_id) for r in find_rows(one_line_paragraphs(WRAPPED), "t.txt")]


def test_wrapping_at_another_width_and_with_windows_line_ends() -> None:
    text = ("Dunmore Rail said 40 trains were cancelled on Monday after a signal\r\n"
            "failure near the depot, and that its bus and rail services would run\r\n"
            "normally from Wednesday.\r\n")
    assert working_copy(text) == text.replace("\r\n", "  ", 2)
    assert rows(text) == [("Dunmore Rail", "organisation", "40 trains were cancelled on Monday after a signal\r\n"
                                                           "failure near the depot"),
                          ("Dunmore Rail", "organisation", "its bus and rail services would run\r\nnormally from Wednesday")]


@pytest.mark.parametrize("text", [
    "KESTREL BANK\nResults for the year\n\n14 March 2026\nRNS Number: 4417K\n\nKestrel Bank said profits rose 4%.\n",
    "Interviewer: How many homes were repaired this year in the whole of the county?\n"
    "Ola Brennan: Four hundred.\nInterviewer: And next year?\nOla Brennan: More than that, we hope.\n",
    "The agency said three things would change this year for the people it serves:\n"
    "- fares will rise by 3% in January for every adult season ticket holder\n"
    "- two new routes will open in March to serve the hospital and the college\n",
], ids=["headings-and-furniture", "transcript-turns", "bullets-under-a-lead-in"])
def test_headings_short_lines_turns_and_list_items_are_not_unwrapped(text: str) -> None:
    """A short heading, a date or RNS line, a transcript's turns and the items of a list stay lines of their own:
    their breaks are not wraps (the line is not full, or the next line is a list item)."""
    assert unwrapped(text) == text


def test_a_short_headline_stays_a_heading_in_a_wrapped_text() -> None:
    text = ("Repairs update\n\n" + WRAPPED)
    assert working_copy(text).startswith("Repairs update\n\nHarbour Lights Housing Association said on Tuesday")
    assert rows(text) == rows(WRAPPED)


def test_no_break_and_thin_spaces_read_as_spaces_and_quotes_keep_them() -> None:
    """Pages put no-break spaces after titles and inside figures (`Mr\u00a0Sethi`, `£5\u00a0million`) and thin
    spaces in numbers; names and cues read as with plain spaces, and the quote keeps the page's own characters.
    Tabs are layout, not spaces between words, and stay as they are."""
    text = "Mr\u00a0Anwar Sethi, the finance director, said revenue rose to £5\u00a0million in 2025.\n"
    assert rows(text) == [("Anwar Sethi", "person", "revenue rose to £5\u00a0million in 2025")]
    assert rows("Anwar\u2009Sethi said\u00a0that sales rose 3% in 2025.\n") == [
        ("Anwar Sethi", "person", "sales rose 3% in 2025")]
    assert plain_spaces("a\tb\u00a0c\u2009d\u202fe") == "a\tb c d e"
    assert plain_spaces("plain text") == "plain text"


@pytest.mark.parametrize(("text", "expected"), [
    ("The regulator said three batches were affected:\n(a) batch KT2201, made in June\n(b) batch KT2207, made in "
     "July\n(c) batch KT2210, made in August\n",
     [("the regulator", "inspectorate", "batch KT2201, made in June"),
      ("the regulator", "inspectorate", "batch KT2207, made in July"),
      ("the regulator", "inspectorate", "batch KT2210, made in August")]),
    ("Marsh Lane Trust said its grants would go to:\n\u25e6 two village halls in the valley\n\u25e6 a youth club "
     "in the town\n",
     [("Marsh Lane Trust", "organisation", "two village halls in the valley"),
      ("Marsh Lane Trust", "organisation", "a youth club in the town")]),
    ("Marsh Lane Trust said its grants would go to:\n\uf0b7 two village halls in the valley\n(iv) a youth club "
     "in the town\n",
     [("Marsh Lane Trust", "organisation", "two village halls in the valley"),
      ("Marsh Lane Trust", "organisation", "a youth club in the town")]),
], ids=["lettered", "white-bullet", "word-processor-bullet-and-roman"])
def test_any_bullet_sign_and_lettered_items_are_list_markers(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Lists on real pages are marked by letters (`(a)`, `b)`), roman numerals (`(iv)`), white or square bullets,
    arrows, or the private-use bullet a word processor leaves in pasted text; each marks an item as `-` and `•` do."""
    assert rows(text) == expected


@pytest.mark.parametrize("line", ["(Edited) The council said", "4.5 million people voted", "(2025) was a year",
                                  "a)b", "(c) 2025 Tarn Valley Water Ltd", "(C) 1998-2026 Harbour Press", "c) 2026 Acme"])
def test_words_in_brackets_and_figures_are_no_list_markers(line: str) -> None:
    assert BULLET_RE.match(line) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("'Last winter one in four of our drivers' shifts was lost to queues at the hospital doors,' Ada Quist said.\n",
     [("Ada Quist", "person", "Last winter one in four of our drivers' shifts was lost to queues at the hospital "
                              "doors")]),
    ("Ada Quist said: ‘The growers’ prices have fallen for the third year running across the county.’\n",
     [("Ada Quist", "person", "The growers’ prices have fallen for the third year running across the county.")]),
    ("Ada Quist said: 'The company's results show that sales fell by 4% in the spring.'\n",
     [("Ada Quist", "person", "The company's results show that sales fell by 4% in the spring.")]),
], ids=["plural-possessive-straight", "plural-possessive-curly", "singular-apostrophe"])
def test_an_apostrophe_inside_single_quoted_speech_does_not_end_it(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    """Pages quote speech in single marks, so an apostrophe inside (`the company's`, `our drivers' shifts`) must not
    end the quotation. An apostrophe between letters never ends it; a mark after a plural `s` followed by a noun is a
    possessive when the same mark comes again later in the paragraph to end the quotation. Other writers: curly
    marks (`growers’ prices`), a possessive at the start (`Drivers' pay`)."""
    assert rows(text) == expected


def test_a_quotation_ending_after_s_still_ends_there() -> None:
    """Must not fire: a short quotation ending in a plural before a word that follows quotations (`in`, `she`), or
    with no later mark in the paragraph, still ends at its mark."""
    text = "The inspectors found 'serious failings in the homes' in May and 'weak plans' she said.\n"
    assert [text[q.inner[0]:q.inner[1]] for q in find_speech(text, split_blocks(text)[0])] == []
    assert is_plural_possessive(text, text.index("homes' in") + 5, len(text)) is False
    lone = "'We have cut our drivers' hours"
    assert is_plural_possessive(lone, lone.index("' hours"), len(lone)) is False


def test_a_copyright_line_after_a_lettered_list_is_no_item_of_it() -> None:
    """`(c)` or `(C)` before a year is a copyright mark at the foot of a page, never the third lettered item of the
    list above it; `(c)` before words is still an item."""
    items = ("Tarn Valley Water said its highlights were:\n(a) profits rose by 12% to \u00a340 million;\n"
             "(b) leaks fell by 8%.\n")
    assert rows(items + "(c) 2025 Tarn Valley Water Ltd. All rights reserved.\n") == [
        ("Tarn Valley Water", "organisation", "profits rose by 12% to \u00a340 million"),
        ("Tarn Valley Water", "organisation", "leaks fell by 8%")]
    assert rows(items + "(c) bills rose by 3%.\n")[-1] == ("Tarn Valley Water", "organisation", "bills rose by 3%")
