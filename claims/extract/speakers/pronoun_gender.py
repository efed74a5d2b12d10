"""Whether `he` or `she` can mean the person a pronoun would go to: a person the text calls `Mr Hale`, or whom an
earlier `he` already meant, is never a later `she` (`Jo Roe gave evidence. He said ... Counsel for the firm, Ann
Lee BL, said ... She said`: the second pronoun is not Roe's). A clash leaves the claim unresolved, never wrong."""
from __future__ import annotations

import re

from .context import Context
from .words import HONORIFIC_PRONOUNS
from ..text_caches import per_text

_HONORIFIC_BEFORE_RE = re.compile(r"\b([A-Z][a-z]{1,3})\.?[ \t]+\Z")
_MAX_LOOKS = 12
"""Mentions of a surname read at most, so a long text costs no more than a short one."""


@per_text(64)
def honorific_pronoun(text: str, name: str) -> str:
    """Return the pronoun the honorifics before a person's name or surname give (`Ms Roe`, `Mr Tom Hale`), `` when
    none or both."""
    found: set[str] = set()
    for words in {name, name.split()[-1]}:
        found |= _honorifics_before(text, words)
    return found.pop() if len(found) == 1 else ""


def _honorifics_before(text: str, words: str) -> set[str]:
    """Return the pronouns of the honorifics right before the first mentions of some words in a text."""
    found: set[str] = set()
    at, looks = text.find(words), 0
    while at >= 0 and looks < _MAX_LOOKS:
        before = _HONORIFIC_BEFORE_RE.search(text, max(0, at - 6), at)
        if before is not None and before.group(1).lower() in HONORIFIC_PRONOUNS:
            found.add(HONORIFIC_PRONOUNS[before.group(1).lower()])
        at, looks = text.find(words, at + len(words)), looks + 1
    return found


def shares_surname(ctx: Context, person: str) -> bool:
    """Say whether another person the text names has this person's surname (`Martin Roe` and his daughter `Eve
    Roe`): then `Mr Roe` may be either, and says nothing of this one."""
    surname = " " + person.split()[-1]
    return any(kind == "person" and name != person and name.endswith(surname) for name, kind in ctx.kinds.items())


def pronoun_fits(ctx: Context, person: str, word: str) -> bool:
    """Say whether `he` or `she` can mean a person (no honorific and no earlier pronoun says otherwise), noting the
    pronoun as the person's when it fits."""
    if not pronoun_may_fit(ctx, person, word):
        return False
    ctx.pronoun_of[person] = word
    return True


def pronoun_may_fit(ctx: Context, person: str, word: str) -> bool:
    """Say whether `he` or `she` can mean a person (no honorific and no earlier pronoun says otherwise), noting
    nothing."""
    known = ctx.pronoun_of.get(person) or ("" if shares_surname(ctx, person) else honorific_pronoun(ctx.text, person))
    return not known or known == word
