"""Wave 41b: a report known by its title as the subject of a cue (`Counting the Cost (pdf) has today revealed A`,
`Tracking into Winter has found A`): a title whose capitalised words are joined by lower-case words (`into`, `the`,
`of`), which the name reader cuts, speaks as that document when the text gives it as a file (`(pdf)`) or names it
again; a capitalised phrase the text never names again, or one before no cue, stays as before. When the sentence
right before names the report's maker (`in a new report from X`, `X has published its annual review`), the maker
speaks (wave 50y, by issue 8's item 4: the document speaks only when nobody is named as its maker)."""
from tests.extract_rows import cued_rows

PDF = """Operators were told to do more, in a new report from the Fenwick Rail Council.

Delving into Delays (pdf) has today (May 3) revealed operators are running more trains on time.
"""

REPEATED = """The Fenwick Rail Council has published its annual review.

Running on Empty has found 40% of rural stations have no staff on weekends.

Running on Empty examined 212 stations across the region.
"""

UNMADE_PDF = """Operators were told to do more, in a new report on punctuality.

Delving into Delays (pdf) has today (May 3) revealed operators are running more trains on time.
"""

UNMADE_REPEATED = """Station staffing was debated again this week.

Running on Empty has found 40% of rural stations have no staff on weekends.

Running on Empty examined 212 stations across the region.
"""

ONCE = """Walking into Town has revealed a rise in footfall of 6%.
"""


def test_a_titled_file_speaks_as_its_title() -> None:
    assert cued_rows(UNMADE_PDF) == [
        ("Delving into Delays", "document", "revealed", "operators are running more trains on time"),
    ]


def test_a_title_named_again_speaks_as_its_title() -> None:
    assert cued_rows(UNMADE_REPEATED)[:1] == [
        ("Running on Empty", "document", "found", "40% of rural stations have no staff on weekends"),
    ]


def test_a_titled_file_after_its_maker_speaks_as_the_maker() -> None:
    assert cued_rows(PDF) == [
        ("Fenwick Rail Council", "organisation", "revealed", "operators are running more trains on time"),
    ]


def test_a_title_named_again_after_its_maker_speaks_as_the_maker() -> None:
    assert cued_rows(REPEATED)[:1] == [
        ("Fenwick Rail Council", "organisation", "found", "40% of rural stations have no staff on weekends"),
    ]


def test_a_phrase_named_once_is_no_title() -> None:
    assert cued_rows(ONCE) == []


POST = """Kellow is to receive 6.3 million for cycle trails, the Minister of State with responsibility for transport has announced.

Minister of State Ana Corrigan said on Friday that the sum was the largest the county had received.
"""


def test_a_post_is_no_title() -> None:
    assert [row[0] for row in cued_rows(POST)] == ["Ana Corrigan", "Ana Corrigan"]
