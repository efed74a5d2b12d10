"""A record after `according to` that its owner keeps in a place of its own (wave 26d): `..., according to notices
posted on its website`, `..., according to figures on its website`, `..., according to data in their annual
report`: `its` is the subject of the clause the source ends, as in `according to its annual report`, never the
other party in focus (the body that spoke last).

A record is a document's noun, singular or plural (`notice`, `notices`, `figures`), then `on` or `in` or a
publishing participle (`posted`, `published`), and `its` or `their` within the next words, with no other document
between (`figures in a report to its cabinet` are figures in a report: the older rules read them)."""
from __future__ import annotations

from ..vocabulary import DOCUMENT_NOUNS

PUBLISHING_PARTICIPLES: frozenset[str] = frozenset("published released posted issued shared".split())
"""Participles that say where a document came out (`figures published on its website`)."""
_PLACE_WORDS: frozenset[str] = frozenset("on in".split())
"""Prepositions that put a record in a place its owner keeps (`figures on its website`)."""
_OWNERS: frozenset[str] = frozenset("its their".split())
"""The possessives that point back to the clause's subject."""
_REACH = 4
"""How many words after the place word `its` may stand (`notices posted on its website`: two)."""


def is_record_noun(word: str) -> bool:
    """Say whether a word is a document's noun, singular or plural (`notice`, `notices`, `figures`)."""
    return word in DOCUMENT_NOUNS or word.endswith("s") and word[:-1] in DOCUMENT_NOUNS


def kept_in_its_place(words: list[str]) -> bool:
    """Say whether a source's lower-case words are a record its owner keeps in a place of its own (`notices posted
    on its website`, `figures on its website`, `data in their annual report`)."""
    if len(words) < 3 or not is_record_noun(words[0]) or words[1] not in _PLACE_WORDS | PUBLISHING_PARTICIPLES:
        return False
    reach = words[2:2 + _REACH]
    owner = next((at for at, word in enumerate(reach) if word in _OWNERS), None)
    return owner is not None and not any(is_record_noun(word) for word in reach[:owner])  # "figures in a report
    # to its cabinet": figures in another document, read by the older rules (wave 24d, 25g)

