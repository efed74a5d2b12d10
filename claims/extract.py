"""Text to atomic, attributed claims with exact spans.

The rules, in the order they apply to each block (line or paragraph) of a source text:

1. Quoted speech (six words or more, or a quoted sentence) belongs to the person a nearby cue names
   (`X said: "..."`, `"...," he said`, or the speaker of the quotation just before); it is never the
   organisation's, and its sentences become that person's claims.
2. A sentence with a reporting cue (`claims`, `says`, `reports that`, `highlights`, `according to`,
   `legacy includes`, ...) outside quotation marks gives the words after the cue to the cue's subject,
   resolved to a full name named earlier ("the Council" -> the council named before, "It" -> the
   organisation in focus, "inspectors" -> the inspectorate named before, "he" -> the last person).
3. A cue that ends in a colon hands its speaker to the bulleted or numbered lines that follow.
4. A paragraph with no cue that continues an organisation's list (two or more items) is that
   organisation's too, unless it reads as the writer's own commentary (a question, "however",
   talk of "the claims").
5. What a speaker says is split into atomic items: at semicolons, list numbers, "and that", ", with",
   comma lists ending in "and", and "and" joining two clauses; each item keeps exact offsets.

Anything else (the writer's narration, commentary) is nobody's claim and is left out.
"""
from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .entities import ORG_PRONOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, Context, find_mentions
from .model import CLAIM_COLUMNS, Claim, Source
from .sources import load_source
from .text import Block, Quote, Span, find_speech, split_blocks, split_sentences, strip_span, subtract

_VERBS = (r"claims?|claimed|says|said|reports?|reported|states|stated|announce[sd]?|highlights?|highlighted"
          r"|notes|noted|argues|argued|insists|insisted|maintains|maintained|adds|added|confirms|confirmed"
          r"|stresses|stressed|emphasi[sz]es|emphasi[sz]ed|points out|pointed out|believes|told|lists|listed"
          r"|cites|cited|boasts|boasted|asserts|asserted|warns|warned|estimates|estimated|found|finds"
          r"|concludes|concluded|reveals|revealed|explains|explained|writes|wrote")
CUE_RE = re.compile(rf"\b(?:{_VERBS})\b(?:\s+that\b)?\s*:?")
"""A reporting verb, with an optional `that` or colon after it."""

RECORD_RE = re.compile(r"\b(?:legacy|achievements|successes|accomplishments|record|track record)\s+"
                       r"(?:includes?|included|are|were)\b\s*:?")
"""`legacy includes`, `achievements include`: the list that follows is the possessor's claim."""

ANY_CUE_RE = re.compile(rf"\b(?:{_VERBS}|legacy|achievements|successes|accomplishments|record|[Aa]ccording to)\b")
"""Any word a cue can start with: a block without one holds no reported claim."""
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:]+)")
SPEECH_BEFORE_RE = re.compile(
    r"\b(?:said|says|added|adds|told [a-z ]+|explained|commented|stated|wrote|writes|continued|insisted"
    r"|declared)\s*[:,]?\s*$")
"""A speech verb right before a quotation: `X said: "..."`; the speaker is in the words before it."""
SPEECH_AFTER_RE = re.compile(
    r"[\s,.]*(?:(?P<who>[A-Za-z][^,.;!?\u201c\u201d\"]{0,80}?)\s+(?:said|says|added|adds|explained|commented"
    r"|continued|insisted|declared)\b|(?:said|says|added|adds)\s+(?P<who_after>[^,.;!?\u201c\u201d\"]{1,80}))")
COMMENTARY_RE = re.compile(r"\?|\b(?:the|these|those|such|its|their) claims\b|\bquestions?\b|\bhowever\b"
                           r"|\bcritics\b|\bunclear\b|\bdoubts?\b|\bwe\b|\bI\b", re.IGNORECASE)
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "report reports statement announcement release letter website document publication figures data "
    "accounts review plan strategy survey analysis update briefing submission response".split())
