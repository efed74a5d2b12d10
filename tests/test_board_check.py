"""The board's warning on a speaker whose kind of attribution was often wrong on unseen texts."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claims.board import ReviewBoard, review
from claims.extract.confidence import CHECK_BELOW, Confidence, bucket_keys, measured_table
from claims.views import check_html

TEXT = ("Minister Jo Bloggs said the plan \"is working well for every family\".\n\n"
        "Figures published by Brightway plc in its annual report show that costs fell by a tenth.\n")


@pytest.fixture
def board(text_file: Callable[[str], Path]) -> ReviewBoard:
    """A board for analyst ann on a text with a person who says and a body whose figures show."""
    return review(text_file(TEXT), analyst="ann")


def test_no_warning_without_a_measure_or_at_the_threshold() -> None:
    assert check_html(None) == ""
    assert check_html(Confidence(CHECK_BELOW, 9, 10, "speech person")) == ""


def test_the_warning_gives_the_share_the_bucket_and_the_counts() -> None:
    assert check_html(Confidence(0.725, 22, 31, "finding organisation near")) == (
        " <span class='claims-check' style='color:#a15c00'>⚠ check the speaker: attributions like this were right "
        "about 72% of the time on texts the rules were not tuned to</span> <small class='claims-check-why'>"
        "(organisation speakers through a finding verb (show, found, rated), named near the claim: 22 of 31 right)"
        "</small>")


def test_a_person_who_says_is_not_flagged_and_a_body_whose_figures_show_is(board: ReviewBoard) -> None:
    assert "claims-check" not in board.quote.value
    board.next_button.click()
    confidence = board.session.speaker_confidence()
    levels = int(measured_table()["levels"])
    assert confidence is not None and confidence.bucket == bucket_keys("finding", "organisation", True)[-levels]
    assert check_html(confidence) in board.quote.value and confidence.share < CHECK_BELOW


def test_a_speaker_the_analyst_corrected_is_no_longer_flagged(board: ReviewBoard) -> None:
    board.next_button.click()
    assert "claims-check" in board.quote.value
    board.edit_speaker.value = "Jo Bloggs"
    board.edit_save.click()
    assert board.session.speaker_confidence() is None
    assert "claims-check" not in board.quote.value
