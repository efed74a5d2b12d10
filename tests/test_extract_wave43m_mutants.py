"""Unit cases for wave 42's new extractor modules (what mutation round 43 found unasserted by their own test files):
a document two bodies joined by `and` made (42c, `speakers.joint_documents`).
Every party and sentence is invented, and each assert is on a whole value: a function's whole return value, with
what it registered in the context where it registers anything.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run
forked from a warm process would otherwise read the unmutated results of the same text."""
from __future__ import annotations

from typing import Any

import pytest

from claims.extract.speakers.context import Context
from claims.extract.speakers.joint_documents import joint_document

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _subject(subject: str) -> tuple[list[str], list[str]]:
    """Return a subject's raw words and its words as `regions` reads them (lower case, quotes and stops stripped)."""
    raw = subject.split()
    return raw, [w.lower().strip("\u2019'\".,") for w in raw]


def _joint(subject: str) -> tuple[Any, dict[str, str], dict[str, Any]]:
    """Return joint_document's answer for a subject, with the kinds and owners it registered in a fresh context."""
    raw, words = _subject(subject)
    ctx = Context(text=subject)
    return joint_document(raw, words, ctx), dict(ctx.kinds), dict(ctx.owners)


def _found(name: str, noun: str) -> tuple[Any, dict[str, str], dict[str, Any]]:
    """Return what joint_document answers and registers for a joint document of that name and noun."""
    return (name, "document"), {name: "document"}, {noun: (name, "document")}


# joint_document: the document named from its first capitalised word to its noun (its stop after it stripped), its
# kind registered, its noun's later bare use owned by it; none for a subject without an article, without a document
# noun, with punctuation before the noun, a side that is no one body's name or a second side with no institution's
# head.
@pytest.mark.parametrize(("subject", "expected"), [
    ("A Tarn Trust and Kellan University study", _found("Tarn Trust and Kellan University study", "study")),
    ("The Tarn Trust and Kellan University report, published today,",
     _found("Tarn Trust and Kellan University report", "report")),
    ("The Tarn Trust and Kellan University INDEX", _found("Tarn Trust and Kellan University INDEX", "index")),
    ("A Tarn Trust and Kellan Medical School study", _found("Tarn Trust and Kellan Medical School study", "study")),
    ("Our Tarn Trust and Kellan University report", (None, {}, {})),
    ("The Tarn Trust and Kellan University said", (None, {}, {})),
    ("The report of Tarn and Kellan", (None, {}, {})),
    ("The annual report of Tarn and Kellan", (None, {}, {})),
    ("The annual, Tarn Trust and Kellan University report", (None, {}, {})),
    ("The Tarn; Health Trust and Kellan University report", (None, {}, {})),
    ("The Tarn: Health Trust and Kellan University report", (None, {}, {})),
    ("The Tarn Trust and Kellan) Medical School report", (None, {}, {})),
    ("The and Kellan University report", (None, {}, {})),
    ("A Tarn Trust and the University of Kellan study", (None, {}, {})),
    ("A Tarn Trust and the Kellan University study", (None, {}, {})),
    ("A Tarn Trust and new Kellan University study", (None, {}, {})),
    ("A Tarn Trust and Academy at Kellan University study", (None, {}, {})),
    ("The Orla Venn and Kellan University report", (None, {}, {})),
    ("A Tarn Trust and Bank of Ardle study", (None, {}, {})),
    ("A Tarn Trust and Kellan Ardle Group study", (None, {}, {})),
])
def test_joint_document(subject: str, expected: tuple[Any, dict[str, str], dict[str, Any]]) -> None:
    """A joint document's name, kind and noun, or None and nothing registered."""
    assert _joint(subject) == expected
