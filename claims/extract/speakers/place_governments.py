"""Governments named by a place, a nationality or a leader (wave 37d): `The Ontario government says`, `Kenya's
government said`, `a spokesman for the Ford government said`, `US authorities said`.
A government named by its level (`the federal government`, `data/government_levels.txt`) is another one: it keeps the
text's words, as before a place's government was registered.

The head (`data/place_government_heads.txt`) is written in lower case after one to three capitalised words, so no name
reader takes the phrase as a body's name: a reference step read `government` as a short reference and gave the claim
to the last government named, or kept the place alone (`Ontario`). The party is the phrase as the text spells it, from
its first capitalised word, registered as an organisation, so that a later `the government` is it while it is the only
one named, and two governments in one text stay two. A word before the place other than `the` (`the previous Labour
government`, `a future Tallmark government`) or a body's head among the capitalised words (`the Harrowdale Council
administration`, a council's ruling group) leaves the phrase to the readers before."""
from __future__ import annotations

import re

from ..entities import Mention
from ..vocabulary import load_words, ORG_HEADS, SENTENCE_STARTERS, without_possessive, SINGULAR_POSSESSIVES
from .context import Context

PLACE_GOVERNMENT_HEADS: frozenset[str] = load_words("place_government_heads")
"""Heads of a government named by a place (`government`, `administration`, `authorities`)."""

_HEAD_ENDINGS: tuple[str, ...] = tuple(PLACE_GOVERNMENT_HEADS)
"""The heads as endings, for the cheap guard."""
_HEADS = "|".join(sorted(PLACE_GOVERNMENT_HEADS))
PLACE_GOVERNMENT_RE = re.compile(
    rf"(?<![\w'\u2019.\-])(?P<name>(?:(?!(?:The|A|An)\s)[A-Z][\w.\-]*(?:['\u2019]s)?\s+){{1,3}}(?:{_HEADS}))[\s,]*$")
"""One to three capitalised words and a head in lower case at the end of a subject (`the Indian government`)."""
GOVERNMENT_LEVELS: frozenset[str] = load_words("government_levels")
"""Words of a government's level (`federal`, `state`): another government than the one a place names."""
MAX_PLACE_GOVERNMENT_CHARS = 80
"""How far before the cue a government named by a place is looked for."""


def government_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Return where a government named by a place starts and its name as spelled (`Indian government`), when it ends
    the words text[start:end], else None."""
    tail = text[start:end].rstrip(" ,")
    if not tail.endswith(_HEAD_ENDINGS):
        return None  # the cheap guard: no head at the end
    found = PLACE_GOVERNMENT_RE.search(text, max(start, end - MAX_PLACE_GOVERNMENT_CHARS), end)
    if found is None or not _place_words(found.group("name"), text[start:found.start()]):
        return None
    return found.start("name"), " ".join(found.group("name").split())


def _place_words(name: str, before: str) -> bool:
    """Say whether the capitalised words of a government's name are a place's or a leader's: no body's head among them,
    and no sentence's opener when nothing but the subject's start stands before them."""
    words = [without_possessive(w).lower().strip(".") for w in name.split()[:-1]]
    if any(w in ORG_HEADS for w in words):
        return False  # "the Harrowdale Council administration": a council's ruling group
    last = before.replace(",", " ").split()[-1:]
    if last and last[0].lower() != "the" and not _possessive(name):
        return False  # "the previous Labour government", "a future X government": read before
    return bool(last) or words[0] not in SENTENCE_STARTERS  # "Meanwhile government sources": no place


def _possessive(name: str) -> bool:
    """Say whether a government's name is a place's possessive (`Kenya's government`)."""
    return name.split()[-2].endswith(SINGULAR_POSSESSIVES)


def place_government(text: str, start: int, end: int, ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that ends on a government named by a place to that government, registered as an
    organisation (`The Indian government said` -> Indian government); None when it names none."""
    named = government_name(text, start, end)
    if named is None:
        return None
    at, name = named
    body = ctx.add(Mention(at, at + len(name), name, "org", False, ""))
    ctx.kinds[body] = "organisation"
    return body, "organisation"


def level_government(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Keep a government named by its level (`the federal government said`) in the text's words, unresolved: never
    the government a place names (`the Ontario government`); None for any other subject."""
    if len(words) < 3 or words[-1] not in PLACE_GOVERNMENT_HEADS or words[-2] not in GOVERNMENT_LEVELS \
            or words[-3] not in ("the", "a", "its", "their"):
        return None
    return " ".join(raw[-3:]), "unresolved"
