"""Two sides: a party written as one capitalised word that opens a sentence and takes a side (`Acorn disagreed.`,
`Unite, which represents the drivers, has criticised the plan.`) is that sentence's subject, so the `it said` or
`a spokesperson said` after it is that party's, never the body that spoke before."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention
from ..speakers import Context
from ..speakers.words import BODY_NOUNS, REFERENCE_WORDS, names_no_party
from ..vocabulary import (INSPECTORATE_HEADS, load_words, names_no_one, ORG_HEADS, PLACE_WORDS, REGION_WORDS, ROLE_WORDS,
                          SINGULAR_POSSESSIVES)

SIDE_VERBS = load_words("side_verbs")
"""Verbs by which a party takes a side (`disagreed`, `has criticised`): their one-word capitalised subject is a
party."""

REGULATOR_NOUNS: frozenset[str] = INSPECTORATE_HEADS | frozenset({"regulator", "watchdog"})
"""Nouns that make the body they describe a regulator (`X, the energy watchdog,`)."""

SIDE_OPENING_RE = re.compile(
    r"(?:(?:But|However|Meanwhile|And|Yet|Separately),?\s+)?"
    r"(?:[Tt]he\s+(?:[a-z'\u2019-]+\s+){0,2}[a-z'\u2019-]+,?\s+)?"
    r"(?P<name>[A-Z][A-Za-z'\u2019-]*[A-Za-z]),?\s+"
    r"(?:(?:which|who)\s[^,.;]{1,80},\s+|(?:the|a|an)\s+(?:[a-z'\u2019-]+\s+){0,3}?(?P<noun>[a-z]+),\s+)?"
    r"(?:(?:has|have|had)\s+)?(?P<verb>[a-z]+)\b")
"""A sentence that opens with one capitalised word as its subject, maybe described (`The tenants' union, Acorn,`),
maybe with a relative clause (`Unite, which represents ...,`) or a noun that makes it a body (`Powerwatch, the energy
regulator,`), then a verb (`disagreed`, `has criticised`; any verb after such a noun)."""


def note_side_subject(text: str, span: tuple[int, int], ctx: Context) -> None:
    """Note the one-word party that opens a sentence taking a side (`Acorn disagreed.`) as the body a following `It`
    means, and as another body than the one in focus; a plural group (`Campaigners disputed ...`) is only the latter."""
    opening = side_opening(text, span)
    if opening is None:
        return
    name = opening.group("name")
    if _group_word(name):
        ctx.other_org = ctx.other_org or bool(ctx.org_speakers)  # "Campaigners disputed it": a side, not a body
        return
    if ctx.full_person(name) != name:
        return  # "Albrecht disagreed": a person the text named before, read by `names`
    regulator = "regulator" if opening.group("noun") in REGULATOR_NOUNS else ""  # "X, the energy regulator,"
    registered = ctx.add(Mention(opening.start("name"), opening.end("name"), name, "org", title=regulator))
    if ctx.kinds.get(registered) in BODY_KINDS:
        ctx.subject = (registered, ctx.block)


def side_opening(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """Return the opening of a sentence whose one-word capitalised subject takes a side, else None."""
    if not text[span[0]:span[0] + 1].isupper():
        return None  # the cheap test first: a sentence opening in lower case or with a figure
    opening = SIDE_OPENING_RE.match(text, span[0], span[1])
    if opening is None or opening.group("verb") not in SIDE_VERBS and opening.group("noun") not in BODY_NOUNS:
        return None  # "Powerwatch, the energy regulator, fined ...": the noun says it is a body
    if _plural_noun_verb(text, opening):
        return None  # "Written questions, answers and statements": a heading's nouns, no party taking a side (24c)
    return None if names_no_party(opening.group("name")) else opening  # "Coroner warns": a role


NOUN_AFTER_RE = re.compile(r"[ \t]*(?:,[ \t]+[a-z]+s[ \t]+and\b|\n|$|(?:and|or|by|for|of|from|against|over|about)\b)")
"""What follows a side's verb in `-s` that shows it is a plural noun: a list of plurals (`, answers and`), the line's
end, `and`, a preposition (never a comma alone: `Acorn disputes, however, that ...` takes a side)."""


def _plural_noun_verb(text: str, opening: re.Match[str]) -> bool:
    """Say whether a side's verb in `-s` is a plural noun after the capitalised word (`Written questions, answers`,
    `Consumer complaints about ...`, `Benefit claims by ...`): the word before it is a modifier, no party."""
    return opening.group("verb").endswith("s") and not opening.group("noun") \
        and NOUN_AFTER_RE.match(text, opening.end()) is not None


def _group_word(name: str) -> bool:
    """Say whether a capitalised word is a group of people, not a name (`Campaigners`, `Residents`): a plural in lower
    case letters (an acronym such as `NFUS` names a body)."""
    return name.endswith("s") and not name.isupper() and not name.endswith(SINGULAR_POSSESSIVES)


AFFILIATION_RE = re.compile(
    r"\s(?:for|of|at)\s+(?:the\s+)?(?P<name>[A-Z][a-z]+[A-Za-z]*|[A-Z]{2,6})(?:\s+union)?(?=\s*[,.;)])")
"""A one-word body after a person's post (`regional officer for Unite,`, `an organiser at Acorn.`, `of the GMB
union.`): the name-reader reads no one-word name, so the body must be noted here."""


def note_affiliations(text: str, span: tuple[int, int], ctx: Context) -> None:
    """Note the one-word body a speaker's post names (`Jo Bell, regional officer for Unite, said`) as a body other
    than the one in focus, so a later `it said` is never the body the text is about."""
    if not ctx.org_speakers:
        return  # only a body in focus can take another party's claims
    for found in AFFILIATION_RE.finditer(text, span[0], span[1]):
        name = found.group("name")
        if post_before(text, found.start()) and not place_or_common(name) and ctx.full_person(name) == name:
            ctx.add(Mention(found.start("name"), found.end("name"), name, "org"))


def post_before(text: str, at: int) -> bool:
    """Say whether the word right before `for`, `of` or `at` is a post (`officer`, `secretary`, `organiser`)."""
    word = text[max(0, at - 30):at].rsplit(None, 1)[-1:] if at else []
    return bool(word) and word[0].lower().strip(",") in ROLE_WORDS


def place_or_common(name: str) -> bool:
    """Say whether a capitalised word is a place, a region or a word that names no party (`Wales`, `North`)."""
    word = name.lower()
    return word in PLACE_WORDS or word in REGION_WORDS or names_no_one(word) or word in ORG_HEADS \
        or word in REFERENCE_WORDS
