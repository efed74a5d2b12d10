"""Rules and court cases as speakers: a named rule, a case filed at a court, a filing's parties."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention
from ..fining_bodies import fining_body
from ..vocabulary import (any_script, CASE_NOUNS, initial_alternation, load_words, POSSESSIVE_ENDINGS,
                          SINGULAR_POSSESSIVES)

from .context import Context
from .publishers import published_by
from .references import first_determiner, reference
from .titled_bodies import examining_holder
from .words import DETERMINERS

NAMED_RULE_HEADS: frozenset[str] = load_words("named_rule_heads")
"""Last words of the names of rules, principles, programmes and schemes: such a name never speaks."""

_QUOTE_MARKS = "\"\u201c\u201d"


def named_rule(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Keep a named rule or scheme (`the Achieving Excellence programme`, `the "Fair Rent Pledge"`) from speaking:
    unresolved, with the text's words."""
    if words[-1] not in NAMED_RULE_HEADS and raw[-1][-1:] not in _QUOTE_MARKS:
        return None  # the common case, tested cheaply
    first = first_determiner(words)
    phrase = raw[first:]
    named = [w for w in phrase if w.lower() not in DETERMINERS]
    if not named or first > 1 or raw[-1].endswith(",") \
            or not all(w.strip(_QUOTE_MARKS)[:1].isupper() for w in named[:-1]):
        return None  # only a whole subject: "The lawsuit, filed under the X Act, says" is the lawsuit's
    quoted = phrase[0].lstrip("\u2018'").startswith(tuple(_QUOTE_MARKS)) or named[0][:1] in _QUOTE_MARKS
    owned = any(w.endswith(POSSESSIVE_ENDINGS) for w in named)
    ruled = words[-1] in NAMED_RULE_HEADS and len(named) >= 2 and not owned
    if not (ruled or quoted and raw[-1][-1:] in _QUOTE_MARKS):
        return None
    return " ".join(phrase), "unresolved"


_PEOPLE_DESCRIBERS: frozenset[str] = frozenset("who opposed against behind living based".split())


def describes_people(word: str) -> bool:
    """Say whether a word after a plural noun for people describes them (`fighting`, `who`, `opposed`): the names
    after it are what they fight or where they live, never who speaks."""
    return word in _PEOPLE_DESCRIBERS or word.endswith("ing") and len(word) > 4


FILED_AT_RE = any_script(re.compile(r"(?:\b(?:filed|lodged|registered|submitted|deposited|heard|brought|laid)\b[^,.;]{0,40}?\b"
                         r"(?:in|at|with|to|before)|\b(?:in|at|before)(?=\s+(?:the\s+)?[A-Z][^,.;]{0,40}\b(?:Court|Tribunal)\b))"
                         r"\s+(?:the\s+)?$"))
"""`filed at`, `lodged with`, `in the ... Court`: the words before a registry or a court a document went to."""
FILING_HINT_RE = re.compile(initial_alternation("filed lodged registered submitted deposited heard brought laid".split())
                            + r"\b|Court|Tribunal")
"""A word that may make a name only where a document went (`filed at X`, `the High Court`): checked once a clause."""
_FILING_WORDS: frozenset[str] = frozenset("filed brought lodged launched opened published released issued".split())


def filed_at(text: str, mention: Mention) -> bool:
    """Say whether a body is only where a document was filed or heard (`filed at Companies House`, `in the High
    Court`): it never speaks for the document."""
    return FILED_AT_RE.search(text, max(0, mention.start - 60), mention.start) is not None


def _modified(words: list[str], at: int) -> bool:
    """Say whether one or two plain words stand between a determiner and a case's noun (`The administrative consent
    order`, `a federal lawsuit`; wave 19b)."""
    return any(at - k >= 0 and words[at - k] in DETERMINERS and all(w.isalpha() for w in words[at - k + 1:at])
               for k in (2, 3))


def possessive_owner(words: list[str], at: int, ctx: Context) -> tuple[str, str] | None:
    """Return the body a possessive reference right before a case's noun means (`the council's` of `the council's
    investigation`), else None (no possessive, or a reference the text never named)."""
    if at < 2 or not words[at - 1].endswith(SINGULAR_POSSESSIVES) or words[0] not in DETERMINERS:
        return None
    found = reference(words[:at - 1] + [words[at - 1][:-2]], ctx)
    return found if found is not None and found[1] in BODY_KINDS else None


def case_speaker(text: str, words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Resolve a case or an inquiry that speaks (`the lawsuit filed by X states`, `The investigation found`): the body
    that brought it, the body a possessive reference before it means (`The council's investigation found`, wave 35o),
    the one the text said brought it before, the inspectorate in focus for an inquiry, else the
    text's words, unresolved; never the body in focus."""
    if CASE_NOUNS.isdisjoint(words):
        return None
    at = next((i for i, w in enumerate(words) if w in CASE_NOUNS), None)
    if at is None or at and not (words[at - 1] in DETERMINERS or words[at - 1].endswith(SINGULAR_POSSESSIVES)
                                 or _modified(words, at)) \
            or any(m.kind == "person" for m in mentions):
        return None
    noun = words[at]
    agent = words[at + 1] in _FILING_WORDS and "by" in words[at + 2:at + 4] if at + 1 < len(words) else False
    orgs = [m for m in mentions if m.kind == "org"]
    if agent and orgs or orgs and at > 0 and words[at - 1].endswith(SINGULAR_POSSESSIVES):
        name = ctx.add(orgs[0])  # "the lawsuit filed by the Harbour Office", "the Office's inquiry"
        ctx.owners[noun] = (name, ctx.kind_of(name))
        return ctx.owners[noun]
    if at < len(words) - 1 or orgs:
        return None  # "the complaint of a resident": not the case speaking
    owner = possessive_owner(words, at, ctx)
    if owner is not None:
        ctx.owners[noun] = owner  # "The council's investigation found that:": the council's, as "the Office's inquiry"
        return owner
    if noun in ctx.owners:
        return ctx.owners[noun]
    author = published_by(ctx, noun)
    if author is not None:
        return author, ctx.kind_of(author)  # "The inquiry, chaired by Judge Jo Roe, ... The inquiry found"
    judge = ctx.focus_org("inspectorate") if noun in ("investigation", "inquiry", "probe") else None
    if judge is not None:
        return judge, "inspectorate"
    examiner = examining_holder(noun, ctx.titles)
    if examiner is not None:
        return examiner, "person"  # "Chief Ombudsman Jo Roe has found ... The investigation found": hers (22a)
    issuer = (fining_body(ctx.text, ctx.orgs) or ctx.focus_org("inspectorate")) if noun == "order" else None
    if issuer is not None:
        return issuer, ctx.kind_of(issuer)  # "X has fined Y and ordered it to ... The consent order says": X's order
    if at and words[at - 1] not in DETERMINERS and not words[at - 1].endswith(SINGULAR_POSSESSIVES):
        return None  # "a British inquiry" with no body behind it: left to the readers after this one, in its case
    phrase = " ".join(words[first_determiner(words):])
    ctx.kinds.setdefault(phrase, "unresolved")
    return phrase, "unresolved"
