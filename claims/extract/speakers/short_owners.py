"""A short name's possessive opening a document's words (wave 31b): `Marrow Vale's investigation found` after `Marrow
Vale Health`, `Castillo's report makes` after `Renee Castillo`: the one body whose registered name the short form
opens, or the one person whose name it ends, owns the document and speaks for it; never the possessive scrap
(`Castillo's`) read as a body's name. A short form that opens no party's name, or two parties' names, is left to the
rules after it."""
from __future__ import annotations

from ...model import BODY_KINDS
from ..vocabulary import DOCUMENT_NOUNS, without_possessive

from .context import Context
from .documents import EXAMINING_NOUNS
from .words import COMMON_NOUNS

MAX_SHORT_WORDS = 3
"""How many capitalised words a short name may hold (`Marrow Vale`)."""
OWNED_NOUNS: frozenset[str] = DOCUMENT_NOUNS | EXAMINING_NOUNS
"""Nouns of what a party owns and speaks through: its documents and its examining work (`X's investigation`)."""


def short_name_owner(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a document whose words open on a short name's possessive (`Castillo's report`, `Marrow Vale's latest
    audit`) to the one party that name shortens, remembered as what the document's noun means; else None."""
    short = _possessive_opening(raw, words)
    if short is None:
        return None
    owners = _parties_shortened(short, ctx)
    if len(owners) != 1:
        return None
    owner = owners[0]
    ctx.owners[words[-1]] = (owner, ctx.kind_of(owner))
    return ctx.owners[words[-1]]


def _possessive_opening(raw: list[str], words: list[str]) -> str | None:
    """Return the capitalised short name whose possessive opens a document's words (`Marrow Vale` of `Marrow Vale's
    investigation`), else None."""
    if len(words) < 2 or words[-1] not in OWNED_NOUNS or not (words[0][:1].isalpha()):
        return None  # a document's noun closes the words (the cheap test first)
    end = next((i for i, word in enumerate(raw[:MAX_SHORT_WORDS]) if without_possessive(word) != word), -1)
    if end < 0 or end >= len(words) - 1:
        return None
    name = [without_possessive(word) for word in raw[:end + 1]]
    if not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in name) \
            or name[0].lower() in COMMON_NOUNS:
        return None  # "The Trust's", "the council's": a reference, read by the rules for references
    return " ".join(name)


def _parties_shortened(short: str, ctx: Context) -> list[str]:
    """Return the registered parties a short name shortens: bodies whose name it opens (or is), the person whose name
    it is part of."""
    bodies = [name for name in ctx.orgs if ctx.kinds.get(name) in BODY_KINDS
              and (name == short or name.startswith((short + " ", short + ",")))]
    person = ctx.full_person(short)
    people = [person] if person != short and ctx.kinds.get(person) == "person" else []
    return list(dict.fromkeys(bodies + people))