"""What an organisation publishes: when one of these speaks (`its report claims`), the organisation does."""
PASSIVE_AUXILIARIES: frozenset[str] = frozenset("be been being is are was were".split())
DETERMINERS: frozenset[str] = frozenset("the a an these those this its their his her our such my your".split())
FILLER_WORDS: frozenset[str] = frozenset(
    "also further now today has have had again previously recently this last week yesterday once then "
    "and but however meanwhile has".split())
"""Words between a subject and its cue that say nothing about who speaks."""

LEADING_CONNECTOR_RE = re.compile(r"(?:(?:and|or|but|also|plus|with|that|as well as|while|whilst)\b[\s,]*)+",
                                  re.IGNORECASE)
NOT_ITEM_STARTS: frozenset[str] = frozenset(
    "in on at for to of by from into onto over under about which who whom whose where when while although "
    "though despite because as so including such especially notably particularly is are was were has have "
    "had will would can could be been being do does did not evidenced compared than".split())
"""Words that start a modifier or a predicate, never a new item of a comma list."""

CLAUSE_STARTS: frozenset[str] = frozenset("some many most all the a an its their our every more fewer".split())
"""Words that start a new clause after `and` when both sides are long: `X improved and some schools ...`."""

MAX_CUES_PER_SENTENCE = 12
"""How many cue words a sentence may offer before it is taken to have no speaker (bounds hostile input)."""
MAX_SUBJECT_CHARS = 300
"""How far before a cue its subject may start."""
MIN_ITEM_WORDS = 2
MIN_CLAUSE_WORDS = 4


class Attribution(NamedTuple):
    """Who speaks (`kind` org or person) and the spans of what they claim."""

    speaker: str
    kind: str
    spans: tuple[Span, ...]
    colon: bool = False


def claim_id_for(source_name: str, quote: str, occurrence: int) -> str:
    """Return a stable id from the source's name, the quote (white space folded) and its occurrence."""
    key = "\x1f".join((source_name, normalise(quote).casefold(), str(occurrence)))
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def normalise(text: str) -> str:
    """Fold all runs of white space (no-break spaces and newlines included) into single spaces."""
    return " ".join(text.split())


def readable(quote: str) -> str:
    """Turn a quoted item into a standalone statement: folded spaces, capital first, full stop last."""
    claim = normalise(quote).strip(" ;,:-\u2013\u2014")
    if claim and claim[0].islower():
        claim = claim[0].upper() + claim[1:]
    return claim if claim.endswith((".", "!", "?", "\u201d", '"', "'", "\u2019")) else claim + "."


def extract_claims(source: Source | str | Path) -> pd.DataFrame:
    """Return the claims in a source text, one row per atomic claim, in text order."""
    if not isinstance(source, Source):
        source = load_source(source)
    return claims_frame(find_claims(source.text, source.name))


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    """Build the claims table column by column (much faster than row by row)."""
    columns: dict[str, object] = {name: [getattr(c, name) for c in claims] for name in CLAIM_COLUMNS}
    columns["start"] = np.fromiter((c.start for c in claims), dtype=np.int64, count=len(claims))
    columns["end"] = np.fromiter((c.end for c in claims), dtype=np.int64, count=len(claims))
    return pd.DataFrame(columns, copy=False)


def find_claims(text: str, source_name: str) -> list[Claim]:
    """Return the claims in a text as Claim records with exact spans and stable ids."""
    rows = sorted(attributed_spans(text), key=lambda row: row[1])
    seen: dict[str, int] = {}
    claims = []
    for speaker, (start, end) in rows:
        quote = text[start:end]
        key = normalise(quote).casefold()
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        claims.append(Claim(claim_id_for(source_name, quote, occurrence), source_name, speaker,
                            readable(quote), quote, start, end))
    return claims


