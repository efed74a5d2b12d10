"""A report the lead cites without its author (`..., according to a report published today.`) and the body that
opens the next paragraph saying it did the work (`The Brindle Institute analysed ... and found`): that body wrote it."""
from __future__ import annotations

import re

from ..entities import Mention, examining_post, find_mentions, first_mention, org_kind
from ..text import past_space
from ..text_caches import per_text
from ..vocabulary import CUE_VERBS, load_words
from .words import SAME_DATA

RESEARCH_VERBS = load_words("research_verbs")
"""Verbs with which a body says it did a document's work (`analysed`, `surveyed`, `found`)."""

_LEAD_VERBS = r"says|finds|reveals|suggests|claims|shows|warns|show|suggest|reveal"
"""Verbs with which a lead cites its document (`a new study suggests`), as a regex alternation."""
_LEAD_TAIL_RE = re.compile(
    r"\b(?P<noun>report|study|survey|review|analysis|research|audit|investigation|inspection|assessment|evaluation"
    r"|inquiry|figures|data|statistics)"
    r"(?:\s+(?:published|released|out))?(?P<post>\s+(?:has\s+found|%s))?"
    r"(?:\s+(?:today|yesterday|this\s+week|on\s+[A-Z][a-z]+))?(?:\.[ \t]*\n|(?P<aside>,)[ \t]+(?:but|with|as|while)\s)"
    % _LEAD_VERBS)
"""A document's noun ending a paragraph's last sentence: `... report published today.`, `... a new study suggests.`;
or set off in the paragraph's sentence before what it goes on to (`..., new figures show, but the union says`, 53a)."""
_LEAD_HEAD_RE = re.compile(r"(?P<pre>\baccording\s+to\s+|\b(?:%s)\s+)?(?:\ban?\s+(?:[a-z\-]+\s+){0,3}?|"
                           r"\b(?:new|official|latest)\s+)$" % _LEAD_VERBS)
"""What stands before that noun when nobody is named for the document: `according to a damning `, `, a new `, `a
highly critical inspection ` (an adverb, an adjective and a noun of its kind: three words at most)."""
_HEAD_SPAN = 48
"""How far before the noun its article, modifiers and `according to` may reach."""
_VERB_AFTER_RE = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,9}\))?(?:,[^,.\n]{1,80},)?\s+(?:has\s+|have\s+)?(?P<verb>[a-z]+)\b")
"""What follows the name opening the next paragraph: its acronym, an aside, then its verb (`(HFI), a think tank,
analysed`)."""
_FOUND_RE = re.compile(r"\b(?:found|finds|concluded)\b")
"""The finding the body reports in that same sentence (`surveyed 2,000 parents and found`): without one, the
sentence only says what the body did, and the lead's document may be someone else's."""
_BODY_DATA_RE = re.compile(r"[ \t]+(?:data|figures|statistics)\b[^.\n]{0,80}?\b(?:show|shows|showed|reveal|reveals|revealed)\b")
"""A body's figures opening the next paragraph and what they show: `X data published on Tuesday shows`."""
_SPEECH_VERBS: frozenset[str] = frozenset("said says warned warns concluded concludes".split())
"""Verbs with which an inspectorate opening the next paragraph reports what its own inspection found (`HM
Inspectorate of X said safety had deteriorated`): an inspectorate's inspection report is its own."""
_DOCUMENT_BY_RE = re.compile(r"The\s+(?P<modifiers>(?:[a-z\-]+\s+){0,2}?)(?:report|study|survey|review|analysis|research|audit"
                             r"|investigation|inspection|assessment|evaluation|inquiry|figures|statistics|data)\b,?\s+"
                             r"(?:(?:published|carried\s+out|commissioned|conducted|produced|written|compiled)\s+)?"
                             r"(?:by|from)\s+(?:the\s+)?$")
"""The next paragraph naming the lead's document's author before anything else: `The study by the `, `The report,
carried out by `, `The quarterly statistics from the `."""
_PRONOUN_FROM_RE = re.compile(r"It\s+(?:also\s+)?(?:comes|came|is|was)\s+(?:from|(?:published|released|produced"
                              r"|compiled|conducted|written|issued)\s+by)\s+(?:the\s+)?$")
"""The next paragraph pointing back to the lead's document and naming who made it: `It comes from `, `It was released
by the ` (wave 54e: broadcast copy names the author in a sentence of its own)."""
_OPENING_SPAN = 160
"""How far into the next paragraph its opening body's name may reach."""


@per_text(4)
def lead_authors(text: str) -> dict[str, Mention]:
    """Map each kind of document a lead cites without an author to the body that opens the next paragraph doing its
    work (`The Brindle Institute found that`), once per text."""
    authors: dict[str, Mention] = {}
    for match in _LEAD_TAIL_RE.finditer(text):
        head = _LEAD_HEAD_RE.search(text, max(0, match.start() - _HEAD_SPAN), match.start())
        if head is None or head.group("pre") is None and match.group("post") is None:
            continue  # "the council will publish a review.": no claim cites it
        after = text.find("\n", match.end()) if match.group("aside") else match.end()
        if after < 0:
            continue
        opening = past_space(text, after)
        first = first_mention(text, opening, min(len(text), opening + _OPENING_SPAN))
        author = _opening_researcher(text, opening, first) or owned_next(text, opening, match.group("noun")) \
            or (_opening_counter(text, opening, first) if match.group("noun") in COUNTED_DATA else None)
        if author is not None:
            authors.setdefault(match.group("noun"), author)
    return authors


