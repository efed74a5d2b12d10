"""An office held in a named body or place (`Convener of the Harbour Board`, `Senior coroner for North
Wessex`): its holder is a person, who speaks, and whom a later `the coroner` means.

Two shapes, each read with a few word tests and no pattern:

- **After a name** (`Tom Pike, Steward of the Weavers Guild, said`): one capitalised word that names no body (no
  organisation head, no place word, not `Friends of`), after role words if any (`Deputy`), then `of` or `for` and
  a capitalised name; two capitalised words are a name (`Dev Patel of Orme Securities`). The words before it
  are the person; the body after `of` is only where they work. Office words a role list already knows (`chief
  executive of Acme`) are read by the role rules; this reads the offices the list does not (`Convener`, `Bursar`).
- **Before a name** (`Senior coroner for North Wessex, Amy Lowe, has written`): a sentence that opens with a role
  word followed by `for` or `of` and its jurisdiction, then the holder's name set off by commas. A later `the
  coroner` with no name is that person.
"""
from __future__ import annotations

from .vocabulary import NOT_NAMES, ORG_HEADS, ORG_REFERENCES, PLACE_WORDS, REGION_WORDS, ROLES, VOICE_ROLES, load_words

BODY_OF_HEADS: frozenset[str] = load_words("body_of_heads")
"""Words that open a body's or a place's `X of Y` name and are no office (`Friends`, `Diocese`, `Isle`)."""
_NO_OFFICE: frozenset[str] = ORG_HEADS | PLACE_WORDS | REGION_WORDS | NOT_NAMES | BODY_OF_HEADS
"""Capitalised words that make `X of Y` a body's or a place's name, not an office."""
_LINKS: tuple[str, ...] = ("of", "for")
"""The words between an office and the body or place it is held in."""
_BODY_WORDS: frozenset[str] = ORG_HEADS | ORG_REFERENCES
"""Lower-case nouns for a body the text named before (`the council`, `the board`) that may follow an office."""
MAX_OFFICE_WORDS = 3
"""An office's words before `of`: `Deputy Lord Lieutenant`."""
MAX_LEAD_WORDS = 8
"""A sentence's words before the comma that sets off the holder: `Senior coroner for the county of North Wessex`."""


def office_of_body(clause: str) -> bool:
    """Say whether a clause is an office in a named body (`Convener of the Harbour Board`, `Bursar of St Cuthbert's
    School`): role words if any, one capitalised word naming no body, `of`/`for`, then a capitalised name."""
    words = clause.split()
    link = next((i for i, w in enumerate(words[:MAX_OFFICE_WORDS + 1]) if w in _LINKS), 0)
    if link == 0 or link + 1 >= len(words):
        return False
    if not _office_word(words[link - 1]) or any(w.lower() not in ROLES for w in words[:link - 1]):
        return False  # "Deputy Convener of": roles, then one office word; never a name (`Dev Patel of`)
    named = words[link + 2:] if words[link + 1] == "the" else words[link + 1:]
    return bool(named) and (named[0][:1].isupper() or len(named) == 1 < len(words) - link - 1
                            and named[0] in _BODY_WORDS)  # "Cathaoirleach of the council": the body named before


def _office_word(word: str) -> bool:
    """Say whether a capitalised word may be part of an office's name (`Convener`, `Deputy`), not a body's."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and word.lower() not in _NO_OFFICE


def role_opening_sentence(text: str, start: int, comma: int) -> str:
    """Return the role word of a sentence that opens with a role and its jurisdiction right before a comma (`Senior
    coroner for North Wessex,`), else ``."""
    stop = max(text.rfind(". ", start, comma), text.rfind("\n", start, comma))
    words = text[max(start, stop + 1):comma].split()
    if not words or len(words) > MAX_LEAD_WORDS or not words[0][:1].isupper():
        return ""
    for index, word in enumerate(words[:MAX_OFFICE_WORDS + 1]):
        role = word.lower()
        if role in ROLES and role not in VOICE_ROLES and index + 2 < len(words) and words[index + 1] in _LINKS:
            return role if all(w[:1].isupper() for w in words[:index]) else ""
    return ""
