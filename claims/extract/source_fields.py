"""A repost's `Source: X` header field (wave 53f): wires that carry an issuer's release under its own headline
(`Source: Government of India`, `Source: ASX`) name the issuer in a field of its own, as a page's `From: X` does; a
newsroom credited so (`Source: Reuters`, `Source: Marketwire`, `Source: The Hindu`) issued no release, it reported.
Read by `release` (whether the field makes the text a release) and `layout` (the masthead's issuer).
"""
from __future__ import annotations

from .vocabulary import OUTLET_HEADS, OUTLET_NOUNS, load_words

NEWSROOM_NAMES = load_words("newsroom_names")
"""News agencies and wires by name (`data/newsroom_names.txt`)."""
SOURCE_FIELD = "source"
"""The field's name, lower case."""


def newsroom_source(field: str, name: str) -> bool:
    """Say whether a `Source:` field credits a newsroom (an agency, a wire, a paper) rather than an issuer; any other
    field (`From:`, `Issued by:`) credits its body."""
    if field.strip().lower() != SOURCE_FIELD:
        return False
    words = name.lower().split()
    return not words or " ".join(words) in NEWSROOM_NAMES or words[-1].endswith("wire") \
        or words[-1] in OUTLET_HEADS or words[-1] in OUTLET_NOUNS
