"""Wave 40c: a force's bare name before a document's noun (`Police figures showed`) makes the document the force's,
as `the force's figures` would, the force the text names or else the bare word, never a new document in its own
words; a breakdown of those figures after it is the force's too, never a body named later. Other modifiers
(`Industry figures show`) keep their reading."""
from tests.extract_rows import cued_rows

BARE_POLICE = """Road deaths in the valley fell last year.

Police figures showed fewer pedestrians were killed, falling from 14 in 2023 to 9.

A breakdown of the figures also showed that more cyclists died, rising from 2 to 6.

Meanwhile, paramedics answered 1,940 calls to crashes, according to figures published by the Orrin Ambulance Trust.
"""

INDUSTRY = """Haulage firms in the valley are short of drivers.

Industry figures show that 1 in 8 driving posts is empty.
"""


def test_police_figures_and_their_breakdown_are_the_polices() -> None:
    assert cued_rows(BARE_POLICE) == [
        ("police", "unresolved", "showed", "fewer pedestrians were killed, falling from 14 in 2023 to 9"),
        ("police", "unresolved", "showed that", "more cyclists died, rising from 2 to 6"),
        ("Orrin Ambulance Trust", "organisation", "according to",
         "Meanwhile, paramedics answered 1,940 calls to crashes"),
    ]


def test_other_modifiers_keep_their_document() -> None:
    assert cued_rows(INDUSTRY) == [
        ("industry figures", "document", "show that", "1 in 8 driving posts is empty"),
    ]
