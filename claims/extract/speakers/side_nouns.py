"""Two sides: a noun that names a body of members or givers (`the charity`, `the association`, `the society`) or a
council is never the one other body a text names (a supplier) unless the name or the text says it is one, so a
critic's claim under `the charity said` is never given to the organisation the text is about."""
from __future__ import annotations

from ..entities import head_noun
from ..vocabulary import load_words
from .body_traits import may_be_charity, same_head

SIDE_NOUNS: frozenset[str] = frozenset({"charity", "association", "society", "council", "lab"})
"""References that name a body of members or givers, a council or a laboratory (`the lab`, wave 40i): the other side
of a text about a company, never a body of another head."""
ANSWERING_WORDS: frozenset[str] = frozenset("but and yet however meanwhile instead still though".split())
"""Words that open a sentence in which another party answers (`But the campaign group Acorn said`): no part of the
party's name."""
CHARITY_HEADS = load_words("charity_heads")
"""Heads of a name that may be what `the charity` means (`X Trust`, `X Foundation`, `X Hospice`)."""
COUNCIL_HEADS = load_words("council_heads")
"""Heads of a name that may be what `the council` means (`X Council`, `X County`, `X Borough`)."""


def may_be_side(name: str, word: str, called: set[str]) -> bool:
    """Say whether a body may be what a reference means when the text never linked them (`the charity` after only
    `Fenwick Energy` is nobody): its head is that noun (`X Charity`, a trust for `the charity`), or the text calls it
    so; any body for a reference that names no side, and a body named by letters (its head unseen)."""
    if word not in SIDE_NOUNS or name.isupper():
        return True  # "GQW ... the council": letters hide the head that would say what the body is
    head = head_noun(name)
    return same_head(head, word) or word in called or word == "charity" and head in CHARITY_HEADS \
        or word == "council" and head in COUNCIL_HEADS


def charity_named(name: str) -> bool:
    """Say whether a body's own name says it may be a charity (`X Trust`, `X Welfare League Cymru`), never a public
    trust (`X NHS Foundation Trust`)."""
    return head_noun(name) in CHARITY_HEADS and may_be_charity(name, "charity")
