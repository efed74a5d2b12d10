"""Wave 41e: a cue with the time it was said between its verb and `that`, written without a preposition (`reported last
week that`, `said earlier this month that`), reports what follows, as `said on Monday that` does. What must not change:
`said on Monday that`, and a confirmation keeps its verb in its claim (`confirmed this morning that 12 wards were
closed`; its cue column now names the time too)."""
from extract_rows import cued_rows

LAST_WEEK = "The Fen Health Agency reported last week that flu admissions had doubled in a fortnight."
EARLIER = "The Fen Health Agency said earlier this month that 14 wards had closed to visitors."
MONDAY = "The Fen Health Agency said on Monday that 12 wards were closed."
CONFIRMED = "The Fen Health Agency confirmed this morning that 12 wards were closed."


def test_a_time_without_a_preposition_before_that() -> None:
    """`reported last week that`, `said earlier this month that`: the agency's claims."""
    assert cued_rows(LAST_WEEK) == [
        ("Fen Health Agency", "organisation", "reported last week that", "flu admissions had doubled in a fortnight")]
    assert cued_rows(EARLIER) == [
        ("Fen Health Agency", "organisation", "said earlier this month that", "14 wards had closed to visitors")]


def test_older_times_read_as_before() -> None:
    """`said on Monday that`, and `confirmed this morning that` keeping its verb."""
    assert cued_rows(MONDAY) == [("Fen Health Agency", "organisation", "said on Monday that", "12 wards were closed")]
    assert [(row[0], row[3]) for row in cued_rows(CONFIRMED)] == [
        ("Fen Health Agency", "confirmed this morning that 12 wards were closed")]
