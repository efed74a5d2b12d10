"""Wave 41b: a body's statement set out without quotation marks after a colon cue (`A Brackwater Council spokesperson
said:`, then paragraphs in the body's own voice, `we`, `our`). The paragraphs are the body's, a sentence each, while
they go on plainly, also those that do not say `we` (`It is also good that ...`); the statement ends at a paragraph
that is plainly narration again: one naming another party's cue (`The union said ...`), a person named in full, a
paragraph opening on the body's own name (`Brackwater Council will publish ...`: the writer about the body), a
heading, `ENDS` or a contact line. A body's colon cue followed by a paragraph that is not in its own voice (a
reporter's narration) is no statement; a person's statement reads as before."""
from tests.extract_rows import cued_rows

SPOKESPERSON = """Brackwater Council has responded to the bin collection figures.

A Brackwater Council spokesperson said:

Demand on our crews has grown again this autumn. We collected 41,000 tonnes of waste in October.

It is also good that missed collections fell to 1,200 in the quarter. Recycling rose to 48% for the first time.

Brackwater Council will publish its full review in March.
"""


def test_a_spokespersons_unquoted_paragraphs_are_the_bodys() -> None:
    assert cued_rows(SPOKESPERSON) == [
        ("Brackwater Council", "organisation", "responded", "Brackwater Council has responded to the bin collection figures."),
        ("Brackwater Council", "organisation", "said", "Demand on our crews has grown again this autumn."),
        ("Brackwater Council", "organisation", "said", "We collected 41,000 tonnes of waste in October."),
        ("Brackwater Council", "organisation", "said", "It is also good that missed collections fell to 1,200 in the quarter."),
        ("Brackwater Council", "organisation", "said", "Recycling rose to 48% for the first time."),
    ]


ANOTHER_CUE = """The Hollin Trust said:

We treated 9,400 patients in the year, up from 8,100.

The union said staffing had fallen by 40 posts over the same period.
"""


def test_another_partys_cue_ends_the_statement() -> None:
    assert cued_rows(ANOTHER_CUE) == [
        ("Hollin Trust", "organisation", "said", "We treated 9,400 patients in the year, up from 8,100."),
        ("the union", "unresolved", "said", "staffing had fallen by 40 posts over the same period"),
    ]


NARRATION = """The Hollin Trust said:

Waiting times at the hospital rose by 12 minutes in the year, according to the figures.
"""


def test_a_paragraph_not_in_the_bodys_voice_opens_no_statement() -> None:
    assert cued_rows(NARRATION) == [
        ("Hollin Trust", "organisation", "according to", "Waiting times at the hospital rose by 12 minutes in the year"),
    ]


PERSON = """Dr Ana Kestrel, medical director, said:

We saw 3,100 patients in the emergency department last week.

The Hollin Trust said staffing rose by 40 posts.
"""


def test_a_persons_statement_reads_as_before() -> None:
    assert cued_rows(PERSON) == [
        ("Ana Kestrel", "person", "said", "We saw 3,100 patients in the emergency department last week."),
        ("Hollin Trust", "organisation", "said", "staffing rose by 40 posts"),
    ]
