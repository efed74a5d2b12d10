"""`claims.extract.attribution.issuer`: a line right under a statement's heading closing on a colon is the statement's
subject, a headline of a few words with no sentence's end and no cue (wave 52q); each case the whole value
`subject_line` returns for the first two blocks of a short text written for this test."""
from __future__ import annotations

import pytest

from claims import extract_text
from claims.extract.attribution.issuer import MAX_SUBJECT_WORDS, issuer_subject, running_quotation, subject_line
from claims.extract.entities import find_mentions
from claims.extract.speakers import Context
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


# wave 57b: a page its issuer's own only by signs (its news section, a dateline) gives the issuer the sentences that
# tell of it as their subject (its name, `the council`, `we` after an opening phrase); the rest is narration.
SIGNED_PAGE = ("Latest news\n\nBrannock, 3 March 2031 \u2013 Brannock District Council has delivered 412 new affordable "
               "homes since April 2029.\n\nThe council also brought 57 empty homes back into use last year.\n\n"
               "House prices in the district rose by 6% over the same period.\n\n"
               "In 2030, we spent \u00a34.6 million on the programme.\n")


def test_a_signed_page_gives_its_issuer_only_the_sentences_about_it() -> None:
    found = extract_text(SIGNED_PAGE)
    assert list(zip(found["speaker"], found["quote"])) == [
        ("Brannock District Council", "Brannock, 3 March 2031 \u2013 Brannock District Council has delivered 412 new "
                                      "affordable homes since April 2029"),
        ("Brannock District Council", "The council also brought 57 empty homes back into use last year"),
        ("Brannock District Council", "In 2030, we spent \u00a34.6 million on the programme")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Brannock District Council has delivered 412 homes.", True),
    ("The council also brought 57 empty homes back into use.", True),
    ("In 2030, we spent \u00a34.6 million.", True),
    ("Our teams repaired 38 bursts.", True),
    ("BDC spent \u00a34.6 million.", True),  # its initials
    ("Brannock, 3 March 2031 \u2013 The council spent \u00a34.6 million.", True),  # after a dateline
    ("House prices in the district rose by 6%.", False),
    ("Tollgate Parish Council spent \u00a31 million.", False),  # another body
    ("The council's survey was completed by 1,206 tenants.", False),  # its possessive: the survey is the subject (58a)
    ("The council\u2019s survey was completed by 1,206 tenants.", False),
    ("If we confirm our findings, we can fine it.", False),  # a condition, no act of its own
    ("In 2030, the Brannock District Council spent \u00a34.6 million.", True),  # `the` before its name
])
def test_issuer_subject(sentence: str, expected: bool) -> None:
    text = "Brannock District Council\n\n" + sentence
    ctx = Context(text=text, blocks=split_blocks(text))
    ctx.add(find_mentions(text, 0, 25)[0])
    assert issuer_subject(text, (27, len(text)), "Brannock District Council", ctx) is expected


def test_a_signed_pages_issuer_is_the_first_body_past_its_dateline() -> None:
    text = ("HARROWBY, Kent, Jan. 18, 2031 -- Tarn Valley Water continues to invest in its network.\n\n"
            "Through its renewal scheme, Tarn Valley Water has replaced 7.5 percent of its mains.\n\n"
            "We understand that families depend on our water every day of the year.\n")
    found = extract_text(text)
    assert list(zip(found["speaker"], found["quote"])) == [
        ("Tarn Valley Water", "Through its renewal scheme, Tarn Valley Water has replaced 7.5 percent of its mains")]



def test_a_signed_pages_first_body_is_named_in_prose_not_in_a_heading() -> None:
    """A heading names a body first (`... Works X`, no sentence's stop): the issuer is the first body a sentence names."""
    text = ("Latest news\n\nTarn Valley Water opens Works X\n\nHARROWBY, Kent, Jan. 18, 2031 -- Ferry fares across the "
            "county will rise in May.\n\nThrough its renewal scheme, the Harrow Ferry Company has replaced 7.5 percent "
            "of its boats.\n")
    found = extract_text(text)
    assert list(zip(found["speaker"], found["quote"])) == [
        ("Harrow Ferry Company", "Through its renewal scheme, the Harrow Ferry Company has replaced 7.5 percent of its "
                                 "boats")]


def test_a_signed_page_naming_no_body_has_no_issuer() -> None:
    found = extract_text("Latest news\n\nHARROWBY, Kent, Jan. 18, 2031 -- Ferry fares will rise by 4 percent in May.\n")
    assert list(zip(found["speaker"], found["quote"])) == []
