"""A source after `according to` that goes on past its name (wave 21e): the words that name it are cut from what only
describes it, and the words after it that only describe it or the figure are no claim.

- `according to a basing notice sent to the legislature on Monday`: the notice, never the participle phrase;
- `according to figures the company published on Friday`: the company, the subject of the contact clause;
- (`according to the latest Pet Welfare Index, published by the Welsh Feline Trust in June` is read by
  `sources._publisher_after`, which also notes the Trust as the index's owner for a later `The index put`);
- `according to its publisher, Fernmoor Media Ltd`: the body named after a word for what it is;
- `according to two people familiar with the inquiry who were not authorized to speak publicly`: the people, the
  relative clause cut (wave 49x);
- `..., according to X, up from 31 a year earlier` / `, a research group based in Y` / `, putting the pledge in doubt`
  / `, after a fall of 2,000 in April` / `, whose findings ...`: the claim is the words before the source;
- `Sales rose 4%, according to X, after the council cut charges` / `, as costs fell`: an adjunct after the source
  finishes the claim before it, and the claim is the whole sentence (wave 42i; `data/clause_adjunct_openers.txt`).
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..speakers import Context, Who, speaker_from_region
from ..speakers.examination_makers import EXAMINING_PARTICIPLES
from ..speakers.words import PUBLISHER_PARTICIPLES
from ..text import Span
from ..vocabulary import CLAUSE_ADJUNCT_OPENERS, DOCUMENT_NOUNS, ORDERING_PARTICIPLES, any_script, verb_alternation

from .patterns import ANY_CUE_RE

_DOCUMENTS = verb_alternation(DOCUMENT_NOUNS)
_PUBLISHING = r"published|released|issued|compiled|collected|prepared|produced|posted|presented|filed|sent|submitted|gave|provided"
CONTACT_CLAUSE_RE = any_script(re.compile(
    rf"\b(?:{_DOCUMENTS})\s+(?P<who>(?:the|its|their)\s+[a-z][\w\-]*|[A-Z][\w&'\u2019\-]*(?:\s+[A-Z][\w&'\u2019\-]*){{0,4}})"
    rf"\s+(?:has\s+|had\s+)?(?:{_PUBLISHING})\b"))
"""`figures the company published`, `data Acme Water released`: the contact clause's subject published the document."""
PARTICIPLE_TAIL_RE = any_script(re.compile(
    r"\s+(?:[a-z]+ed|sent|given|made|drawn|laid|seen|shown|written|kept|held|put|brought|found)\s+"
    r"(?:to|by|on|at|in|before|along|alongside|for|with|under|from|this|last|today|yesterday)\b"))
"""Where a participle phrase about a source starts: `a notice| sent to the legislature`, `the report| presented to`."""
UNNAMED_PEOPLE_RE = re.compile(r"(?P<who>(?:a|an|one|two|three|four|five|several|some|\d+)\s+(?:person|people|sources?"
                               r"|officials?)\s+[a-z][^,;()]*?)\s+(?:who|that)\s")
"""Unnamed people as a source with a relative clause after them (`two people familiar with the inquiry who were not
authorized to speak publicly`, wave 49x): the people, never a document read from a participle in the relative."""
APPOSED_NAME_RE = re.compile(r",\s+(?=[A-Z])")
"""The comma before a name set off after a word for what the source is (`its publisher, Fernmoor Media Ltd`)."""
DESCRIPTIVE_TAIL_RE = any_script(re.compile(
    r"[\s,]*(?:(?:up|down)\s+from\b|compared\s+(?:with|to)\b|against\b|versus\b"
    r"|(?:after|following)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:rise|fall|drop|jump|gain|increase|decrease|decline"
    r"|loss|surge|dip|climb|slump)\b"
    r"|(?!(?:saying|adding|noting|warning|arguing|claiming|insisting|stressing)\b)[a-z]+ing\b"
    r"|(?:a|an|the)\s+(?:[\w\-]+\s+){1,4}?(?:based|headquartered|founded|set\s+up|funded|owned|run)\b)"))
"""Words after a source set off at a sentence's end that describe it or the figure, never a claim of their own (an
earlier change to compare with, `, after an August jump of 81,000`, wave 42a)."""


