"""A person the text names in full where no speaker was read (`appointed Rachel Ainsworth and Neil Pascoe`, inside a
quotation: `I want to thank Council President Lamar Whitcombe`): a later titled surname (`Ms Ainsworth`, `Council
President Whitcombe`) is that full name when the text gives it with one given name only (wave 20a)."""
from __future__ import annotations

import re

from .entities import person_name
from .vocabulary import NOT_NAMES, ORG_HEADS, ROLES, SENTENCE_STARTERS
from .text_caches import per_text

_BEFORE_SPAN = 40
"""How far before a surname its given name is read from."""


_JOINS_RE = re.compile("[-'\u2019]")
"""What joins the parts of one name (`Anne-Marie`, `D'Arcy`)."""


def _name_part(part: str) -> bool:
    """Say whether a part of a name is letters, lower case after its first (`Anne`, `Marie`, `marie`; not `MARIE`)."""
    return part.isalpha() and (len(part) == 1 or part[1:].islower())


def _given_name(word: str) -> bool:
    """Say whether a word reads as a given name: a capital, then lower-case letters (`Rachel`, `Úna`, `Anne-Marie`),
    and no title, common word or body's head."""
    parts = _JOINS_RE.split(word)
    return len(word) > 1 and word[0].isupper() and all(_name_part(part) for part in parts) \
        and word.lower() not in ROLES and word.lower() not in NOT_NAMES and word.lower() not in ORG_HEADS \
        and word.lower() not in SENTENCE_STARTERS


@per_text(256)
def full_name_in_text(text: str, family: str) -> str | None:
    """Return the one full name `<given name> <family>` the text writes anywhere, else None (none, or two people of
    that family name)."""
    if not family[:1].isupper():
        return None
    found: set[str] = set()
    at = text.find(family)
    while at >= 0:
        end = at + len(family)
        if (end == len(text) or not text[end].isalnum()) and at > 1 and text[at - 1] == " ":
            before = text[max(0, at - _BEFORE_SPAN):at - 1].split()
            if before and _given_name(before[-1]) and person_name([before[-1], *family.split()]) is not None:
                found.add(f"{before[-1]} {family}")
        at = text.find(family, end)
    return found.pop() if len(found) == 1 else None
