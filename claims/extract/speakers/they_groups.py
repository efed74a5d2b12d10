"""`they` for a body's people at work named just before (`Fire safety inspectors visited the shop. They found ...`,
`The auditors examined 19 projects. They found that:`, `when officers from the council's housing team inspected the
house, they found:`, `Engineers from X inspected the flat. They found ...`: a capital only on the sentence's first
word, wave 25h): the body those people work for, read from the group's owner (`from the council's ...`), a
word of its name (`fire` of `X Fire and Rescue Service`), or the inspectorate `auditors` mean; any other `they` is
left unresolved (wave 25b)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..datelines import dateline_end
from ..text import before_space, line_start
from ..vocabulary import BODY_PEOPLE, INSPECTORATE_HEADS

from .context import Context
from .officer_bodies import officers_body
from .references import reference
from .words import sentence_starts

GROUP_NOUNS: frozenset[str] = frozenset(w for w in BODY_PEOPLE | INSPECTORATE_HEADS if w.endswith("s"))
"""Plural nouns of a body's people at work (`inspectors`, `auditors`, `officers`, `investigators`)."""
_GROUP_RE = re.compile(
    r"(?:^(?!(?:[Ww]hen|[Aa]fter|[Oo]nce)\s)|(?<=\b[Ww]hen )|(?<=\b[Aa]fter )|(?<=\b[Oo]nce ))"
    r"(?:[Tt]he\s+)?(?P<modifiers>(?:[A-Za-z\-]+\s+){0,5}?)"
    r"(?P<noun>[A-Za-z][a-z]+)(?:\s+(?:from|of|at)\s+(?P<owner>the\s+[a-z]+(?=['\u2019]s\s)|[A-Z][\w&'\u2019]*(?:\s+[A-Z][\w&'\u2019]*)*)"
    r"(?:['\u2019]s(?:\s+[a-z\-]+){1,4}?)?)?\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ed|went|made|saw|took)\b")
"""A group of a body's people opening a sentence or a clause of time, its owner, and its past verb, maybe after
`have` (`officers have made`, wave 52e; the noun's capital checked by `group_noun`). A sentence opening on the clause's
conjunction is read after it, never with `When` as a modifier (`When fire safety inspectors visited`, wave 63m)."""
_THEY_RE = re.compile(r"\b[Tt]hey\s+(?:[a-z]+\s+){0,2}$")
"""`they` (and up to two words, its cue) right before a claim."""
_THEY_LEAD_RE = re.compile(r"\b[Tt]hey\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:\s+that)?:[ \t]*$")
"""A lead-in ending on `they` and its cue (`They found that:`, `..., they found:`) above a list."""
BULLETS = "\u2022-*\u2013\u2014\u00b7"
"""Marks that open an item of a list."""


def they_at(text: str, start: int) -> int | None:
    """Return where the `they` whose cue opens a claim at `start` stands, or heads the list the claim is an item
    of (`They found that:` and bullets), else None."""
    match = _THEY_RE.search(text, max(0, start - 40), start)
    if match is not None:
        return match.start()
    line = line_start(text, start)
    if not text[line:start].strip() or text[line:start].strip()[0] not in BULLETS:
        return None
    while line > 0:
        begin = line_start(text, line - 1)
        above = text[begin:line - 1].strip()
        if above and above[0] not in BULLETS:
            lead = _THEY_LEAD_RE.search(text, begin, line - 1)
            return lead.start() if lead is not None else None
        line = begin
    return None


def group_noun(group: re.Match[str]) -> str | None:
    """Return a group's noun in lower case: written so, or with a capital as the first word of what was searched
    (`Engineers from X inspected`); None for a capital after other words (`the Surveyors Guild`)."""
    noun = group.group("noun")
    if noun.islower():
        return noun
    return noun.lower() if group.start("noun") == group.start() == 0 else None


