"""A natural feature's name read as a body's (wave 42b): `Skerryvore Energy, focused on the UK North Sea, today
announces` names a sea, never the body the release is about; the name reader's body is dropped."""
from __future__ import annotations

from .vocabulary import load_words

FEATURE_WORDS: frozenset[str] = load_words("feature_words")
"""Last words of a natural feature's name (`data/feature_words.txt`)."""


def names_a_feature(name: str) -> bool:
    """Say whether a name ends on a natural feature's word (`UK North Sea`, `Moray Firth`)."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in FEATURE_WORDS
