"""A quotation whose opening mark the writer left out (`The trust is hiring 40 nurses," Jo Roe said.`): the words
before the paragraph's first closing mark are the quotation, and the cue after it says who speaks (wave 66q). Texts
written for this test in our own words about invented parties."""
import pytest

from claims.extract.text import Block, Quote, find_speech
from claims.extract.unopened_quotes import unopened_close
from extract_rows import cued_rows

INTRO = "The Fenwick Harbour Trust closed two clinics last year, its chief executive Mary Harte said on Monday.\n\n"


@pytest.mark.parametrize(("paragraph", "row"), [
    ('The trust is hiring 40 nurses and will reopen both clinics by May," Ms Harte said.',
     ("Mary Harte", "person", "said", "The trust is hiring 40 nurses and will reopen both clinics by May")),
    ("We will reopen both clinics by May and hire 40 nurses,\u201d said Ms Harte.",
     ("Mary Harte", "person", "said", "We will reopen both clinics by May and hire 40 nurses")),
    ("Waiting times fell by a third in the spring,\u201d the trust said in a statement.",
     ("Fenwick Harbour Trust", "organisation", "said", "Waiting times fell by a third in the spring")),
    ("Our nurses saw 1,100 more patients in March than a year before!\u201d said Ms Harte.",
     ("Mary Harte", "person", "said", "Our nurses saw 1,100 more patients in March than a year before!")),
    ('Waits are back to where they were in the \'90s," Ms Harte said.',
     ("Mary Harte", "person", "said", "Waits are back to where they were in the '90s")),
])
def test_the_cue_after_the_closing_mark_speaks_the_paragraph(paragraph: str, row: tuple[str, str, str, str]) -> None:
    assert cued_rows(INTRO + paragraph + "\n")[1:] == [row]


def test_a_quotation_opened_above_and_not_reopened_is_closed_by_its_cue() -> None:
    text = ("The Harbour Trust said waiting lists were shorter.\n\n\u201cWe saw 800 more patients in March.\n\n"
            "Waits for a first appointment fell to six weeks,\u201d said Mary Harte, its chief executive.\n")
    assert cued_rows(text)[1:] == [
        ("Mary Harte", "person", "signed quotation", "We saw 800 more patients in March."),
        ("Mary Harte", "person", "signed quotation", "Waits for a first appointment fell to six weeks"),
    ]


def test_the_quotation_runs_from_the_paragraph_start_to_its_closing_mark() -> None:
    text = 'We cut waits by a third," Jo Roe said.'
    assert find_speech(text, Block(0, len(text), 0, False)) == [Quote((0, 25), (0, 24))]


@pytest.mark.parametrize(("text", "close"), [
    ('We cut waits by a third," Jo Roe said.', 24),
    ("We cut waits by a third.\u201d", 24),  # the mark ends the paragraph
    ('We cut waits. "We hired staff," she said.', None),  # the first mark opens a quotation
    ("\u201cWe cut waits,\u201d she said.", None),  # a curly opening mark first
    ('The trust laid a 12" drain under the new wing.', None),  # a mark after a figure: inches
    ('We cut waits,"she said.', None),  # no space after the mark
    ("\u2018We cut waits, the \"Safe Wards\" plan,\u2019 she said.", None),  # the paragraph quotes in single marks
    ('Jo Roe said: We cut waits by a third."', None),  # a lead-in's colon: its own reading
    ('"We cut waits," she said.', None),  # the mark opens the paragraph
    ("The trust cut waits by a third, Jo Roe said.", None),  # no mark at all
    ("We cut waits by a third.\u201c", None),  # a curly opening mark never closes, even where a closing one stands
    ('We cut waits by a third.")', None),  # a mark before a bracket, not a space, ends no quotation
    ("We cut waits by a third,\" Jo Roe said of the 'Safe Wards' plan.", 24),  # single marks after the close
    ('We cut waits by a third," Jo Roe said. Her aim: fewer waits.', 24),  # a colon after the close
    ('We open at 10:30 each day," she said.', 26),  # a time's colon is no lead-in
    ('Who will pay for it?" Jo Roe asked.', 20),  # a question's mark before the close
    ('The trust\'s waits fell by a third," Jo Roe said.', 34),  # an apostrophe inside a word opens nothing
    ("We cut waits ('Safe Wards' made it work),\" she said.", None),  # a single mark opening after a bracket
    ("We cut the \u2018Safe Wards\u2019 waits by a third,\u201d she said.", None),  # curly single marks
    ("We cut the 'Safe Wards' waits by a third,\" she said.", None),  # straight single marks
    # an apostrophe eliding a decade's or a year's first digits opens no quotation
    ('We cut waits to levels not seen since the \'90s," Jo Roe said.', 47),
    ("We cut waits to levels not seen since the \u201890s,\u201d Jo Roe said.", 47),
    ('We cut waits to where they were in the summer of \'19," Jo Roe said.', 53),
    ("The board said '150 beds will close' and it was wrong,\" Jo Roe said.", None),  # a single mark before a figure
])
def test_only_a_closing_mark_with_no_opening_before_it_ends_an_unopened_quotation(text: str, close: int | None) -> None:
    assert unopened_close(text, 0, len(text)) == close


def test_a_paragraph_that_opens_its_quotation_keeps_its_reading() -> None:
    text = INTRO + 'Staff said the plan was "unfair," and the union agreed.\n'
    assert cued_rows(text)[1:] == [("Staff", "unresolved", "said", 'the plan was "unfair," and the union agreed')]
