"""A document the text names by two bodies joined by `and` before its noun (wave 42c): `A Fenmoor Health Board and
University of Kellan study indicates`, `The Tarn Trust and Kellan University report found`. Neither body alone made
it, so the two together speak (wave 45b, after the gold audit of wave 44: a document named with its makers is its
makers), named from the first body's first capitalised word to the second's last, and a later bare `the study` is
them. The second body is told apart from a longer name by its own institution's head
(`data/institution_heads.txt`: `University of X`, `X University`), so `A Department of Health and Social Care report`
is still one body's.

Below `regions`, which tries it beside `named_polls`.
"""
from __future__ import annotations

from ..entities import find_mentions, org_kind
from ..vocabulary import ARTICLES, DOCUMENT_ADJECTIVES, DOCUMENT_NOUNS, load_words

from .context import Context

INSTITUTION_HEADS: frozenset[str] = load_words("institution_heads")
"""Heads of an institution's own name: `university`, `institute`, `trust`, `board`."""
NAME_LINKS: frozenset[str] = frozenset("of for the".split())
"""Small words inside one body's name (`University of Kellan`)."""


def joint_document(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the two bodies joined by `and` a subject names before a document's noun, as its makers; else None."""
    if len(words) < 5 or words[0] not in ARTICLES or "and" not in words:
        return None  # the cheap test first
    noun = next((i for i, word in enumerate(words) if word in DOCUMENT_NOUNS), None)
    if noun is None or any(w.endswith((",", ";", ":", ")")) for w in raw[:noun]):
        return None
    first = next((i for i in range(1, noun) if words[i] not in DOCUMENT_ADJECTIVES), noun)
    names = raw[first:noun]
    if "and" not in names or names.count("and") != 1:
        return None
    joint = names.index("and")
    left, right = names[:joint], names[joint + 1:]
    if not (_one_body(left) and _one_body(right) and _institution(right)):
        return None
    makers = " ".join(raw[first:noun])
    found = makers, ctx.kinds.setdefault(makers, org_kind(makers))
    ctx.owners[words[noun]] = found  # "The study also found" is theirs again
    return found


def _one_body(words: list[str]) -> bool:
    """Say whether words are one body's name in capitals, small linking words inside (`University of Kellan`)."""
    text = " ".join(words)
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper() \
            or not all(w[:1].isupper() or w in NAME_LINKS for w in words):
        return False
    mentions = find_mentions(text, 0, len(text))
    return len(mentions) == 1 and mentions[0].kind == "org" and mentions[0].end == len(text) and len(words) >= 2


def _institution(words: list[str]) -> bool:
    """Say whether a name opens on an institution's head before `of` or ends on one (`University of X`, `X Trust`)."""
    return (len(words) > 2 and words[0].lower() in INSTITUTION_HEADS and words[1] == "of") \
        or words[-1].lower() in INSTITUTION_HEADS
