"""Plural heads of charities and firms (`data/org_heads.txt`, wave 55b): `Harland Communities of Wexmoor`, `Orrel Land
Partnerships` name a body, never a person `Harland Communities`, so the body's short form owns its report (`Harland's
annual report`) and `The report also showed` is the body's. Sentences written for this test about invented parties;
each table is the whole (speaker, kind, quote) list the text gives, in text order."""
from __future__ import annotations

import pytest

from claims import extract_text
from claims.extract.entities import find_mentions


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("text", "name"), [
    ("Harland Communities of Wexmoor said 9,000 people sought help.", "Harland Communities of Wexmoor"),
    ("Orrel Land Partnerships said 40 homes would be built.", "Orrel Land Partnerships"),
])
def test_a_plural_head_names_a_body(text: str, name: str) -> None:
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [(name, "org")]


def test_the_report_of_a_body_with_a_plural_head_is_the_body_s() -> None:
    text = ("More than 9,000 people sought the help of Harland Communities of Wexmoor last year.\n\n"
            "Speaking at the launch of Harland's annual report, spokeswoman Ann Lusk said 4,000 people had no home.\n\n"
            "The report also showed that Harland had a total income of \u20ac840,000 in 2025.\n")
    assert table(text) == [
        ("Ann Lusk", "person", "4,000 people had no home"),
        ("Harland Communities of Wexmoor", "organisation", "Harland had a total income of \u20ac840,000 in 2025"),
    ]
