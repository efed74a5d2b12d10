"""A union's branch named after its employer (`UCU Severn Bridge University branch`, `GMB Acme Foods branch`): the
union's letters open the run and the employer's name follows; the run names the union, never the employer."""
from __future__ import annotations

import re

BRANCH_AFTER_RE = re.compile(r"[ \t]+(?:branch|chapel|local)\b")
"""`branch`, `chapel` or `local` in lower case right after a name: the run before names a union's branch."""
UNION_LETTERS_RE = re.compile(r"[A-Z]{2,6}(?=[ \t]+[A-Z][a-z])")
"""A union's letters (`UCU`, `GMB`, `NUJ`) opening a run, before a capitalised word of the employer's name."""
MIN_EMPLOYER_WORDS = 2
"""Words the employer's name needs after the letters (`UCU Wales branch` is the union's own region: left whole)."""


def union_letters_end(text: str, start: int, end: int) -> int:
    """Return where the union's letters end in a branch's name at text[start:end] (`UCU Severn Bridge University`
    before ` branch`), else `start` (no branch, or no employer after the letters)."""
    if not BRANCH_AFTER_RE.match(text, end):
        return start  # the cheap test first: most runs are followed by no `branch`
    letters = UNION_LETTERS_RE.match(text, start, end)
    if letters is None or len(text[letters.end():end].split()) < MIN_EMPLOYER_WORDS:
        return start
    return letters.end()
