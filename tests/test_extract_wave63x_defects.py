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
])
def test_joint_speakers_keep_both_full_names(tmp_path: Path, text: str, speaker: str) -> None:
    assert _rows(tmp_path, text) == [(speaker, "person", "The new quay would open in May.")]
