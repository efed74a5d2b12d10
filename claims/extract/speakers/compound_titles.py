"""Titles of two words whose second is `General` (`Auditor General Karen Holtby`, `Attorney-General Ann Lee`), and posts
written before an honorific (`Minister for Ports Shri Jo Roe`): a later `the auditor`, `the auditor-general`, `the
minister` with no name is the person the text titled so."""
from __future__ import annotations

import re

from ..entities import Mention
from ..vocabulary import HONORIFICS, STANDALONE_ROLES

_COMPOUND_RE = re.compile(r"\b(?P<head>[A-Z][a-z]+)(?:[ \t]+|-)General\b")
"""A title's head before `General`, spaced or hyphenated: `Auditor General`, `Attorney-General`."""
_NOT_HEADS: frozenset[str] = frozenset("major lieutenant brigadier the a an".split())
"""Words before `General` that make a military rank or no title: never a short reference on their own."""


def compound_title_keys(text: str, start: int, end: int) -> list[str]:
    """Return the words a later reference may use for a `<Head> General` title written in a person's run (`auditor`,
    `auditor general`, `auditor-general`), else nothing."""
    found = _COMPOUND_RE.search(text, start, end)
    if found is None or found.group("head").lower() in _NOT_HEADS:
        return []
    head = found.group("head").lower()
    return [head, f"{head} general", f"{head}-general"]


def post_before_honorific(text: str, mention: Mention) -> str:
    """Return the last post (`minister`, `commissioner`) written in a person's run before the honorific that opens the
    name (`The Union Minister for Ports Shri Jo Roe`, `Minister of Trade Senator Jo Roe`: minister), else `` (47f)."""
    words = text[mention.start:mention.end].split()[:-len(mention.name.split())]
    posts = [w.lower() for w in words if w.lower() in STANDALONE_ROLES and w.lower() not in HONORIFICS]
    return posts[-1] if posts else ""
