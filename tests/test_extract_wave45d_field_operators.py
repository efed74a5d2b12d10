"""`The grid operator` after a company that runs an interconnector is another operator: a describing word before
`operator` names what the company runs, so a named company whose name lacks it (or its plural: `ferry` in `X
Ferries`) is not meant; unnamed, the reference keeps the text's words, kind unresolved (wave 45d)."""
from tests.extract_rows import rows

OUTAGE = """Power cable fault cuts imports

Kestle Sea Cable Ltd said a fault had taken its 500 MW interconnector out of service on Tuesday morning.

The grid operator said demand peaked at 5,240 MW at 17:30.
"""


def test_the_grid_operator_is_no_company_named_for_another_trade() -> None:
    assert rows(OUTAGE) == [
        ("Kestle Sea Cable Ltd", "organisation", "a fault had taken its 500 MW interconnector out of service on Tuesday morning"),
        ("the grid operator", "unresolved", "demand peaked at 5,240 MW at 17:30"),
    ]


FERRIES = """Storm cancels sailings

Orvin Isles Ferries said all sailings to Carra would be cancelled on Friday.

The ferry operator said capacity would be reduced by half on Saturday.
"""


def test_the_ferry_operator_is_the_ferries_company() -> None:
    assert rows(FERRIES) == [
        ("Orvin Isles Ferries", "organisation", "all sailings to Carra would be cancelled on Friday"),
        ("Orvin Isles Ferries", "organisation", "capacity would be reduced by half on Saturday"),
    ]
