"""The names offered when an analyst corrects a speaker: the rows' and saved speakers, then the text's other parties."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claims import editing, verdicts
from claims.session import ReviewSession

TEXT = ("Acme Water said bills would rise by 4% next year.\n\n"
        "The Wyre Anglers Trust's chair, Ann Lee, has asked for a meeting. Her members fished 300 days.\n\n"
        "brook council said the roads would reopen in May. ACME WATER denied the leak.\n")
"""Two rows (Acme Water, council); two more parties named that no row speaks for, one of them in a possessive."""


@pytest.fixture
def source(text_file: Callable[[str], Path]) -> Path:
    """The text, saved as a source file."""
    return text_file(TEXT)


def test_rows_speakers_then_the_parties_the_text_names(source: Path) -> None:
    assert verdicts.review_table(source, "ann")["speaker"].tolist() == ["Acme Water", "council"]
    assert editing.speakers_found(source) == ["Acme Water", "council", "Wyre Anglers Trust", "Ann Lee"]


def test_a_saved_speaker_joins_the_first_group_spelled_as_the_text_does(source: Path) -> None:
    claim_id = str(verdicts.review_table(source, "ann")["claim_id"][1])
    editing.correct_claim(source, claim_id, speaker="ann  LEE", analyst="ann")
    editing.correct_claim(source, claim_id, speaker="Brook Borough Council", analyst="bob")
    assert editing.speakers_found(source) == [
        "Acme Water", "Ann Lee", "Brook Borough Council", "council", "Wyre Anglers Trust"]


def test_a_party_offered_and_chosen_is_saved_as_the_speaker(source: Path) -> None:
    session = ReviewSession(source, "ann", now=lambda: "12:00:00")
    assert session.speakers_found() == ["Acme Water", "council", "Wyre Anglers Trust", "Ann Lee"]
    session.correct(speaker=session.speakers_found()[2])
    assert verdicts.review_table(source, "ann")["speaker"].tolist() == ["Wyre Anglers Trust", "council"]


def test_a_text_without_names_offers_its_rows_speakers_only(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("The agency said that waits fell.\n", encoding="utf-8")
    assert editing.speakers_found(path) == ["the agency"]


def test_the_text_is_read_for_its_parties_once_however_often_the_box_is_filled(source: Path) -> None:
    editing.text_parties.cache_clear()
    first = editing.speakers_found(source)
    editing.correct_claim(source, str(verdicts.review_table(source, "ann")["claim_id"][0]), speaker="Ann Lee",
                          analyst="ann")
    second = editing.speakers_found(source)
    assert (first, second, editing.text_parties.cache_info().misses) == (
        ["Acme Water", "council", "Wyre Anglers Trust", "Ann Lee"], ["Acme Water", "Ann Lee", "council", "Wyre Anglers Trust"], 1)
