"""A public site's name closing on a title's qualifier and a site's noun (`Corvasco State Park`): the site, read as a
body, never a person after the title `State` (`claims.extract.entities.qualified_site`, wave 61e)."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions, qualified_site
from tests.extract_rows import rows


@pytest.mark.parametrize("name", [
    "El Corvasco State Park",
    "Harl National Forest",
    "Tessel State Beach",
    "Brackwater National Seashore",
    "State Park",
])
def test_a_qualifier_and_a_sites_noun_close_a_sites_name(name: str) -> None:
    assert qualified_site(name.split()) is True


@pytest.mark.parametrize("name", [
    "Minister of State Brophy",     # a name after the qualifier
    "Corvasco State Patrol",        # a body, but no site's noun: other rules read it
    "Harl Forest",                  # no qualifier
    "Park",                         # one word
    "State Senator Ruth Abney",     # a person after a title
])
def test_anything_else_is_no_qualified_site(name: str) -> None:
    assert qualified_site(name.split()) is False


def test_the_site_is_read_whole_as_a_body() -> None:
    text = "El Corvasco State Park reported the busiest weekend of the group."
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [("El Corvasco State Park", "org")]


def test_a_site_after_a_preposition_of_place_is_no_mention() -> None:
    text = "The estate owns moorland in the Tarn Dales National Park and near Harl National Forest."
    assert [m.name for m in find_mentions(text, 0, len(text)) if "National" in m.name] == []


def test_the_site_reports_its_own_visitors() -> None:
    text = ("Holiday crowds at the lakes\n\n"
            "El Corvasco State Park reported the busiest weekend of the group, counting roughly 41,000 guests. "
            "Las Brenas State Beach reported 23,500 visitors.")
    assert rows(text) == [
        ("El Corvasco State Park", "organisation", "reported the busiest weekend of the group, counting roughly 41,000 guests"),
        ("Las Brenas State Beach", "organisation", "reported 23,500 visitors"),
    ]
