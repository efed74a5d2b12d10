"""Defects noticed and left in earlier rounds (wave 63x): whole rows on invented texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import extract_claims


def _rows(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, kind, claim) of each row extracted from a text."""
    path = tmp_path / "p.txt"
    path.write_text(text)
    return [(row["speaker"], row["speaker_kind"], row["claim"]) for row in extract_claims(path).to_dict("records")]


@pytest.mark.parametrize("text, speaker", [
    ("The Minister for Ports, Ama Orrin, and the Minister for Roads, Ted Voss, said the new quay would open in May.",
     "Ama Orrin and Ted Voss"),
    ("Ama Orrin and Ted Voss said the new quay would open in May.", "Ama Orrin and Ted Voss"),
    ("Ted Voss and Bo Fenner said the new quay would open in May.", "Ted Voss and Bo Fenner"),
    ("Vera Mac Orrin said the new quay would open in May.", "Vera Mac Orrin"),  # a given name, no title noun
])
def test_joint_speakers_keep_both_full_names(tmp_path: Path, text: str, speaker: str) -> None:
    assert _rows(tmp_path, text) == [(speaker, "person", "The new quay would open in May.")]


@pytest.mark.parametrize("text, speaker", [
    ("The Tarn Rail Board said last year that it would raise fares. The Kelby Data Office published its fares report "
     "on Monday. The figures show that fares rose by 9 per cent.", "Kelby Data Office"),
    ("The Tarn Rail Board said last year that it would raise fares. The Kelby Data Office has today released its "
     "annual fares survey. The data show that fares rose by 9 per cent.", "Kelby Data Office"),
])
def test_bare_figures_speak_as_the_body_that_just_published_them(tmp_path: Path, text: str, speaker: str) -> None:
    assert _rows(tmp_path, text) == [
        ("Tarn Rail Board", "organisation", "It [Tarn Rail Board] would raise fares."),
        (speaker, "organisation", "Fares rose by 9 per cent.")]
