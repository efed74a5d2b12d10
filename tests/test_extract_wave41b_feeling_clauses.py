"""Wave 41b: a body's state of mind set before a content clause with no `that` (`The Fenwick Rail Council is
disappointed fewer than half of operators cut delays`): when the clause opens on a quantity (`fewer`, `only`, `most`,
a figure), the body claims it, as with `that`. A state of mind before anything else (`concerned over the plan`,
`disappointed with the result`) reports nothing."""
from tests.extract_rows import cued_rows

HEAD = "The Fenwick Rail Council published its annual report today.\n\n"


def test_a_quantity_opens_a_clause_with_no_that() -> None:
    assert cued_rows(HEAD + "But the council is disappointed fewer than half of operators cut delays in the year.\n") == [
        ("Fenwick Rail Council", "organisation", "is disappointed", "fewer than half of operators cut delays in the year"),
    ]
    assert cued_rows(HEAD + "The council is also concerned 40% of stations still lack step-free access.\n") == [
        ("Fenwick Rail Council", "organisation", "is also concerned", "40% of stations still lack step-free access"),
    ]


def test_that_reads_as_before() -> None:
    assert cued_rows(HEAD + "The council is pleased that complaints fell by 9% in the year.\n") == [
        ("Fenwick Rail Council", "organisation", "is pleased that", "complaints fell by 9% in the year"),
    ]


def test_a_state_of_mind_before_no_clause_reports_nothing() -> None:
    assert cued_rows(HEAD + "The council is disappointed with the result and concerned over the plan.\n") == []