def attributed_spans(text: str) -> list[tuple[str, Span]]:
    """Walk the blocks of a text and return (speaker, span) for every atomic claim."""
    ctx = Context()
    found: list[tuple[str, Span]] = []
    pending: Attribution | None = None  # a colon cue waiting for its bulleted items
    last_list: Attribution | None = None  # an organisation's list that a plain paragraph may continue
    speech_speaker: str | None = None
    for block in split_blocks(text):
        quotes = find_speech(text, block)
        if block.bullet and pending is not None:
            found += [(pending.speaker, span) for span in split_items(text, (block.body, block.end))]
            continue
        pending = None
        ctx.block += 1
        attributions = [a for a in attribute_sentences(text, block, quotes, ctx) if a.spans or a.colon]
        speech_speaker, speech = attribute_speech(text, block, quotes, ctx, speech_speaker)
        found += speech
        if not attributions and not quotes and last_list is not None:
            attributions = continue_list(text, block, last_list)
        for attribution in attributions:
            found += [(attribution.speaker, span) for span in attribution.spans]
        last = attributions[-1] if attributions else None
        pending = last if last is not None and last.colon else None
        last_list = last if last is not None and last.kind == "org" and len(last.spans) >= 2 else None
    return found


def continue_list(text: str, block: Block, previous: Attribution) -> list[Attribution]:
    """Give a cue-less paragraph that continues an organisation's list to that organisation."""
    body = text[block.body:block.end]
    if COMMENTARY_RE.search(body):
        return []
    spans = split_items(text, (block.body, block.end))
    return [Attribution(previous.speaker, previous.kind, tuple(spans))] if len(spans) >= 2 else []


def attribute_sentences(text: str, block: Block, quotes: list[Quote], ctx: Context) -> list[Attribution]:
    """Attribute the reported claims of each sentence in a block, outside its quoted speech."""
    holes = [quote.outer for quote in quotes]
    if not ANY_CUE_RE.search(text, block.body, block.end):  # narration: only names to remember
        for part in subtract((block.body, block.end), holes):
            for mention in find_mentions(text, *part):
                ctx.add(mention)
        return []
    attributions = []
    for sentence in split_sentences(text, block.body, block.end):
        attribution = attribute_sentence(text, sentence, holes, ctx)
        for part in subtract(sentence, holes):
            for mention in find_mentions(text, *part):
                ctx.add(mention)
        if attribution is not None:
            ctx.spoke(attribution.speaker, attribution.kind)
            attributions.append(attribution)
    return attributions


