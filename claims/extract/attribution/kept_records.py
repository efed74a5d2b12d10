"""A record after `according to` that its owner keeps in a place of its own (wave 26d): `..., according to notices
posted on its website`, `..., according to figures on its website`, `..., according to data in their annual
report`: `its` is the subject of the clause the source ends, as in `according to its annual report`, never the
other party in focus (the body that spoke last).

A record is a document's noun, singular or plural (`notice`, `notices`, `figures`), then `on` or `in` or a
publishing participle (`posted`, `published`), and `its` or `their` within the next words. Also read: the clause a
source ends starts after a colon in the sentence (`But the money has not been lost: the council still owns the
site, according to its latest accounts`: the council, not `the money`)."""
from __future__ import annotations

from ..vocabulary import DOCUMENT_NOUNS

PUBLISHING_PARTICIPLES: frozenset[str] = frozenset("published released posted issued shared".split())
"""Participles that say where a document came out (`figures published on its website`)."""
_PLACE_WORDS: frozenset[str] = frozenset("on in".split())
"""Prepositions that put a record in a place its owner keeps (`figures on its website`)."""
_OWNERS: frozenset[str] = frozenset("its their".split())
"""The possessives that point back to the clause's subject."""
_REACH = 4
"""How many words after the record's noun `its` may stand (`figures in a report to its cabinet`: four)."""


def is_record_noun(word: str) -> bool:
    """Say whether a word is a document's noun, singular or plural (`notice`, `notices`, `figures`)."""
    return word in DOCUMENT_NOUNS or word.endswith("s") and word[:-1] in DOCUMENT_NOUNS


def kept_in_its_place(words: list[str]) -> bool:
    """Say whether a source's lower-case words are a record its owner keeps in a place of its own (`notices posted
    on its website`, `figures on its website`, `data in their annual report`)."""
    if len(words) < 3 or not is_record_noun(words[0]) or words[1] not in _PLACE_WORDS | PUBLISHING_PARTICIPLES:
        return False
    return any(word in _OWNERS for word in words[2:2 + _REACH])


def clause_start(text: str, start: int, end: int) -> int:
    """Return where the clause ending at `end` starts: after the last colon between `start` and `end` (and the
    spaces after it), else `start`."""
    colon = text.rfind(": ", start, end)
    return start if colon < 0 else colon + 2