def source_beyond_name(text: str, before: Span, source: Span, after: Span, who: Who | None,
                       ctx: Context) -> tuple[Who, Span] | None:
    """Return who an `according to` source is when its words go on past its name (who is what the words alone gave;
    before, the words before `according to`), and where its description ends (the words after it that remain to
    read); None to keep who as it is."""
    apposed = APPOSED_NAME_RE.match(text, *after)
    if apposed is not None and (who is None or who.name[:1].islower()) \
            and text[source[0]:source[1]].split()[0].lower() in ("its", "their", "the"):
        mentions = find_mentions(text, apposed.end(), after[1])
        if mentions and mentions[0].start == apposed.end() and mentions[0].kind == "org" \
                and text[mentions[0].end:after[1]].lstrip()[:1] in ("", ".", ",", ";", "!"):  # the name ends there
            name = ctx.add(mentions[0])
            return Who(name, ctx.kind_of(name), source[0]), (mentions[0].end, after[1])  # "its publisher, X Ltd"
    tail = PARTICIPLE_TAIL_RE.search(text, *source)
    maker = _maker_by(text, source, tail, ctx)
    if maker is not None and tail is not None and _maker_stands(text, before, source, tail, who):
        return maker, after  # "allocations published by the council on Wednesday", "figures presented by X to Y": X
    if who is not None:
        return described_document(text, source, after)
    contact = CONTACT_CLAUSE_RE.search(text, *source)
    if contact is not None:
        found = speaker_from_region(text, contact.start("who"), contact.end("who"), ctx)
        if found is not None and found.kind != "document":
            return found, after  # "figures the company published on Friday"
    unnamed = UNNAMED_PEOPLE_RE.match(text, *source)
    if unnamed is not None:  # "according to two people familiar with the inquiry who were not authorized to speak"
        return Who(" ".join(unnamed.group("who").split()), "person", source[0]), after
    if tail is None:
        return None
    if OWNER_RE.search(text, source[0], tail.start()):
        return None  # "the agency's annual report presented to its board": its owner's words did not resolve whole
    if ANY_CUE_RE.search(text, *before):
        return None  # "X has reported A, according to figures released today": X's own cue speaks
    return Who(own_words(text, source), "document", source[0]), after  # "a basing notice sent to the legislature"


MAKER_PARTICIPLES: frozenset[str] = PUBLISHER_PARTICIPLES | frozenset(
    "collected posted provided presented supplied".split()) | frozenset(
    participle for participle in EXAMINING_PARTICIPLES if " " not in participle)
"""Participles whose agent after `by` made or gave out the source (`allocations published by the council`): a
document's publisher's (`speakers.words.PUBLISHER_PARTICIPLES`), those of collecting and handing it over (`figures
supplied by the trust`) and, wave 54e, those of doing examining work (`an evaluation conducted by X`,
`data/examining_participles.txt`); never one that ordered or received it (`commissioned by`, `obtained by`)."""


AGENT_END_RE = re.compile(r"\s+(?:on|in|at|to|last|this|today|yesterday|earlier|overnight)\b")
"""Where a time, a place or a recipient after a maker's name begins (`by the council| on Wednesday evening`, `by X| to
the authority`)."""


def _maker_by(text: str, source: Span, tail: re.Match[str] | None, ctx: Context) -> Who | None:
    """Return the party a source's participle names after `by` as its maker (`allocations published by the council on
    Wednesday` -> the council, resolved), when it is a named body or person and no owner is named before the participle
    (`the agency's report presented by`); else None."""
    if tail is None or OWNER_RE.search(text, source[0], tail.start()):
        return None
    words = text[tail.start():tail.end()].split()
    if len(words) != 2 or words[0] not in MAKER_PARTICIPLES or words[1] != "by":
        return None
    found = speaker_from_region(text, tail.end(), _agent_end(text, tail, source), ctx)
    named = found is not None and found.kind in ("organisation", "inspectorate", "person") and found.name[:1].isupper()
    return found if named else None  # "issued by his Special Adviser on Media, Jo Roe,": a post, read elsewhere


def _maker_stands(text: str, before: Span, source: Span, tail: re.Match[str], who: Who | None) -> bool:
    """Say whether the maker named after a source's participle speaks rather than `who` (wave 50y): never for X read
    whole already, nor past X's own cue before the source, unless `who` was read from words after the maker's (`an
    evaluation conducted by X at the request of a legislative committee`: the committee never made it, wave 54e)."""
    end = _agent_end(text, tail, source)
    if who is not None and who.name in text[tail.end():end]:
        return False
    return not ANY_CUE_RE.search(text, *before) or (who is not None and who.name in text[end:source[1]])


def _agent_end(text: str, tail: re.Match[str], source: Span) -> int:
    """Return where the maker's words after a participle's `by` end: at a time, a place or a request after them (`by X|
    at the request of Y`, wave 54e), else at the source's end."""
    time = AGENT_END_RE.search(text, tail.end(), source[1])
    return time.start() if time else source[1]


