"""Bare `Officers` before a cue (`Officers replied that two posts were vacant`, `Officers had recommended approval`,
`Officers believe the rise reflects ...`): a council's or a police body's staff, who speak for the one such body the
text names; two such bodies, or none, leave them unresolved in their own words (wave 23b). Bare `Detectives`
(wave 64x) are a police body's only: the one police body the text names, never a council."""
from __future__ import annotations

from ..entities import head_noun
from ..vocabulary import load_words

from .body_traits import sole_body
from .context import Context
from .named_endings import name_words

OFFICER_HEADS: frozenset[str] = load_words("officer_heads")
"""Heads of bodies whose staff are `officers` (`council`, `police`), read from `data/officer_heads.txt`."""
OFFICER_WORDS: frozenset[str] = frozenset({"officers"})
"""The bare plural that names such a body's staff."""
DETECTIVE_WORDS: frozenset[str] = frozenset({"detectives"})
"""The bare plural that names a police body's staff only (`Detectives said`)."""


def officers_body(word: str, ctx: Context) -> str | None:
    """Return the one body the whole text names whose head has officers (a council, a police body), registered, when
    `word` is `Officers`; else None: another word, no such body, or two."""
    if word.lower() not in OFFICER_WORDS:
        return None
    found = sole_body([mention for mention in ctx.bodies_named() if has_officers(mention.name)])
    if found is None:
        return None  # "X Council and Y Council ... Officers said": either council's staff
    return ctx.add(found)


def detectives_body(word: str, ctx: Context) -> str | None:
    """Return the one police body the whole text names, registered, when `word` is `Detectives`; else None: another
    word, no such body, or two (a council has officers, never detectives)."""
    if word.lower() not in DETECTIVE_WORDS:
        return None
    found = sole_body([mention for mention in ctx.bodies_named()
                       if has_officers(mention.name) and head_noun(mention.name) != "council"])
    return ctx.add(found) if found is not None else None


def has_officers(name: str) -> bool:
    """Say whether a body's staff are `officers`: its head is a council's or a police body's (`Harbour Police`), or
    its last two words are a US police body's (`Center Police Department`, `Lake County Sheriff's Office`; wave 52e)."""
    ending = " ".join(name_words(name)[-2:])
    return head_noun(name) in OFFICER_HEADS or ending in OFFICER_HEADS
