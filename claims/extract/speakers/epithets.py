"""A party's own description used again as its reference (wave 67u): the text sets a description off beside a name
(`Halvern Institute, an independent thinktank, said`, `Jo Roe, a retired schoolteacher,`) or says what a name is
(`Halvern is a thinktank based in Kelby`), then calls the party by that description alone (`The thinktank said`,
`the retired schoolteacher added`). Whatever the noun, the text has said which party it means.

The reference is `the`, up to two describing words and a noun, all lower case; each describing word of the reference
is one of the description's (`the independent thinktank` for `an independent thinktank`; `the thinktank` for either).
The description opens on an article or a place's possessive (`X, Kelby's largest employer,`); it is set off by commas
(or a bracket, a full stop) after the name, perhaps after an age (`Jo Roe, 67, a retired schoolteacher,`), follows
`is` or `was`, or stands right before the name (`retired schoolteacher Mara Quell`, `the Kelby thinktank Halvern
Institute`), its noun in lower case there (a capital makes it part of a name: `Kelby Ambulance Service NHS Trust`)
and the name opening on no post (`district Director Jo Roe`). The name is one the text has registered, a body or a
person (or its longest end so registered). Two parties so described (`X, a thinktank, and Y, a thinktank,`) leave
the reference unresolved: nobody to be sure of.

A body's own people said bare (`officials said`, `the staff said`; `data/body_people.txt`) are the one body the text
names as theirs (`KU officials`, `officials at the Kelby Port Authority`), that name read as a body's whole mention.
"""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention, find_mentions
from ..vocabulary import BODY_PEOPLE, ROLES, load_words
from ..text_caches import per_text

from .context import Context

_NAME_WORD = r"[A-Z][\w'\u2019&\-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?{_NAME_WORD}){{0,6}}"
"""A capitalised name of up to seven words, `of`, `for`, `and`, `the` between (`Institute for Fiscal Studies`)."""
_WORDS = r"(?P<words>(?:[a-z][a-z\-]*[ \t]+){0,4})"
"""The lower-case describing words between the article and the noun (`independent`, `retired primary`)."""
_OPENING_WORDS = r"(?P<words>(?:[A-Za-z][a-z\-]*[ \t]+)?(?:[a-z][a-z\-]*[ \t]+){0,3})"
"""The describing words before a noun set before a name, the first perhaps opening a sentence (`Retired`)."""
NOT_EPITHETS: frozenset[str] = load_words("not_epithets")
"""Nouns a description may end on that never name one party (`part`, `number`, `member`, `statement`)."""
_LEADING_THE = ("The ", "the ")


_AFTER_TAIL = r"(?:[ \t]*[,.;)\n]|[ \t]+(?:based|that|which|who|founded|set)\b)"
"""What ends a description after a name, right after its noun: a comma or another closing mark, or `based`, `that`."""
_BEFORE_TAIL = rf"[ \t]+(?P<name>{_NAME})"
"""What follows a description's noun right before a name: the name."""
_AFTER_TAIL_RE = re.compile(_AFTER_TAIL)
_BEFORE_TAIL_RE = re.compile(_BEFORE_TAIL)


def _after_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of a name and a description of it after it that ends on this noun (`X, a thinktank,`)."""
    return re.compile(rf"(?P<name>{_NAME})(?:,[ \t]+(?:[0-9]{{1,3}},[ \t]+)?|[ \t]+(?:is|was)[ \t]+)"
                      rf"(?:a|an|the|[A-Z][a-z]+['\u2019]s)[ \t]+{_WORDS}{re.escape(noun)}{_AFTER_TAIL}")


def _before_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of a description ending on this noun right before a name (`retired schoolteacher Mara
    Quell`, `the Kelby thinktank Halvern Institute`)."""
    return re.compile(rf"(?<![\w\-]){_OPENING_WORDS}{re.escape(noun)}{_BEFORE_TAIL}")


def _written_with(text: str, noun: str, tail: re.Pattern[str], blank_before: bool) -> bool:
    """Say whether the text writes the noun with what a description's pattern needs right after it (and a blank
    before it, where the pattern needs one): the cheap test before a pattern is compiled for the noun and run over the
    whole text (most nouns asked for are written so nowhere; wave 68p)."""
    at = text.find(noun)
    while at >= 0:
        if (not blank_before or text[at - 1:at] in (" ", "\t")) and tail.match(text, at + len(noun)) is not None:
            return True
        at = text.find(noun, at + 1)
    return False


