"""A union's branch named after its employer (`UCU Severn Bridge University branch`, `GMB Acme Foods branch`): the
union's letters open the run and the employer's name follows; the run names the union, never the employer."""
from __future__ import annotations

import re
from .text_caches import per_text

BRANCH_AFTER_RE = re.compile(r"[ \t]+(?:branch|chapel|local)\b")
"""`branch`, `chapel` or `local` in lower case right after a name: the run before names a union's branch."""
UNION_LETTERS_RE = re.compile(r"[A-Z]{2,6}(?=[ \t]+[A-Z][a-z])")
"""A union's letters (`UCU`, `GMB`, `NUJ`) opening a run, before a capitalised word of the employer's name."""
NUMBERED_UNIT_RE = re.compile(r"(?:Local|Branch|Lodge|Chapter)[ \t]+\d{1,5}")
"""A union's numbered unit, written after its union's name and a comma (`Prairie Musicians' Guild, Local 77`): never a
body alone (waves 39d and 40: one reading for a letter's signature and a cut speaker)."""
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


_UNION_BEFORE_NOUN_RE = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'\-]*)?)"
                                   r"[ \t]+union\b")
"""`the GMB union`, `the Unify union`: one or two capitalised words between `the` and a lower-case `union` (wave 19b)."""
_BARE_UNION_RE = re.compile(r"\b[Tt]he[ \t]+union\b")
"""`the union` with no name before the noun: the reference a union's name before `union` may settle."""


@per_text(4)
def union_before_noun(text: str, never: frozenset[str]) -> str | None:
    """Return the one name the text writes between `the` and `union` (`members of the Brasco union`) when it does so
    before its first bare `the union`, else None: a union so named only after `the union` was first written cannot be
    what it meant; words in `never` (places, nations, common words) name no union. Once per text."""
    if "union" not in text:
        return None  # the cheap test first
    found = [(m.group("name"), m.start()) for m in _UNION_BEFORE_NOUN_RE.finditer(text)
             if not any(word.lower().strip("\u2019'") in never for word in m.group("name").split())]
    if len({name for name, _ in found}) != 1:
        return None  # none, or two unions so named: either may be meant
    bare = _BARE_UNION_RE.search(text)
    return found[0][0] if bare is None or found[0][1] < bare.start() else None