def attribute_sentence(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Find the first reporting cue in a sentence and return who claims what."""
    start, end = sentence
    if text[end - 1] == "?" or not ANY_CUE_RE.search(text, start, end):
        return None  # a question claims nothing; a sentence with no cue word reports nothing
    according = ACCORDING_RE.search(text, start, end)
    if according and not _inside(according.start(), holes):
        return _according(text, sentence, according, holes, ctx)
    for pattern in (CUE_RE, RECORD_RE):
        for cue in itertools.islice(pattern.finditer(text, start, end), MAX_CUES_PER_SENTENCE):
            if _inside(cue.start(), holes) or (pattern is CUE_RE and _not_a_cue(text, start, cue.start())):
                continue
            subject_start = max(start, cue.start() - MAX_SUBJECT_CHARS)
            who = speaker_from_region(text, subject_start, cue.start(), ctx, record=pattern is RECORD_RE)
            if who is None:
                continue
            speaker, kind, clause_start = who
            content = (cue.end(), end)
            if text[start:end].rstrip().endswith(":"):
                return Attribution(speaker, kind, (), colon=True)  # a lead-in: the items follow
            if not text[cue.end():end].strip(" .,;:\u00a0") and clause_start > subject_start:
                content = (start, clause_start)  # "Waiting times halved, the Trust said."
            spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
            return Attribution(speaker, kind, spans)
    return None


def _according(text: str, sentence: Span, match: re.Match[str], holes: list[Span],
               ctx: Context) -> Attribution | None:
    """Attribute `According to X, ...` and `..., according to X.`."""
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    before = (sentence[0], match.start())
    after = (match.end(), sentence[1])
    content = after if text[after[0]:after[1]].strip(" .,;:") else before
    spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who[0], who[1], spans)


def _inside(offset: int, holes: list[Span]) -> bool:
    """Say whether an offset falls inside one of the holes."""
    return any(start <= offset < end for start, end in holes)


def _not_a_cue(text: str, start: int, offset: int) -> bool:
    """Say whether a cue word is a noun (`the claims`) or a passive (`be maintained`), not a report."""
    words = _words_before(text, start, offset, 1)
    return bool(words) and (words[-1].lower() in DETERMINERS or words[-1].lower() in PASSIVE_AUXILIARIES)


def speaker_from_region(text: str, start: int, end: int, ctx: Context,
                        record: bool = False) -> tuple[str, str, int] | None:
    """Resolve who speaks from the words before a cue: (full name, kind, where the subject clause starts)."""
    region = text[start:end].rstrip(" ,\u00a0")
    cut = max(region.rfind(","), region.rfind(";"), region.rfind("\u2013"), region.rfind("\u2014"))
    clause_start = start + cut + 1 if cut >= 0 else start
    words = [w.lower().strip("\u2019'") for w in text[clause_start:start + len(region)].split()]
    while words and words[-1] in FILLER_WORDS:
        words.pop()
    resolved = _resolve_clause(text, start, clause_start, words, ctx)
    if resolved is None:
        mentions = find_mentions(text, start, start + len(region))
        resolved = (ctx.add(mentions[0]), mentions[0].kind) if mentions else None
    if resolved is None and record:
        focus = ctx.focus_org()
        resolved = (focus, "org") if focus else None
    return (*resolved, clause_start) if resolved else None


def _resolve_clause(text: str, start: int, clause_start: int, words: list[str],
                    ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that ends in a pronoun or a short reference: `he`, `it`, `the council`."""
    if not words:
        return None
    last, before = words[-1], words[-2] if len(words) > 1 else ""
    if last in PERSON_PRONOUNS and ctx.person_for_pronoun():
        return ctx.person_for_pronoun(), "person"  # type: ignore[return-value]
    if last in ORG_PRONOUNS and ctx.focus_org():
        return ctx.focus_org(), "org"  # type: ignore[return-value]
    if last in RELATIVE_PRONOUNS and len(words) == 1:
        mentions = find_mentions(text, start, clause_start)
        return (ctx.add(mentions[-1]), mentions[-1].kind) if mentions else None
    if len(words) == 1 or before in ("the", "its", "their"):
        org = ctx.resolve_reference(last)
        if org is not None:
            return ctx.full_org(org), "org"
    return _possessor(words, ctx)


def _possessor(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a document that belongs to an organisation: `its report`, `the council's statement`."""
    if words[-1] not in DOCUMENT_NOUNS:
        return None  # `its chief executive said` is a person speaking, never the organisation
    if words[0] in ("its", "their") and ctx.focus_org():
        return ctx.focus_org(), "org"  # type: ignore[return-value]
    for word in words:
        if word.endswith(("'s", "\u2019s")):
            org = ctx.resolve_reference(word[:-2])
            if org is not None:
                return ctx.full_org(org), "org"
    return None


def attribute_speech(text: str, block: Block, quotes: list[Quote], ctx: Context,
                     previous: str | None) -> tuple[str | None, list[tuple[str, Span]]]:
    """Give each quotation in a block to its speaker; return the last speaker and the claims."""
    found: list[tuple[str, Span]] = []
    for quote in quotes:
        speaker = speech_speaker(text, block, quote, ctx)
        if speaker is None and (quote.outer[0] == block.body or found):
            speaker = previous  # a quotation that goes on from the last one
        if speaker is None:
            continue
        previous = speaker
        ctx.spoke(speaker, "person")
        for sentence in split_sentences(text, *quote.inner):
            span = strip_span(text, sentence, " \u00a0\u201c\u201d\"'\u2018\u2019,;:")
            if len(text[span[0]:span[1]].split()) >= MIN_CLAUSE_WORDS - 1:
                found.append((speaker, span))
    return previous, found


def speech_speaker(text: str, block: Block, quote: Quote, ctx: Context) -> str | None:
    """Find who says a quotation from the cue before it (`X said:`) or after it (`, he said`)."""
    sentence_start = max(text.rfind(".", block.body, quote.outer[0]) + 1, block.body,
                         quote.outer[0] - MAX_SUBJECT_CHARS)
    before = SPEECH_BEFORE_RE.search(text, sentence_start, quote.outer[0])
    if before:
        who_start = max(text.rfind(mark, sentence_start, before.start()) for mark in "\u201c\u201d\"") + 1
        who = speaker_from_region(text, max(who_start, sentence_start), before.start(), ctx)
        if who is not None:
            return who[0]
    after = SPEECH_AFTER_RE.match(text, quote.outer[1], min(block.end, quote.outer[1] + 120))
    if after:
        group = "who" if after.group("who") else "who_after"
        who = speaker_from_region(text, after.start(group), after.end(group), ctx)
        if who is not None:
            return who[0]
    return None


def split_items(text: str, span: Span) -> list[Span]:
    """Split what a speaker claims into atomic items, each a tidy span of the original text."""
    whole = text[span[0]:span[1]]
    pieces = [span]
    for splitter, triggers in SPLITTERS:
        if any(trigger in whole for trigger in triggers):  # a cheap test before the scan
            pieces = [part for piece in pieces for part in splitter(text, piece)]
    items = [_tidy(text, piece) for piece in pieces]
    return [item for item in items if len(text[item[0]:item[1]].split()) >= MIN_ITEM_WORDS]


def _tidy(text: str, span: Span) -> Span:
    """Trim an item's span: white space, list markers, leading connectors, trailing punctuation."""
    start, end = strip_span(text, span, ";,:.-\u2022*\u2013\u2014")
    while True:
        match = LEADING_CONNECTOR_RE.match(text, start, end)
        if not match or match.end() == start:
            break
        start = strip_span(text, (match.end(), end))[0]
    number = _LEADING_NUMBER_RE.match(text, start, end)
    if number:
        start = number.end()
    return strip_span(text, (start, end), ";,:-\u2013\u2014")


def _top_level(text: str, span: Span, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Return the pattern's matches in a span that are outside parentheses and quotation marks."""
    kept, depth, curly, straight, counted = [], 0, 0, 0, span[0]
    for match in pattern.finditer(text, span[0], span[1]):
        between = text[counted:match.start()]
        depth += between.count("(") - between.count(")")
        curly += between.count("\u201c") - between.count("\u201d")
        straight += between.count('"')
        counted = match.start()
        if depth <= 0 and curly <= 0 and straight % 2 == 0:
            kept.append(match)
    return kept


def _cut(span: Span, cuts: list[tuple[int, int]]) -> list[Span]:
    """Cut a span at separator spans, keeping what lies between them."""
    parts, start = [], span[0]
    for cut_start, cut_end in cuts:
        parts.append((start, cut_start))
        start = cut_end
    parts.append((start, span[1]))
    return parts


_LEADING_NUMBER_RE = re.compile(r"\(?\d{1,2}[.)]\s+")
_NESTED_CUE_RE = re.compile(rf",?\s+(?:but|and)\s+(?:also\s+)?(?:{_VERBS})\b(?:\s+that\b)?")
_SEMICOLON_RE = re.compile(r";")
_NUMBER_RE = re.compile(r"(?:(?<=\s)|^)\(?\d{1,2}[.)](?=\s)")
_AND_THAT_RE = re.compile(r"(?:,?\s+and\s+that|,\s+that)\s+(?!is\b|was\b)")
_WITH_RE = re.compile(r",\s+with\s+")
_COMMA_RE = re.compile(r",\s+")
_AND_RE = re.compile(r"\s+and\s+")


def _split_nested_cues(text: str, span: Span) -> list[Span]:
    """Split at `but also says`, `and claims that`: the same speaker going on to another claim."""
    return _cut(span, [(m.start(), m.end()) for m in _top_level(text, span, _NESTED_CUE_RE)])


def _split_semicolons(text: str, span: Span) -> list[Span]:
    """Split at top-level semicolons."""
    return _cut(span, [(m.start(), m.end()) for m in _top_level(text, span, _SEMICOLON_RE)])


def _split_numbers(text: str, span: Span) -> list[Span]:
    """Split an inline numbered list (`1) ... 2) ...`) when at least two numbers count up from 1."""
    marks = _top_level(text, span, _NUMBER_RE)
    numbers = [int(re.sub(r"\D", "", m.group())) for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return [span]
    return [part for part in _cut(span, [(m.start(), m.end()) for m in marks]) if part[1] > part[0]]


def _split_and_that(text: str, span: Span) -> list[Span]:
    """Split at `and that` and `, that`, which start a new reported clause."""
    return _cut(span, [(m.start(), m.end()) for m in _top_level(text, span, _AND_THAT_RE)])


def _split_with(text: str, span: Span) -> list[Span]:
    """Split at `, with` when what follows is a clause of its own (`..., with standards improved`)."""
    cuts = [(m.start(), m.end()) for m in _top_level(text, span, _WITH_RE)
            if len(text[m.end():span[1]].split()) >= MIN_CLAUSE_WORDS]
    return _cut(span, cuts)


def _split_comma_list(text: str, span: Span) -> list[Span]:
    """Split `A, B, and C` and `A, B and C` when every part reads as an item, not a modifier."""
    commas = _top_level(text, span, _COMMA_RE)
    if not commas:
        return [span]
    parts = _cut(span, [(m.start(), m.end()) for m in commas])
    last = parts[-1]
    last_words = text[last[0]:last[1]].split()
    if last_words and last_words[0].lower() in ("and", "or"):
        pass  # Oxford comma: "A, B, and C"
    else:
        joins = [m for m in _top_level(text, last, _AND_RE) if not _bound_and(text, last, m)]
        if not joins:
            return [span]
        parts[-1:] = [(last[0], joins[-1].start()), (joins[-1].end(), last[1])]
    return parts if all(_reads_as_item(text, part, first=index == 0) for index, part in enumerate(parts)) \
        else [span]


def _reads_as_item(text: str, span: Span, first: bool) -> bool:
    """Say whether a part of a comma list can stand as an item of its own."""
    words = LEADING_CONNECTOR_RE.sub("", text[span[0]:span[1]].strip()).split()
    if len(words) < MIN_ITEM_WORDS:
        return False
    return first or words[0].lower().strip("\u2018\u201c'\"") not in NOT_ITEM_STARTS


def _split_clauses(text: str, span: Span) -> list[Span]:
    """Split at `and` joining two long clauses: `X improved and some schools now ...`."""
    parts, end = [], span[1]
    for match in reversed(_top_level(text, span, _AND_RE)):
        left = _words_before(text, span[0], match.start(), MIN_CLAUSE_WORDS)
        right = _words_after(text, match.end(), end, MIN_CLAUSE_WORDS)
        if len(left) < MIN_CLAUSE_WORDS or len(right) < MIN_CLAUSE_WORDS or _bound_and(text, span, match):
            continue
        first = right[0].lower()
        if first in CLAUSE_STARTS or (first.endswith("ed") and len(first) > 4):
            parts.append((match.end(), end))
            end = match.start()
    return [(span[0], end)] + parts[::-1]


def _words_before(text: str, start: int, end: int, count: int) -> list[str]:
    """Return up to the last `count` words of text[start:end], looking back a bounded window."""
    return text[max(start, end - 40 * count):end].split()[-count:]


def _words_after(text: str, start: int, end: int, count: int) -> list[str]:
    """Return up to the first `count` words of text[start:end], looking ahead a bounded window."""
    return text[start:min(end, start + 40 * count)].split()[:count]


def _bound_and(text: str, span: Span, match: re.Match[str]) -> bool:
    """Say whether an `and` belongs to `between X and Y` or `both X and Y`, so joins no items."""
    for word in reversed(_words_before(text, span[0], match.start(), 8)):
        if word.lower() in ("between", "both"):
            return True
        if word.lower() == "and":
            return False
    return False


SPLITTERS: tuple[tuple[Callable[[str, Span], list[Span]], tuple[str, ...]], ...] = (
    (_split_nested_cues, ("but", "and")),
    (_split_semicolons, (";",)),
    (_split_numbers, (")", ".")),
    (_split_and_that, ("that",)),
    (_split_with, (", with",)),
    (_split_comma_list, (",",)),
    (_split_clauses, ("and",)),
)
"""The splitters in the order they apply, each with the substrings it needs to find anything."""
