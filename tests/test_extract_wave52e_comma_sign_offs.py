"""Wave 52e: a one-line sign-off of a name, a comma and a post, with no dash, after a blank line (`Jo Roe, Minister
of Finance`, `Jo Roe, Superintendent`): under a quotation it signs the quotation, as a government release sets out
its quotes; under first-person paragraphs it is their voice, as a name over a post is. A byline, a line whose post is
no role, a line ending a sentence and two such lines one over the other (a joint foreword) sign nothing."""
import pytest

from claims.extract import statement
from claims.extract.entities import Mention
from claims.extract.text import split_blocks
from tests.extract_rows import cued_rows


def _last_block_signer(text: str) -> Mention | None:
    """Return what `comma_signer` reads from a text's last block."""
    return statement.comma_signer(text, split_blocks(text)[-1])


@pytest.mark.parametrize("line, expected", [
    ("Shay Roe, Superintendent", Mention(0, 8, "Shay Roe", "person")),
    ("Ann Holt, Minister of Jobs, Trade and Tourism", Mention(0, 8, "Ann Holt", "person")),
    ("Tim Ash, President and CEO, Harbour Hotels Association", Mention(0, 7, "Tim Ash", "person")),
])
def test_a_name_a_comma_and_a_post_sign(line: str, expected: Mention) -> None:
    assert _last_block_signer(line) == expected


@pytest.mark.parametrize("line", [
    "By Jo Roe, Chief Reporter",                   # a byline
    "Jo Roe, Harbour Hotels Association",          # no post
    "Jo Roe, chair",                               # a post in lower case
    "Jo Roe, Chair of the board, said.",           # a sentence
    "Harbour Hotels Association, Chair",           # no person
])
def test_any_other_line_signs_nothing(line: str) -> None:
    assert _last_block_signer(line) is None


QUOTES = """Visitor numbers rose again, the ministry said.

\u201cOur operators had a record year. Visitors spent $2.4 billion here.

\u201cOvernight stays grew in every region.\u201d

Ann Holt, Minister of Tourism, Culture and Heritage

\u201cHotel occupancy averaged 78 per cent in July.\u201d

Tim Ash, President and CEO, Harbour Hotels Association
"""


def test_a_comma_sign_off_after_a_blank_line_signs_the_quotation_above_it() -> None:
    assert cued_rows(QUOTES) == [
        ("the ministry", "unresolved", "said", "Visitor numbers rose again"),
        ("Ann Holt", "person", "quotation continues", "Our operators had a record year."),
        ("Ann Holt", "person", "quotation continues", "Visitors spent $2.4 billion here."),
        ("Ann Holt", "person", "signed", "Overnight stays grew in every region."),
        ("Tim Ash", "person", "signed", "Hotel occupancy averaged 78 per cent in July."),
    ]


LETTER = """A message to our families

Attendance reached 94.1 percent in the fall, up from 91.7 percent. We are proud of our teachers.

We added 12 new bus routes in November. I thank every volunteer.

Mara Quill, Superintendent
"""


def test_a_comma_sign_off_under_first_person_paragraphs_is_their_voice() -> None:
    assert cued_rows(LETTER) == [
        ("Mara Quill", "person", "issued the release", "Attendance reached 94.1 percent in the fall, up from 91.7 percent"),
        ("Mara Quill", "person", "issued the release", "We added 12 new bus routes in November"),
    ]


def test_two_comma_sign_offs_one_over_the_other_sign_no_one_voice() -> None:
    joint = LETTER.replace("Mara Quill, Superintendent\n", "Mara Quill, Chair\nTim Ash, Chief Executive\n")
    assert cued_rows(joint) == []


def test_a_byline_under_first_person_paragraphs_signs_nothing() -> None:
    assert cued_rows(LETTER.replace("Mara Quill, Superintendent", "By Mara Quill, Chief Reporter")) == []
