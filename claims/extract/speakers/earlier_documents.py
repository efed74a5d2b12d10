"""A bare `the report` that names again a document the text gave an owner or a voice before (wave 25g): `The council's
latest performance report shows ... The report also warns` and `The council's draft budget ... The budget report says`
are the council's, never the body named last (`..., according to the X Department.`) nor the body the budget is
about; `A report to the council's cabinet now puts ... The report says` is that same report speaking again, never
the council. One owner only: two bodies owning a document of that kind leave `the report` to the older readings."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..text_caches import per_text
from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS

from .context import Context
from .references import reference
from .words import DETERMINERS, OWNER_RUN

_OWNED_RE = re.compile(
    rf"\b(?P<owner>(?:[Tt]he[ \t]+[a-z]+)|(?:{OWNER_RUN}))['\u2019]s[ \t]+"
    r"(?P<run>[a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*){0,3})")
"""A possessive owner before a noun and up to three lower-case words: `The council's latest performance report`,
`Harrow Council's draft budget for 2027` (the words after it cut at a function word, `_RUN_ENDS`)."""
_RUN_ENDS: frozenset[str] = frozenset("of by from into on for to in at and or that which with was is has had".split())
"""Words that end a possessive's noun phrase: `the council's budget for`, `the trust's report was`."""


def bare_definite(words: list[str]) -> bool:
    """Say whether a speaker's words are `the`, plain lower-case modifiers and a document's noun (`the report`,
    `the budget papers`), with no possessive, no other determiner and no body's head among the modifiers."""
    return (2 <= len(words) <= 4 and words[0] == "the" and words[-1] in DOCUMENT_NOUNS
            and all(w.isalpha() and w not in DETERMINERS and w not in ORG_HEADS for w in words[1:-1]))


@per_text(8)
def owned_spans(text: str) -> tuple[tuple[int, int, str, frozenset[str]], ...]:
    """Return (owner start, owner end, owner words, owned words) for every possessive before lower-case words."""
    return tuple((m.start("owner"), m.end("owner"), m.group("owner"), _phrase(m.group("run").split()))
                 for m in _OWNED_RE.finditer(text))


def _phrase(words: list[str]) -> frozenset[str]:
    """Return the words of a noun phrase up to its first function word (`draft budget for next` -> draft, budget)."""
    cut = next((i for i, w in enumerate(words) if w in _RUN_ENDS), len(words))
    return frozenset(words[:cut])


def _owner_body(ctx: Context, start: int, end: int, words: str) -> str | None:
    """Return the body a possessive owner names (`the council` resolved, `Harrow Council` read), else None."""
    if words[:4].lower() == "the ":
        found = reference(words.lower().split(), ctx)
        return found[0] if found is not None and found[1] in BODY_KINDS else None
    bodies = [m for m in find_mentions(ctx.text, start, end) if m.kind == "org" and m.end >= end - 1]
    return ctx.add(bodies[-1]) if bodies else None


def earlier_owner(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the one body the text gave a document of this kind with a possessive (`The council's draft budget`
    for `the budget report`), else None (no owner, a person, or two bodies)."""
    if not bare_definite(words):
        return None
    kinds = set(words[1:])
    owners = {_owner_body(ctx, start, end, owner) for start, end, owner, owned in owned_spans(ctx.text)
              if not kinds.isdisjoint(owned)}
    if len(owners) != 1 or None in owners:
        return None
    owner = owners.pop()
    assert owner is not None
    return owner, ctx.kind_of(owner)


def same_document(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the document that spoke last, when the row before was its and `the report` names its head noun again
    (`A report to the council's cabinet now puts ... The report says`), else None. A document read only as `a report`
    (no name, no recipient) is no reading to repeat, and `figures in a report` are figures, not the report."""
    last = ctx.last_document
    if not bare_definite(words) or ctx.last_kind != "document" or last is None:
        return None
    named = last.lower().split()
    head = next((w for w in named if w in DOCUMENT_NOUNS), None)
    if head != words[-1] or (len(named) <= 2 and named[0] in ("a", "an")):
        return None
    return last, "document"
