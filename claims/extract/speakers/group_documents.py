"""A document `their` owns right after a sentence whose subject is an unnamed group of people (wave 50g): `A group of
families has written to the company asking ... Their letter says ...` is the group's letter, in the text's words and
unresolved as the group is, never a body named paragraphs before."""
from __future__ import annotations

import re

from ..text import Block
from ..vocabulary import DOCUMENT_NOUNS
from .words import SENTENCE_END_RE

_GROUP_SUBJECT_RE = re.compile(r"\b(?P<group>[Aa] group of [a-z]+(?: [a-z]+)?) (?:has|have|had|[a-z]+ed)\b")
"""A sentence's subject that is a group of people it names by a common noun (`a group of families has written`)."""


def group_document(text: str, start: int, words: list[str], blocks: list[Block]) -> tuple[str, str] | None:
    """Return the group of people the sentence right before names as its subject, for `Their <document>`, else
    None; `blocks` are the text's own (`split_blocks`), split once by the block pass."""
    if len(words) != 2 or words[0] != "their" or words[1] not in DOCUMENT_NOUNS:
        return None
    opening = max((block.start for block in blocks if block.start <= start), default=0)
    before = text[opening:start].rstrip()  # the paragraph's start, a hard-wrapped line's too (round 51m)
    if not before.endswith((".", "!", "?")):
        return None  # "Their letter" opens no sentence, or no sentence stands before it in the paragraph
    ends = list(SENTENCE_END_RE.finditer(before))
    found = _GROUP_SUBJECT_RE.search(before, ends[-1].end() if ends else 0)
    return (found.group("group")[:1].lower() + found.group("group")[1:], "unresolved") if found else None