def group_before(text: str, at: int) -> re.Match[str] | None:
    """Return the group of a body's people that `they` at `at` means: the subject of a clause of time in its own
    sentence, or the subject opening the sentence before it in its paragraph, or the last sentence of the paragraph
    before when `they` opens its own (wave 62f); else None."""
    paragraph = line_start(text, at)
    starts = sentence_starts(text, paragraph, at)
    own = starts[-1]
    scopes = [(own, at)] if own < at else []  # "Inspectors visited the shop. They found": no start is ever `at`
    # (`sentence_starts` ends its search at `at`, so a start needs its capital before it), and `own` is the sentence
    # before `they`'s own, read from its start (wave 64x removed a branch for a start at `at`, which never ran)
    if text[paragraph:at].strip() == "":
        scopes = _last_sentence_before(text, paragraph)  # "Officers have urged ...\n\nThey say": the paragraph before
    for begin, end in scopes:
        for match in _GROUP_RE.finditer(text[begin:end]):
            if group_noun(match) in GROUP_NOUNS:
                return match
    return None


def _last_sentence_before(text: str, paragraph: int) -> list[tuple[int, int]]:
    """Return the span of the last sentence of the paragraph before the one opening at `paragraph` (blank lines
    between), as the one scope to search; none at the text's start."""
    end = before_space(text, paragraph)
    if end == 0:
        return []
    begin = line_start(text, end)
    return [(sentence_starts(text, begin, end)[-1], end)]


def they_group(text: str, span: tuple[int, int]) -> str | None:
    """Return the words of the group of a body's people an unresolved `they` before a claim at `span` means, as the
    text writes them (`Officers`, `Fire safety inspectors`; `the auditors` for a sentence's `The auditors`), when no body
    they work for is named; else None (wave 62f: the text's own words, as for a short reference never named)."""
    at = they_at(text, span[0])
    group = group_before(text, at) if at is not None else _own_group(text, span)
    if group is None:
        return None
    words = group.group()[:group.end("noun") - group.start()].strip()
    return "the" + words[3:] if words.startswith("The ") else words  # "The auditors examined": `the auditors`


def group_body(group: re.Match[str], ctx: Context) -> str | None:
    """Return the body a group of people works for, one the text has named; else None."""
    owner = group.group("owner")
    if owner:
        found = ctx.resolve_reference(owner.split()[-1]) if owner.startswith("the ") else \
            next((name for name in ctx.orgs if name == owner or name.startswith(owner + " ")), None)
        return found if found is not None and ctx.kinds.get(found) in BODY_KINDS else None
    for word in group.group("modifiers").lower().split():
        holders = [name for name in ctx.orgs if len(word) >= 4 and word in name.lower().split()
                   and ctx.kinds.get(name) in BODY_KINDS]
        if len({ctx.full_org(name) for name in holders}) == 1:
            return holders[0]  # "Fire safety inspectors": the one body the text names with `Fire`
    noun = group_noun(group)
    if noun == "officers":
        return officers_body("officers", ctx)
    if noun in INSPECTORATE_HEADS:
        inspecting = reference([noun], ctx)
        return inspecting[0] if inspecting is not None and inspecting[1] != "unresolved" \
            and inspecting[0] in ctx.kinds else None
    return None


def they_body(text: str, span: tuple[int, int], ctx: Context) -> str | None:
    """Return the body an unresolved `they` before a claim at `span`, or right after it in its sentence, means, else
    None."""
    at = they_at(text, span[0])
    group = group_before(text, at) if at is not None else _own_group(text, span)
    return group_body(group, ctx) if group is not None else None


_THEY_AFTER_RE = re.compile(r",[ \t]+they[ \t]+[a-z]+")
"""`they` and its cue after a claim in its sentence, set off by a comma (`..., they announced`)."""


def _own_group(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """Return the group of a body's people opening the sentence of a claim that `, they said` closes (`X Police
    Department officers have made four arrests ..., they announced`, wave 52e): the claim's own subject; else None."""
    line_end = text.find("\n", span[1])
    end = sentence_starts(text, span[1], len(text) if line_end < 0 else line_end)[1:2] or [len(text) if line_end < 0
                                                                                      else line_end]
    if _THEY_AFTER_RE.search(text, span[1], end[0]) is None:
        return None
    own = sentence_starts(text, line_start(text, span[0]), span[0] + 1)[-1]
    own = dateline_end(text, own, span[1]) or own  # "DUNMORE \u2014 X Police Department officers have ..."
    group = _GROUP_RE.match(text[own:span[1]])
    return group if group is not None and group_noun(group) in GROUP_NOUNS else None