def _owner_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of a body's people by its name (`KU officials`, `officials at the Kelby Port Authority`)."""
    opening = f"[{noun[0]}{noun[0].upper()}]{re.escape(noun[1:])}"  # "Officials at X" may open a sentence
    return re.compile(rf"(?P<name>{_NAME})(?:['\u2019]s?)?[ \t]+{re.escape(noun)}\b"
                      rf"|\b{opening}[ \t]+(?:at|of|from|for|with)[ \t]+(?:the[ \t]+)?(?P<owner>{_NAME})")


@per_text(64)
def owners_named(text: str, noun: str) -> tuple[Mention, ...]:
    """Return each body the text names as the one whose people a plural noun means (`KU officials`, `officials at
    the Kelby Port Authority`): the name a body's mention, whole, right where the pattern read it."""
    if noun[1:] not in text:
        return ()
    found: list[Mention] = []
    for match in _owner_re(noun).finditer(text):
        group = "name" if match.group("name") else "owner"
        mention = next(iter(find_mentions(text, match.start(group), match.end(group))), None)
        if mention is not None and mention.kind == "org" and mention.end == match.end(group):
            found.append(mention)
    return tuple(found)


@per_text(64)
def described_names(text: str, noun: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each name the text describes by a phrase ending on this noun, with the phrase's describing words."""
    if noun not in text:
        return ()
    found: list[tuple[str, frozenset[str]]] = []
    patterns = ([_after_re(noun)] if _written_with(text, noun, _AFTER_TAIL_RE, True) else []) \
        + ([_before_re(noun)] if _written_with(text, noun, _BEFORE_TAIL_RE, False) else [])
    for pattern in patterns:
        for match in pattern.finditer(text):
            name = match.group("name")
            for lead in _LEADING_THE:
                name = name.removeprefix(lead)
            if name.split()[0].lower().rstrip(".") in ROLES:
                continue  # "district Director Jo Roe": a post before the name, which the noun does not describe
            found.append((name, frozenset(match.group("words").lower().split())))
    return tuple(found)


def epithet_words(words: list[str]) -> tuple[list[str], str] | None:
    """Return a reference's describing words and noun (`the independent thinktank`), else None: not `the`, up to two
    plain lower-case words and a noun."""
    if len(words) == 1 and words[0] in BODY_PEOPLE:
        return [], words[0]  # "officials said"
    if not 2 <= len(words) <= 4 or words[0] != "the":
        return None
    if not all(re.fullmatch(r"[a-z][a-z\-]*", word) for word in words[1:]) or words[-1] in NOT_EPITHETS:
        return None
    return words[1:-1], words[-1]


def _registered(name: str, ctx: Context) -> tuple[str, str] | None:
    """Return a described name, or its longest end, as the party the text registered, with its kind, else None
    (`Yesterday Halvern Institute` is `Halvern Institute`)."""
    parts = name.split()
    return next((party for at in range(len(parts)) if (party := _registered_as(" ".join(parts[at:]), ctx))), None)


def _registered_as(name: str, ctx: Context) -> tuple[str, str] | None:
    """Return a name as the party the text registered, with its kind, else None."""
    person = ctx.full_person(name)
    if ctx.kinds.get(person) == "person":
        return person, "person"
    body = ctx.full_org(name)
    kind = ctx.kinds.get(body)
    return (body, kind) if kind is not None and kind not in ("person", "unresolved") else None


def epithet_party(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the one party the text describes as a reference says (`The thinktank said` after `Halvern Institute,
    an independent thinktank,`), with its kind; None when no registered party, or two, are so described."""
    read = epithet_words(words)
    if read is None:
        return None
    modifiers, noun = read
    parties = {party for name, described in described_names(ctx.text, noun)
               if set(modifiers) <= described and (party := _registered(name, ctx)) is not None}
    if noun in BODY_PEOPLE and not modifiers and not parties:
        return _owner_of_people(noun, ctx)  # "officials said ... KU officials said": KU's people
    return parties.pop() if len(parties) == 1 else None


def _owner_of_people(noun: str, ctx: Context) -> tuple[str, str] | None:
    """Return the one body the text names as whose people a plural noun means, registered, with its kind; None for
    none or two (`KU officials` and `city officials`)."""
    owners = {mention.name: mention for mention in owners_named(ctx.text, noun)}
    if len(owners) != 1:
        return None
    name = ctx.add(next(iter(owners.values())))
    return (name, ctx.kind_of(name)) if ctx.kinds.get(name) in BODY_KINDS else None
