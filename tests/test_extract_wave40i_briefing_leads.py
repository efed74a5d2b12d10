"""Wave 40i: a lead-in without a verb or a name (`The main points:`) closing a paragraph a person's name opens
(`County vet Dr. Nell Arbery of the Fenmark Animal Board has just finished a briefing.`) is that person's list, not
the body in focus from a statement above. A lead-in opening its own paragraph keeps the body in focus."""
from tests.extract_rows import cued_rows

BRIEFING = """Quarrel Hill Poultry, which owns the barns, issued a statement. The company says it keeps 40,000 hens.

County vet Dr. Nell Arbery of the Fenmark Animal Board has just finished a briefing. The main points:
- Tests confirmed the virus on Monday.
- Eleven other farms lie inside the control zone.
"""

OWN_PARAGRAPH = """Quarrel Hill Poultry, which owns the barns, issued a statement. The company says it keeps 40,000 hens.

County vet Dr. Nell Arbery of the Fenmark Animal Board has just finished a briefing.

The main points:
- Tests confirmed the virus on Monday.
"""


def test_the_person_opening_the_paragraph_sets_out_the_points() -> None:
    assert cued_rows(BRIEFING) == [
        ("Quarrel Hill Poultry", "organisation", "says", "it keeps 40,000 hens"),
        ("Nell Arbery", "person", "points:", "Tests confirmed the virus on Monday"),
        ("Nell Arbery", "person", "points:", "Eleven other farms lie inside the control zone"),
    ]


def test_a_lead_in_alone_in_its_paragraph_keeps_the_body_in_focus() -> None:
    assert cued_rows(OWN_PARAGRAPH) == [
        ("Quarrel Hill Poultry", "organisation", "says", "it keeps 40,000 hens"),
        ("Quarrel Hill Poultry", "organisation", "points:", "Tests confirmed the virus on Monday"),
    ]
