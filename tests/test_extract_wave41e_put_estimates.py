"""Wave 41e: an estimate told with `put ... at` (`shapes.PUT_AT_RE`, waves 21e and 27b) also when its range opens with
`between` (`The Canal Trust put the likely cost of the repair at between £1.4m and £2m`) and when the measure has no
determiner (`puts average hotel occupancy in the region at 71%`): the subject reports the figure, the verb stays in the
claim. What must not change: `put` with no figure after `at` (`put the plan on hold`, `put the question to 12 members`,
`put £2m into the fund`, `put its tickets on sale at 9am`, `put up prices at 40 stores`)."""
from extract_rows import cued_rows

TRUST = "The Canal Trust put the likely cost of the repair at between £1.4m and £2m."
OFFICE = ("The Harbour Statistics Office publishes monthly figures.\n\n"
          "The Harbour Statistics Office puts average hotel occupancy in the region at 71% for July.")
ENGINEERS = ("Dunmere Council closed the bridge in May.\n\n"
             "Engineers from Pell Structures put the cost of new beams at about £2.4 million, the council said.")
NOT_ESTIMATES = ("Dunmere Council put the plan on hold in 2024. The mayor put the question to 12 members. "
                 "The trust put £2m into the fund. The club put its tickets on sale at 9am on Monday. "
                 "The chain put up prices at 40 stores.")


def test_a_body_puts_a_cost_at_a_figure() -> None:
    """`put the likely cost ... at between ...`: the trust's estimate, with its verb."""
    assert cued_rows(TRUST) == [
        ("Canal Trust", "organisation", "put", "put the likely cost of the repair at between £1.4m and £2m")]


def test_a_present_puts_is_read_too() -> None:
    """`puts average hotel occupancy ... at 71%`: the office's figure."""
    assert cued_rows(OFFICE) == [
        ("Harbour Statistics Office", "organisation", "puts", "puts average hotel occupancy in the region at 71% for July")]


def test_a_closing_cue_still_names_the_speaker() -> None:
    """`..., the council said.` closing the sentence keeps it the council's whole."""
    assert [row[0] for row in cued_rows(ENGINEERS)] == ["Dunmere Council"]


def test_put_without_an_estimate_makes_no_row() -> None:
    """On hold, to members, into the fund, on sale at a time, another verb (`put up`): no estimate, no row."""
    assert cued_rows(NOT_ESTIMATES) == []
