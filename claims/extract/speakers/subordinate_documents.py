"""A document or an inquiry opening a clause of its own right before a cue (`Ofwat issued an order to Y after an
investigation found`, `..., when the audit showed`): the document speaks, as its owner or publisher, never a body
named in the main clause before it (wave 19b)."""
from __future__ import annotations

import re

from ..entities import find_mentions, Mention, names_an_organisation
from ..text import past_space
from ..vocabulary import CASE_NOUNS, DOCUMENT_NOUNS, PASSIVE_AUXILIARIES, load_words, SINGULAR_POSSESSIVES

from .cases import case_speaker
from .context import Context
from .documents import document
from .examined_phrases import examined_cut
from .modifier_bodies import named_body
from .words import DETERMINERS

SUBORDINATORS: frozenset[str] = frozenset("after when because since before until once as following".split())
"""Words that open a clause of its own inside a subject's clause (`X fined Y after an investigation found`; 35l:
`X will pay £2m following a Y investigation that found`)."""
MAX_DOCUMENT_WORDS = 5
"""How many words a document's phrase after such a word may have (`the Water Standards Authority's review`)."""
SANCTION_VERBS: frozenset[str] = load_words("sanction_verbs")
"""Verbs of a body acting on one it regulates (`fined`, `censured`, `issued`; `data/sanction_verbs.txt`)."""
MAX_VERB_GAP = 3
"""How many words may stand between the acting body's name and its verb (`has today fined`)."""
MAX_AGENT_CHARS = 40
"""How far after a passive sanction's verb its agent may begin (`fined £18,500 by the X`, `ordered by X`)."""
_AGENT_BY_RE = re.compile(r"\bby\s+(?:the\s+)?$")
"""The words right before a passive's agent (`... by the`)."""


def subordinate_document(text: str, start: int, raw: list[str], words: list[str], mentions: list[Mention],
                         ctx: Context) -> tuple[str, str] | None:
    """Resolve a document or an inquiry opening the clause right before the cue, with only the names in that clause,
    to the body or person it is; None when it has no owner (the clause's subject is read as before)."""
    if "by" in words[-MAX_AGENT_WORDS - 1:-1]:
        agent = inquiry_agent(text, start, raw, words, ctx)
        if agent is not None:
            return agent  # "X will pay £12m after an investigation by Y, the regulator, found": Y's (35l)
    if len(words) > 2 and words[-1] == "that" and words[-2] in _INQUIRY_NOUNS:
        words, raw = words[:-1], raw[:-1]  # "following a Y investigation that found": the inquiry before `that` (35l)
    cut = examined_cut(words) if words and words[-1] not in DOCUMENT_NOUNS else None
    if cut is not None:  # "after an inspection of the company's plant in Rexley found": the plant is what was examined
        start = _words_start(text, start, raw)
        mentions = [m for m in mentions if m.start < _word_end(text, start, raw[:cut])]
        words, raw = words[:cut], raw[:cut]
        if words[0] in SUBORDINATORS:  # the words open on "after": the clause is the rest
            start = _word_end(text, start, raw[:1])
            words, raw = words[1:], raw[1:]
    if len(words) < 2 or words[-1] not in DOCUMENT_NOUNS and words[-1] not in CASE_NOUNS and cut is None:
        return None  # the cheap test first: no document right before the cue
    at = next((i for i in range(len(words) - 2, max(0, len(words) - 2 - MAX_DOCUMENT_WORDS), -1)
               if words[i] in SUBORDINATORS), None)
    if at is None and len(words) <= MAX_DOCUMENT_WORDS and words[0] in DETERMINERS:
        return _cut_clause_inquiry(text, start, words, ctx)  # the region was cut at "after": the clause is all of it
    if len(words) < 4 or at is None or at == 0 or words[at + 1] not in DETERMINERS:
        return None  # "the council's report found": no clause of its own
    offset = _word_end(text, start, raw[:at + 1])  # where the clause after the subordinator begins
    own = [m for m in mentions if m.start >= offset]
    phrase, written = words[at + 1:], raw[at + 1:]
    found = case_speaker(text, phrase, own, ctx) if phrase[-1] in CASE_NOUNS else document(phrase, own, ctx, written)
    if found is not None and found[1] not in ("document", "unresolved"):
        return found
    acting = sanctioning_subject(text, offset, [_as_body(m, ctx) for m in mentions if m.start < offset]) \
        if not own else None
    return _owned_by(acting, phrase[-1], ctx) if acting is not None else None  # no owner: read on


MAX_AGENT_WORDS = 6
"""How many words an inquiry's agent named after `by` may have (`the Water Standards Authority of Wales`)."""


