"""Wave 41f: a body named `X Office` with no word before `Office` saying what it examines or regulates is a government
department or a service (`Home Office`, `Met Office`), never what the text calls `the regulator` or `the watchdog`, nor
an inspectorate's kind; an office named for what it oversees (`Audit`, `Standards`, `Commissioner's`) still is."""
import pytest

from claims.extract.department_offices import department_office
from claims.extract.entities import may_regulate
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("name", "department"), [
    ("Harbour Office", True), ("Cabinet Office", True), ("Fenland Statistics Office", True),
    ("Fenland Audit Office", False), ("Vessel Standards Office", False), ("Data Commissioner's Office", False),
    ("Student Complaints Office", False), ("Office of Ports and Shipping", False), ("Harbour Authority", False),
    ("Data Rights Office", False), ("Tenant Privacy Office", False), ("Fenland Records Office", True)])
def test_an_office_is_a_department_unless_it_names_what_it_oversees(name: str, department: bool) -> None:
    assert (department_office(name), may_regulate(name)) == (department, not department)


def test_a_department_is_no_watchdog() -> None:
    assert cued_rows("The Harbour Office runs two depots in Dunmore.\n\nThe watchdog said clerks were rushed.\n") == [
        ("the watchdog", "inspectorate", "said", "clerks were rushed")]


def test_a_department_answering_a_regulator_keeps_its_kind() -> None:
    text = ("Ferry crews were given no training, the regulator has found.\n\n"
            "The Harbour Office said it had hired 40 clerks.\n")
    assert cued_rows(text) == [
        ("the regulator", "inspectorate", "found", "Ferry crews were given no training"),
        ("Harbour Office", "organisation", "said", "it had hired 40 clerks")]


def test_an_office_named_for_what_it_oversees_is_still_the_regulator() -> None:
    text = ("Ferry crews were given no training, the regulator has found.\n\n"
            "The Vessel Standards Office said it had fined two firms.\n")
    assert cued_rows(text) == [
        ("Vessel Standards Office", "inspectorate", "found", "Ferry crews were given no training"),
        ("Vessel Standards Office", "inspectorate", "said", "it had fined two firms")]


def test_an_audit_office_is_still_the_watchdog() -> None:
    text = ("The Fenland Audit Office looked at two depots run by the Harbour Office.\n\n"
            "The watchdog said clerks were rushed.\n")
    assert cued_rows(text) == [("Fenland Audit Office", "inspectorate", "said", "clerks were rushed")]
