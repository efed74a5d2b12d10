"""The person a text names as a role's holder in an apposition (`the planning inspector, Jo Roe,`, `its new
chair, Al Key,`): later, `the inspector` or `the chair` with no name is that person, not a body.

`inspector Jo Roe` (the role right before the name) is registered where the name is; this reads the apposition that
sets the name off by commas, once per paragraph, whether or not the sentence is anyone's claim.
"""
from __future__ import annotations

import re

from .entities import find_mentions
from .offices import role_opening_sentence
from .speakers import Context
from .vocabulary import CUE_VERBS, INSPECTORATE_HEADS, ROLES, VOICE_ROLES

_OPENERS: frozenset[str] = frozenset("the its their his her".split())
"""Words that open a role set off before its holder's name (`the planning inspector, Jo Roe,`)."""
MAX_ROLE_WORDS = 5
"""A role's words before the comma, its opener among them: `the deputy planning inspector`."""
MAX_NAME_CHARS = 60
"""How far a holder's name may run after the role's comma."""
MAX_ROLE_OF_BODY_CHARS = 120
"""How far before the comma a role held in a named body may start (`the chair of the National ... Group (NEG)`)."""
_ROLE_OF_BODY_RE = re.compile(
    r"(?:^|(?<=[,;:\n])|(?<=\.\s))\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<role>(?:[a-z\-]+\s+){0,2}[A-Za-z\-]+)"
    r"\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'\u2019&\-]*(?:(?:,[ \t]+(?=[A-Z][\w'\u2019&\-]*(?:,[ \t]+[A-Z][\w'\u2019&\-]*)*"
    r"[ \t]+and[ \t])|\s+(?:(?:of|for|and|the|&|in)\s+)*)[A-Z][\w'\u2019&\-]*){0,8}"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?$")
"""A role held in a named body opening its clause, right before the holder's comma: `the chair of the National
Emergency Group (NEG)`, `Speaking earlier, the chief executive of Acme Water`, `Responding, the Minister for
Agriculture, Food and the Marine` (a portfolio's list, commas before its `and`, wave 25a)."""


def register_role_holders(text: str, start: int, end: int, ctx: Context) -> None:
    """Note, for each `the <role>, <Person>,` in a paragraph, that `the <role>` is that person."""
    comma = text.find(", ", start, end)
    while comma >= 0:
        role = _role_before_comma(text, start, comma) if text[comma + 2:comma + 3].isupper() else ""
        voice = _voice_before_comma(text, start, comma) if not role and text[comma + 2:comma + 3].isupper() else ""
        if role:  # a capital after the comma first (the cheap test), then a role before it
            _register(text, comma + 2, end, role, ctx, bool(role_opening_sentence(text, start, comma)))
        elif voice:
            _register_voice(text, comma + 2, end, voice, ctx)
        elif text[comma + 2:comma + 3].isupper() and (noun := _examiner_before_comma(text, start, comma)):
            _register_body(text, comma + 2, end, noun, ctx)
        comma = text.find(", ", comma + 2, end)


def _role_before_comma(text: str, start: int, comma: int) -> str:
    """Return the role a comma closes when the words before it open with `the`/`its` and end on a role, else ``."""
    words = text[max(start, comma - 60):comma].split()[-MAX_ROLE_WORDS:]
    role = words[-1] if words else ""
    if role not in ROLES or role in VOICE_ROLES:
        return role_opening_sentence(text, start, comma) \
            or _role_of_body(text, start, comma)  # "Area coroner for X, Jo Roe,": a role and its area
    return role if any(w.lower() in _OPENERS for w in words[:-1]) else ""


def _voice_before_comma(text: str, start: int, comma: int) -> str:
    """Return the voice role a comma closes when the words before it open with `the`/`its` and end on a voice's role
    (`the force spokesman,`), else ``."""
    words = text[max(start, comma - 60):comma].split()[-MAX_ROLE_WORDS:]
    role = words[-1].lower() if words else ""
    return role if role in VOICE_ROLES and any(w.lower() in _OPENERS for w in words[:-1]) else ""


def _register_voice(text: str, at: int, end: int, role: str, ctx: Context) -> None:
    """Note that a later bare `the <voice role>` is the person named at `at` when a comma closes the name (`the force
    spokesman, Jo Roe, said ... The spokesman added`: Jo Roe, wave 47f); a voice left unnamed stays the body's."""
    mentions = find_mentions(text, at, min(end, at + MAX_NAME_CHARS))
    if mentions and mentions[0].start == at and mentions[0].kind == "person" and text.startswith(",", mentions[0].end):
        ctx.voice_holders[role] = ctx.full_person(mentions[0].name)


def _role_of_body(text: str, start: int, comma: int) -> str:
    """Return the role of a clause that is `the <role> of <a body's name>` right before a comma, else ``."""
    if text[comma - 1] not in ")" and not text[comma - 1].isalpha():
        return ""
    found = _ROLE_OF_BODY_RE.search(text, max(start, comma - MAX_ROLE_OF_BODY_CHARS), comma)
    role = found.group("role").split()[-1].lower() if found else ""
    return role if role in ROLES and role not in VOICE_ROLES else ""


_CUE_AFTER_NAME_RE = re.compile(r"[ \t]+(?:%s)\b" % "|".join(sorted(CUE_VERBS, key=len, reverse=True)))
"""A reporting verb right after a holder's name (`Minister of X, Senator Jo Roe says`)."""


def _register(text: str, at: int, end: int, role: str, ctx: Context, opening: bool = False) -> None:
    """Note that `the <role>` is the person named at `at` when a comma closes the name, or a reporting verb does after
    a post and its remit opening the sentence (`Minister of Trade, Senator Jo Roe says`: Caribbean and West African
    press, wave 47f; `The inspector, Jo Roe said` may be Jo Roe speaking of the inspector)."""
    mentions = find_mentions(text, at, min(end, at + MAX_NAME_CHARS))
    if mentions and mentions[0].start == at and mentions[0].kind == "person" \
            and (text.startswith(",", mentions[0].end)
                 or opening and _CUE_AFTER_NAME_RE.match(text, mentions[0].end) is not None):
        ctx.titles[role] = ctx.full_person(mentions[0].name)  # "the inspector, Jo Roe, said": closed by a comma


_EXAMINERS: frozenset[str] = INSPECTORATE_HEADS | frozenset({"regulator", "watchdog"})
"""Nouns of a body that audits, inspects or regulates, set off before its name (`Our external auditor, X LLP,`)."""
_BODY_OPENERS: frozenset[str] = _OPENERS | frozenset({"our"})
"""Words that open such a noun: `the regulator, X,`, `our external auditor, X,`."""


def _examiner_before_comma(text: str, start: int, comma: int) -> str:
    """Return the noun of an auditing, inspecting or regulating body a comma closes (`Our external auditor,`), its
    phrase opening with `the`, `its` or `our` within three words, else `` (wave 20b)."""
    words = text[max(start, comma - 50):comma].split()[-4:]
    noun = words[-1].lower() if words else ""
    return noun if noun in _EXAMINERS and any(w.lower() in _BODY_OPENERS for w in words[:-1]) else ""


def _register_body(text: str, at: int, end: int, noun: str, ctx: Context) -> None:
    """Note that `the <noun>` is the body named at `at` when a comma closes its name (`Our external auditor, Hollins
    Pryor LLP, has published`: `the auditor` is Hollins Pryor LLP, an inspectorate)."""
    mentions = find_mentions(text, at, min(end, at + MAX_NAME_CHARS))
    if mentions and mentions[0].start == at and mentions[0].kind == "org" and text.startswith(",", mentions[0].end):
        name = ctx.add(mentions[0])
        ctx.also_called(name, noun)
        ctx.kinds[name] = "inspectorate"