BARE_DOCUMENT_RE = re.compile(rf"(?:[a-z][\w\-]*\s+){{0,2}}(?:{_DOCUMENTS})\s*")
"""A source's words up to a participle: a document's noun with no name before it (`documents`, `the internal emails`)."""


MAKER_RE = re.compile(r"\bby\b|['\u2019]s\b|\b(?:its|their)\b")
"""Words that name a document's maker or owner in the phrase that describes it (`released today by the Network`,
`published on the Commission's website`, `on its website`)."""


def described_document(text: str, source: Span, after: Span) -> tuple[Who, Span] | None:
    """Return the document an `according to` source names when a participle phrase follows its bare noun, so that the
    body read from its words stands inside that phrase (wave 48e: `according to documents uncovered in the lawsuit filed with
    the Daily Ledger`: the documents, never the Ledger); None to keep who as it is, as when the phrase names the
    document's maker (`figures published by the airline`)."""
    tail = PARTICIPLE_TAIL_RE.search(text, *source)
    if tail is None or text[tail.start():tail.end()].split()[0].lower() in ORDERING_PARTICIPLES \
            or not BARE_DOCUMENT_RE.fullmatch(text, source[0], tail.start()) \
            or MAKER_RE.search(text, tail.start(), source[1]) or not find_mentions(text, tail.start(), source[1]):
        return None  # "figures published by the airline", "on the Commission's website", "published today": the maker's;
        # "a survey commissioned for X": who ordered it is read elsewhere (waves 41p, 42c)
    return Who(own_words(text, source), "document", source[0]), after


OWNER_RE = any_script(re.compile(r"['\u2019]s?\s|\b[A-Z]"))
"""A possessive or a capital in a source's words: they name its owner (`the agency's report`, `Acme figures`)."""
TIME_END_RE = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day|today|yesterday|(?:last|this)\s+[a-z]+|in\s+[A-Z][a-z]+(?:\s+\d{4})?)\s*$")
"""When a source came out, at the end of its words (`on Monday`, `today`, `in May`): no part of its name."""


def own_words(text: str, source: Span) -> str:
    """Return a source no owner is named for in its own words, without `the` and the time it came out (`the complaint
    filed in the county court` -> `complaint filed in the county court`; `a notice sent to X on Monday` -> `a notice
    sent to X`): the document speaks."""
    words = text[source[0]:source[1]]
    time = TIME_END_RE.search(words)
    words = words[:time.start() if time else len(words)]
    if time is not None and CONTACT_CLAUSE_RE.search(words) is None:
        bare = BARE_PARTICIPLE_END_RE.search(words)
        words = words[:bare.start("cut")] if bare else words  # "data published today" -> "data" (wave 23b)
    first = PARTICIPLE_TAIL_RE.search(words)
    second = PARTICIPLE_TAIL_RE.search(words, first.end()) if first else None
    words = words[:second.start()] if second else words  # "documents uncovered in the lawsuit| filed with X" (48e)
    words = " ".join(words.split())
    return words[4:] if words.lower().startswith("the ") else words


BARE_PARTICIPLE_END_RE = re.compile(
    rf"\b(?:{_DOCUMENTS})(?P<cut>\s+(?:published|released|issued|posted|compiled|produced))\s*$", re.IGNORECASE)
"""A publishing participle right after a document's noun, left alone at a source's end once its time is cut
(`industry data published| today`); a contact clause's verb (`figures the report published`) is no such participle."""


def describes_after_source(text: str, before: Span, after: Span) -> bool:
    """Say whether the words after a source closing its claim only describe the source or the figure (`, up from 31`,
    `, a research group based in Kent`, `, putting the pledge in doubt`): the claim is the words before it."""
    return bool(text[before[0]:before[1]].strip()) and DESCRIPTIVE_TAIL_RE.match(text, *after) is not None \
        and text[after[0]:after[1]].lstrip().startswith(",")


ADJUNCT_AFTER_SOURCE_RE = any_script(re.compile(r"\s*,\s*(?:%s)\s+(?=[\w$\u00a3\u20ac])"
                                                % verb_alternation(CLAUSE_ADJUNCT_OPENERS)))
"""`, after the council cut charges`, `, as costs fell`: an adjunct opening the words after a source."""


def adjunct_after_source(text: str, after: Span) -> bool:
    """Say whether the words after a source set off mid-sentence open on an adjunct that finishes the claim before
    it (`Sales rose 4%, according to X, after the council cut charges`); read after `describes_after_source`."""
    return ADJUNCT_AFTER_SOURCE_RE.match(text, *after) is not None
