"""The analyst's name: remembered per user in the config folder, or carried per browser in Voila's query string."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.profile import (ProfileError, analyst_from_query, bookmark_query, check_name, default_analyst,
                            profile_path, remember_analyst, saved_analyst, served_by_voila)

VOILA = {"QUERY_STRING": "", "SCRIPT_NAME": "/"}
"""What Voila puts in a kernel's environment for a page opened without a query."""


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point XDG_CONFIG_HOME at a temporary folder so that no test touches the real profile."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_nothing_is_remembered_at_first(config_home: Path) -> None:
    assert (profile_path(), saved_analyst()) == (config_home / "claims-workbench" / "analyst.json", None)


def test_a_remembered_name_comes_back(config_home: Path) -> None:
    assert remember_analyst("  Ana Analyst ") == config_home / "claims-workbench" / "analyst.json"
    assert saved_analyst() == "Ana Analyst"
    assert json.loads(profile_path().read_text(encoding="utf-8")) == {"analyst": "Ana Analyst"}
    remember_analyst("Bo")
    assert saved_analyst() == "Bo"
    assert sorted(p.name for p in profile_path().parent.iterdir()) == ["analyst.json"]  # no temporary left


def test_without_xdg_the_home_config_folder_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert profile_path() == tmp_path / "home" / ".config" / "claims-workbench" / "analyst.json"


@pytest.mark.parametrize(("name", "says"), [("", "is empty"), ("   ", "is empty"), ("a\nb", "control character"),
                                            ("x" * 61, "longer than 60"), ("a\u202eb", "control character")])
def test_unusable_names_are_refused_and_not_saved(name: str, says: str) -> None:
    with pytest.raises(ProfileError, match=says):
        remember_analyst(name)
    assert not profile_path().exists()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"analyst": "a\\nb"}', '{"analyst": 7}', ""])
def test_a_damaged_profile_means_no_name(content: str) -> None:
    profile_path().parent.mkdir(parents=True)
    profile_path().write_text(content, encoding="utf-8")
    assert saved_analyst() is None


def test_an_unwritable_config_folder_is_a_clear_error(config_home: Path) -> None:
    config_home.mkdir()
    (config_home / "claims-workbench").write_text("a file where the folder should be")
    with pytest.raises(ProfileError, match=r"cannot remember your name in .*analyst\.json"):
        remember_analyst("Ana")


@pytest.mark.parametrize(("query", "name"), [("analyst=Ana%20Analyst", "Ana Analyst"), ("?analyst=Bo", "Bo"),
                                             ("token=abc&analyst=J%C3%BCrgen", "Jürgen"), ("token=abc", None),
                                             ("analyst=", None), ("analyst=a%0Ab", None)])
def test_the_name_in_the_page_address(query: str, name: str | None) -> None:
    assert analyst_from_query(query) == name


def test_bookmark_query_round_trips() -> None:
    assert bookmark_query(" Ana & Bo ") == "?analyst=Ana%20%26%20Bo"
    assert analyst_from_query(bookmark_query("Ana & Bo")) == "Ana & Bo"


def test_in_voila_only_the_page_address_names_the_analyst() -> None:
    remember_analyst("Whoever saved last")
    assert served_by_voila(VOILA) and served_by_voila({"VOILA_BASE_URL": "/", "VOILA_PREHEAT": "True"})
    assert not served_by_voila({}) and not served_by_voila({"QUERY_STRING": ""})
    assert default_analyst(VOILA) is None  # another person's remembered name is never a Voila page's default
    assert default_analyst(dict(VOILA, QUERY_STRING="analyst=Bo")) == "Bo"


def test_in_jupyterlab_the_remembered_name_is_the_default() -> None:
    assert default_analyst({}) is None
    remember_analyst("Ana")
    assert default_analyst({}) == "Ana"


def test_check_name_strips() -> None:
    assert check_name("  Ana ") == "Ana"
