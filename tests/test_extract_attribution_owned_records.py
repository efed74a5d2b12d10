"""A record named by its owner: a title in capitals after a possessive, and `its` record before `it`
(`claims.extract.attribution.owned_records`, `claims.extract.attribution.sources`)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.owned_records import titled_record_owner
from tests.extract_rows import rows


@pytest.mark.parametrize("who, owner", [
    ("the housing association's latest Tenant Satisfaction Measures", "the housing association"),
    ("Tarn Trust's Annual Review", "Tarn Trust"),
    ("the union's Pay Survey figures", "the union"),
    ("the growers’ own Harvest Count", "the growers"),
])
def test_a_titled_record_after_a_possessive_names_its_owner(who: str, owner: str) -> None:
    match = titled_record_owner(who)
    assert match is not None and match.group("owner") == owner


@pytest.mark.parametrize("who", [
    "the union's latest survey",          # no title in capitals: owned_record's case
    "Tarn Trust",                         # no possessive
    "the trust's chief executive, Jo",    # a comma: never a title
])
def test_anything_else_is_no_titled_record(who: str) -> None:
    assert titled_record_owner(who) is None


def test_the_owner_of_a_titled_record_speaks() -> None:
    text = ("Brookfield Homes runs 9,000 homes in the city.\n\n"
            "Satisfaction among tenants rose to 74%, according to the housing association's latest Tenant "
            "Satisfaction Measures.")
    assert rows(text) == [("Brookfield Homes", "organisation", "Satisfaction among tenants rose to 74%")]


def test_its_statements_before_it_are_the_body_the_text_is_about() -> None:
    text = ("Halden College says it must save £4m.\n\n"
            "According to its latest financial statements, it recorded a deficit of £2.1m in 2024-25.")
    assert rows(text)[-1] == ("Halden College", "organisation", "it recorded a deficit of £2.1m in 2024-25")


def test_its_statements_before_a_person_leave_the_person_alone() -> None:
    text = ("Halden College says it must save £4m.\n\n"
            "According to its latest financial statements, Jo Roe earned £210,000 in 2024-25.")
    assert all(speaker != "Jo Roe" for speaker, _, _ in rows(text))
