"""Who a pronoun or a relative clause right before a cue means: `it` after a subordinating word in a clause that names
one body (`Shares in X fell 14% after it said`) is the body of its own clause, whoever the text was about before (a live
page's earlier entry, a regulator in focus); in `the X pickup, which Corvale said it would stop building`, `which` is
the object and the name after it says so."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention, find_mentions
from ..vocabulary import ORG_REFERENCES

from .context import Context
from .references import reference

SUBORDINATORS: frozenset[str] = frozenset("after when as because since before while once and".split())
"""Words that open a clause whose `it` looks back to the clause before it (`... after it said`)."""


def clause_it(words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Return the one body a clause names before `after it` / `when it` ending it, else None (a person named, two
    bodies, or no subordinating word: `ComReg fined X after it found` names two)."""
    if len(words) < 3 or words[-1] != "it" or words[-2] not in SUBORDINATORS or not mentions:
        return None
    if any(m.kind != "org" for m in mentions) or len({m.name for m in mentions}) != 1:
        return None
    name = ctx.add(mentions[0])
    return name, ctx.kind_of(name)


CONCEDING_OPENING_RE = re.compile(r"\s*(?:(?:And|But)\s+)?(?:[Ww]hile|[Ww]hilst|[Aa]lthough|[Tt]hough)\s+"
                                  r"(?P<subject>[^,;:]{1,80}?)\s+(?:did|does|do|would|will|could|can|has|have|had)(?:\s+not\b|n['\u2019]t\b)")
"""A concessive opening whose subject would not say something (`And while Orrin Foods would not say how many`)."""


def conceded_it(pronoun: str, opening: str, offset: int, text: str, ctx: Context) -> tuple[str, str] | None:
    """Return the one body a concessive opening names as its subject when `it` follows it (`While Orrin Foods would
    not say how many stores would close, it stated that A`: Orrin Foods states A, whoever was in focus; 43e)."""
    found = CONCEDING_OPENING_RE.match(opening) if pronoun.strip().lower() == "it" else None
    if found is None:
        return None
    mentions = find_mentions(text, offset + found.start("subject"), offset + found.end("subject"))
    if len(mentions) != 1 or mentions[0].kind != "org" or mentions[0].possessive:
        return None
    name = ctx.add(mentions[0])
    return name, ctx.kind_of(name)


OBJECT_RELATIVE_RE = re.compile(r"(?:which|that|whom)\s+(?:the\s+)?[A-Z][\w&'\u2019\-]*(?:\s+[A-Z][\w&'\u2019\-]*){0,4}\s*$")
"""A relative clause whose subject is a name right before the cue: `which Corvale`, `that the Acme Group`."""


def object_relative(clause: str) -> bool:
    """Say whether a clause right before a cue is a relative pronoun and a capitalised name (`which Corvale`): the
    name speaks, the pronoun is what it says something about."""
    clause = clause.strip()
    return clause[:1] in "wt" and OBJECT_RELATIVE_RE.fullmatch(clause) is not None


RELATIVE_PRONOUN_RE = re.compile(r"\s*(?:which|that)\s+(?:it|they)\s*")
"""A relative clause whose subject is a pronoun right before the cue: `which it`, `that they` (wave 19b)."""


def relative_pronoun_body(clause: str, before: str, ctx: Context) -> tuple[str, str] | None:
    """Return the body opening the clause before `which it said` (`Cladach blamed charges approved by the CRU, which
    it said ...`): the pronoun is that clause's subject, never a body in its object; None when the clause before
    opens on no body the text has named."""
    if RELATIVE_PRONOUN_RE.fullmatch(clause) is None:
        return None
    opening = []
    for word in before.split()[:4]:
        if not word[:1].isupper() or not word.isalpha():
            break
        opening.append(word)
    while opening:
        name = ctx.fullest(ctx.full_org(" ".join(opening)))  # "Cladach" for "Cladach Energy"
        if ctx.kinds.get(name) in BODY_KINDS:
            return name, ctx.kinds[name]
        opening.pop()
    return referenced_body(before, ctx)


REFERENCE_IN_CLAUSE_RE = re.compile(r"\b[Tt]he\s+([a-z]+)\b(?!['\u2019])")
"""A definite reference inside a clause (`the number of complaints the society received`), not a possessive."""


def referenced_body(before: str, ctx: Context) -> tuple[str, str] | None:
    """Return the one body a clause before `which it said` refers to by a common noun and names no other (`the
    number of complaints the society received rose by 23%, which it put down to delays`: the society), else None
    (wave 22d)."""
    nouns = {found.group(1) for found in REFERENCE_IN_CLAUSE_RE.finditer(before) if found.group(1) in ORG_REFERENCES}
    if len(nouns) != 1 or any(m.kind == "org" for m in find_mentions(before, 0, len(before))):
        return None
    found = reference(["the", nouns.pop()], ctx)
    return found if found is not None and found[1] in BODY_KINDS else None
