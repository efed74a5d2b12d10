"""Wave 40c: a period written after a body's name (`Latest figures from the Orrin Housing Fund for June show`) is the
document's period, never part of the body's name: the speaker is the body. A body whose name runs on past `for` with
no month (`the Orrin Housing Fund for Families`) keeps its whole name."""
from tests.extract_rows import cued_rows

MONTH_AFTER = """Latest figures from the Orrin Housing Fund for June show that 4,001 people are waiting for a home.

The Orrin Housing Fund for Families said that 300 homes were built.
"""


def test_a_month_after_a_bodys_name_is_no_part_of_it() -> None:
    assert cued_rows(MONTH_AFTER) == [
        ("Orrin Housing Fund", "organisation", "show that", "4,001 people are waiting for a home"),
        ("Orrin Housing Fund for Families", "organisation", "said that", "300 homes were built"),
    ]