def inquiry_agent(text: str, start: int, raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve an inquiry in a clause after a subordinator whose agent the region ends on (`X will pay £12m after an
    investigation by Y`, its set-off description cut before the cue): Y did it, never the main clause's subject; None
    for any other words (wave 35l)."""
    by = next((i for i in range(len(words) - 2, max(1, len(words) - 2 - MAX_AGENT_WORDS), -1) if words[i] == "by"),
              None)
    if by is None or words[by - 1] not in _INQUIRY_NOUNS \
            or not SUBORDINATORS.intersection(words[max(0, by - 2 - MAX_DOCUMENT_WORDS):by - 1]):
        return None
    opening = _words_start(text, start, raw)
    name_start = _word_end(text, opening, raw[:by + 1 + (words[by + 1] == "the")])
    name_start = past_space(text, name_start)
    body = named_body(text, name_start, _word_end(text, opening, raw), after_by=True)
    return _owned_by(body, words[by - 1], ctx) if body is not None else None


def _words_start(text: str, start: int, raw: list[str]) -> int:
    """Return where a region's last words `raw` begin in the text (a long region keeps only its last words)."""
    found = re.compile(r"\s+".join(map(re.escape, raw))).search(text, start) if raw else None
    return found.start() if found else start


def _word_end(text: str, start: int, raw: list[str]) -> int:
    """Return where the last of a region's words `raw` (its last words, as split) ends in the text."""
    offset = past_space(text, start)
    for word in raw:
        offset = text.index(word, offset) + len(word)
    return offset


MAX_CLAUSE_CHARS = 240
"""How far back from a clause's subordinator the main clause's subject is looked for (one sentence's length)."""
_SENTENCE_END_RE = re.compile(r"(?:[.!?]['\"\u201d\u2019]?\s|\n)")


def _cut_clause_inquiry(text: str, start: int, words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve an unowned inquiry whose region begins right after a subordinator (`... has fined Y after` + `an
    investigation`): the main clause's sanctioning subject, read from the sentence's start; else None."""
    if words[-1] not in _INQUIRY_NOUNS or any(w.endswith(SINGULAR_POSSESSIVES) for w in words):
        return None
    head = text[max(0, start - MAX_CLAUSE_CHARS):start]
    before = head.rstrip().rsplit(None, 1)
    if len(before) < 2 or before[-1].lower() not in SUBORDINATORS:
        return None
    opening = max((m.end() for m in _SENTENCE_END_RE.finditer(head)), default=0) + start - len(head)
    clause = start - len(head) + len(before[0])
    acting = sanctioning_subject(text, clause, [_as_body(m, ctx) for m in find_mentions(text, opening, clause)])
    return _owned_by(acting, words[-1], ctx) if acting is not None else None


def _as_body(mention: Mention, ctx: Context) -> Mention:
    """Return a mention as a body's when its name ends on a body's head (`the U.S. Food and Drug Administration`, whose
    initials a short slice of text may read as a person's) or the text knows it as a body's."""
    known = ctx.kinds.get(mention.name, "person")
    body = known != "person" or names_an_organisation(mention.name.split())
    return mention._replace(kind="org") if mention.kind == "person" and body else mention


def _owned_by(acting: Mention, noun: str, ctx: Context) -> tuple[str, str]:
    """Make the acting body the inquiry's owner, also for a later `The investigation found`, and return it."""
    name = ctx.add(acting)
    ctx.owners[noun] = name, ctx.kind_of(name)
    return ctx.owners[noun]


_INQUIRY_NOUNS: frozenset[str] = frozenset("investigation investigations inquiry inquiries probe review audit "
                                           "inspection examination".split())
"""Documents of examining work a regulator does before it acts (`after an investigation found`)."""


def sanctioning_subject(text: str, clause: int, before: list[Mention]) -> Mention | None:
    """Return the body that opens the main clause and acts on another with a sanction's verb before the clause that
    begins at `clause` (`The X Commission has fined Y after an investigation found`): the unowned inquiry is the
    body's; None for any other verb (`X apologised after a review found`) or a person (wave 21b); for a passive verb,
    the body named as its agent (`Y has been fined by the X Commission after`, wave 35l)."""
    subject = before[0] if before else None
    if subject is None or subject.kind != "org" or subject.possessive:
        return None
    verbs = text[subject.end:clause].split()[:MAX_VERB_GAP + 1]
    at = next((i for i, w in enumerate(verbs) if w.lower().strip(",") in SANCTION_VERBS), None)
    if at is None:
        return None
    if not any(w.lower() in PASSIVE_AUXILIARIES for w in verbs[:at]):
        return subject
    verb_end = text.index(verbs[at], subject.end) + len(verbs[at])
    return passive_agent(text, verb_end, before[1:])


def passive_agent(text: str, verb_end: int, after: list[Mention]) -> Mention | None:
    """Return the body a passive sanction names after `by` (`X has been fined £9,000 by the Y Commission`, `X was
    ordered by Y to pay`): it acts, never the passive's subject; None when no body is named so (wave 35l)."""
    agent = next((m for m in after if verb_end <= m.start <= verb_end + MAX_AGENT_CHARS
                  and _AGENT_BY_RE.search(text, verb_end, m.start)), None)
    return agent if agent is not None and agent.kind == "org" and ", " not in text[verb_end:agent.start] else None
