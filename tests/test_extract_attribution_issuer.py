"""`claims.extract.attribution.issuer`: a line right under a statement's heading closing on a colon is the statement's
subject, a headline of a few words with no sentence's end and no cue (wave 52q); each case the whole value
`subject_line` returns for the first two blocks of a short text written for this test."""
from __future__ import annotations

import pytest

from claims.extract.attribution.issuer import MAX_SUBJECT_WORDS, running_quotation, subject_line
from claims.extract.text import split_blocks

HEADING = "Statement by the Governor, Mr Tam Holloway:"
TWELVE_WORDS = "Press Reporting of the Comments Made at the Carrow Harbour Dinner Yesterday"


@pytest.mark.parametrize(("heading", "line", "expected"), [
    (HEADING, "Press Reporting of Comments Made in Carrow", True),
    (HEADING, "Closure of Platform X", True),  # a capital X at the end is no sentence's end
    (HEADING, TWELVE_WORDS, True),  # twelve words, the most a subject line has
    (HEADING, TWELVE_WORDS + " Evening", False),
    ("Statement by the Governor, Mr Tam Holloway", "Press Reporting of Comments Made in Carrow", False),  # no colon
    (HEADING, "- Press Reporting of Comments Made in Carrow", False),  # a bullet
    (HEADING, "Press Reporting of Comments Made in Carrow.", False),  # a sentence's end
    (HEADING, "Tam Holloway said the ferry would sail", False),  # a cue
], ids=["subject", "capital-x", "twelve-words", "thirteen-words", "no-colon", "bullet", "stop", "cue"])
def test_subject_line(heading: str, line: str, expected: bool) -> None:
    assert len(TWELVE_WORDS.split()) == MAX_SUBJECT_WORDS
    text = f"{heading}\n\n{line}\n\nI made no criticism of the Treasury.\n"
    blocks = split_blocks(text)
    assert subject_line(text, blocks[0], blocks[1]) is expected


# wave 54q: a remarks page prints the speech as one quotation run over paragraphs, each opening with a mark and none
# closing (or one only at the very end), a dateline before the first.
@pytest.mark.parametrize(("paragraph", "expected"), [
    ("\u201cLast year we reached 4,100 children.", True),
    ("\"Last year we reached 4,100 children.", True),
    ("GENEVA, 12 June 2029 \u2013 \u201cLast year we reached 4,100 children.", True),
    ("LOWMARSH \u2013 \u201cLast year we reached 4,100 children.", True),
    ("\u201cThank you all for coming.\u201d", True),                     # the last paragraph closes it
    ("\u201cWe reached 4,100 children,\u201d she said.", False),        # a quotation with its cue
    ("\u201cWe reached 4,100 children.\u201d \u201cWe will do more.\u201d", False),  # two quotations
    ("Last year we reached 4,100 children.", False),                # no quotation
    ("\u201cWe reached 4,100 children", False),                     # no sentence's end
])
def test_running_quotation(paragraph: str, expected: bool) -> None:
    assert running_quotation(paragraph, split_blocks(paragraph)[0]) is expected