def _opening_researcher(text: str, start: int, first: Mention | None) -> Mention | None:
    """Return the body that opens a paragraph at `start` (`first`, the first name read there) as the subject of a
    research verb (`The X Inspectorate found`, `X, a think tank, analysed`), else None."""
    if first is None:
        return None
    document_by = _DOCUMENT_BY_RE.fullmatch(text, start, first.start)
    if document_by is not None and (first.kind == "org" or examining_post(first)) \
            and CUE_VERBS.isdisjoint(document_by.group("modifiers").split()):
        return first  # "The study by the Marches Institute, a research centre, tracked": its author
    if first.kind == "org" and _PRONOUN_FROM_RE.fullmatch(text, start, first.start):
        return first  # "It comes from Wait Time Alliance and suggests": the lead's report is the Alliance's
    if first.kind != "org" or text[start:text.find(first.name, first.start)].strip() not in ("", "The"):
        return None  # "So the X found": the body does not open the paragraph
    if _BODY_DATA_RE.match(text, first.end):
        return first  # "Public Health Wessex data published on Tuesday shows": the body's own figures
    verb = _VERB_AFTER_RE.match(text, first.end)
    if verb is not None and verb.group("verb") in _SPEECH_VERBS and org_kind(first.name) == "inspectorate":
        return first  # "HM Inspectorate of Prisons said safety had deteriorated": its inspection's finding
    if verb is None or verb.group("verb") not in RESEARCH_VERBS:
        return None
    stop = text.find(".", verb.end())
    return first if _FOUND_RE.search(text, verb.start("verb"), stop if stop >= 0 else len(text)) else None


RECORDING_VERBS = load_words("recording_verbs")
"""Verbs with which a body says it counted what a lead's figures count (`recorded`, `logged`; 53a)."""
COUNTED_DATA: frozenset[str] = frozenset(("figures", "data", "statistics"))
"""A lead's nouns of counted numbers, which the body that says it counted them owns."""
_SAID_COUNT_RE = re.compile(r"\s+(?:said|says)\s+(?:it|they)\s+(?:had\s+)?(?P<verb>[a-z\-]+)\b")
"""A body saying it counted: ` said it co-ordinated`, ` says it had recorded`."""


def _opening_counter(text: str, start: int, first: Mention | None) -> Mention | None:
    """Return the body that opens a paragraph at `start` (`first`, the first name read there) saying it counted
    figures (`Marcham Police recorded 1,236 offences`, `HM Coastguard said it co-ordinated 3,904 incidents`), else
    None: whose the lead's new figures are (53a)."""
    if first is None or first.kind != "org" or first.start != start:
        return None
    verb = _SAID_COUNT_RE.match(text, first.end) or _VERB_AFTER_RE.match(text, first.end)
    if verb is None or verb.group("verb") not in RECORDING_VERBS:
        return None
    return first if re.match(r"\s+\d", text[verb.end():verb.end() + 2]) else None


_NEXT_DOCUMENT_RE = re.compile(r"\b(?:report|study|survey|review|analysis|research|audit|investigation|inspection"
                               r"|assessment|evaluation|inquiry|figures|data|statistics)\b", re.IGNORECASE)
"""A document's noun in the next paragraph's first sentence, of any kind (its kind is checked against the lead's)."""
_OWNER_GAP_RE = re.compile(r"(?:['\u2019]s?)?(?:[ \t]+[A-Za-z\-]+){0,5}?[ \t]+")
"""What may stand between a body's name and its document's noun: a possessive and a few modifiers (`'s annual
Households Below Average Income `, ` `), no comma and no clause."""
_MADE_BY_RE = re.compile(r",?[ \t]+(?:published|released|carried[ \t]+out|commissioned|conducted|produced|compiled"
                         r"|written)(?:[ \t]+(?:on|in|last|this)[ \t]+[A-Za-z]+)?(?:[ \t]+for[ \t]+[^,.;\n]{1,60}?)?"
                         r"[ \t]+by[ \t]+(?:the[ \t]+)?")
"""What follows a document's noun to name who made it: `, carried out for X by `, ` published by the `."""
_SENTENCE_CHARS = 300
"""How far into the next paragraph its first sentence is read."""


def owned_next(text: str, start: int, noun: str) -> Mention | None:
    """Return the body the next paragraph's first sentence names as making a document of the lead's kind (`according
    to the X statistics`, `The X's annual statistics ... found`, `Statistics published by X show`, `The evaluation,
    carried out for A by B,`), else None (wave 24b)."""
    stop = min(len(text), start + _SENTENCE_CHARS)
    full_stop = re.compile(r"[.!?](?:\s|$)|\n").search(text, start, stop)
    stop = full_stop.start() if full_stop else stop
    kinds = {noun, *SAME_DATA.get(noun, ())}
    mentions = [m for m in find_mentions(text, start, stop) if m.kind == "org"]
    for found in _NEXT_DOCUMENT_RE.finditer(text, start, stop):
        if found.group().lower() not in kinds:
            continue
        made_by = _MADE_BY_RE.match(text, found.end(), stop)
        after = next((m for m in mentions if made_by and m.start == made_by.end()), None)
        before = next((m for m in mentions if m.end <= found.start()
                       and _OWNER_GAP_RE.fullmatch(text, m.end, found.start())
                       and CUE_VERBS.isdisjoint(text[m.end:found.start()].split())), None)
        if after or before:
            return after or before
    return None
