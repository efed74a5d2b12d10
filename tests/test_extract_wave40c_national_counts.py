"""Wave 40c: a country's own count, named by its capitalised noun (`The 2021 Census found`, `The last Census
indicated`), speaks as that document in its own words, never as the local body in focus that the text is about; a
body's own census in lower case (`The staff census found`) stays that body's."""
from tests.extract_rows import cued_rows

NATIONAL = """Harlow Vale Council has written to the statistics office about its population.

The 2021 Census found that the town's population had grown by 2.1 percent.

The last Census indicated a figure of around 88,000 people.
"""

OWN_CENSUS = """Harlow Vale Council surveyed its workforce in March.

The staff census found that 14% of posts were vacant.
"""


def test_a_countrys_count_speaks_in_its_own_words() -> None:
    assert cued_rows(NATIONAL) == [
        ("the 2021 Census", "document", "found that", "the town's population had grown by 2.1 percent"),
        ("the last Census", "document", "indicated", "a figure of around 88,000 people"),
    ]


def test_a_bodys_own_census_stays_the_bodys() -> None:
    assert cued_rows(OWN_CENSUS) == [
        ("Harlow Vale Council", "organisation", "found that", "14% of posts were vacant"),
    ]
