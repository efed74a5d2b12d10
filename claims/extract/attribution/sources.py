"""The source a sentence names: `according to X`, a role and its holder, a document's publisher, a possessor before or
after."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import find_mentions, Mention
from ..items import has_verb, split_items
from ..speakers import Context, Who, speaker_from_region
from ..speakers.words import REFERENCE_WORDS, sentence_starts
from ..speakers.documents import examiner
from ..text import Span, line_start, subtract
from ..vocabulary import any_script, DOCUMENT_NOUNS, NAME_PARTICLES, ROLES, verb_alternation

from .patterns import ACCORDING_RE, ANY_CUE_RE, INVERTED_RE, PASSIVE_AUXILIARY_TAIL_RE, QUOTED_AS_RE, RELATIVE_CUE_RE
from .records import Attribution
from .kept_records import PUBLISHING_PARTICIPLES, kept_in_its_place
from .owned_records import record_of_owner, titled_record_of_owner, titled_record_owner
from .owned_sources import owned_source
from .according_sources import adjunct_after_source, describes_after_source, source_beyond_name
from .claim_bodies import claim_body, claim_subject
from .response_frames import is_response, responder
from .source_asides import SOURCE_ASIDE_RE, subject_before_aside, whole_sentence
from .source_tails import dated_source, past_dated_source
from .unowned_documents import paper_issuer
from .unset_sources import unset_source_end

PUBLISHED_BY_RE = re.compile(rf"(?:{verb_alternation(DOCUMENT_NOUNS)})\s+(?:by|from)\s+(?=(?:the\s+)?(?:[a-z\-]+\s+){{0,4}}[A-Z])")
"""A document and its author in one phrase: `new research by Acme`, `the latest figures from the Rail Office`, `tests
by the consumer magazine Shopright` (the author's kind before its name, wave 26e)."""


def publisher_in(text: str, region: Span, ctx: Context) -> Who | None:
    """Return the body a document phrase names as its author (`new research by Acme` -> Acme), else None."""
    by = PUBLISHED_BY_RE.search(text, *region)
    who = speaker_from_region(text, by.end(), region[1], ctx) if by is not None else None
    return who if who is not None and who.kind in BODY_KINDS else None


_SPACED_PARTICLES = verb_alternation(frozenset(p for p in NAME_PARTICLES if not p.endswith("-")))
_JOINED_PARTICLES = verb_alternation(frozenset(p for p in NAME_PARTICLES if p.endswith("-")))
ROLE_THEN_NAME_RE = any_script(re.compile(r",\s+(?P<name>(?:(?:[A-Z]\.|[A-Z][\w'\u2019\-]+)\s+){1,3}(?:(?:%s)\s+){0,2}(?:%s)?"
                               r"[A-Z][\w'\u2019\-]+)\s*(?=[,.;!]|$)" % (_SPACED_PARTICLES, _JOINED_PARTICLES)))
"""`, Rob Hale` after `according to its chief executive`: the person the role is."""


def _role_then_name(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> tuple[Who, int] | None:
    """Resolve `according to its chief executive, Rob Hale`: the person named after the role, and where the name
    ends; never the body the role belongs to."""
    if match.re is not ACCORDING_RE or not ROLES.intersection(match.group("who").lower().split()):
        return None
    name = ROLE_THEN_NAME_RE.match(text, match.end("who"), sentence[1])
    if name is None:
        return None
    found = find_mentions(text, name.start("name"), name.end("name"))
    if not found or found[0].kind != "person":
        return None
    return Who(ctx.add(found[0]), "person", match.start()), name.end()


def _response_writer(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Return the party a claim opens on when `according to` closes it with that party's response (`The department has
    accepted nine of them, according to a written response attached to the audit`), else None (wave 31b)."""
    if match.re is not ACCORDING_RE or match.start() <= sentence[0] or not is_response(match.group("who")):
        return None
    answered = responder(text, (sentence[0], match.start()), ctx)
    return answered[0] if answered is not None else None


def named_inside(text: str, sentence: Span, match: re.Match[str], holes: list[Span],
                  ctx: Context) -> Attribution | None:
    """Attribute `According to X, ...`, `..., according to X.`, `quoted X as saying ...` and a figure's source set off
    after its subject (`The correct figure, supplied by X, is 304.`, a match of `source_asides.source_aside`)."""
    by_source = match.re is QUOTED_AS_RE and (match.group("who") or "by ").startswith("by ")
    if by_source:  # "Alice Carr was quoted by the Journal as saying", "X was quoted as saying": the subject speaks
        auxiliary = PASSIVE_AUXILIARY_TAIL_RE.search(text, sentence[0], match.start())
        who = speaker_from_region(text, sentence[0], auxiliary.start() if auxiliary else match.start(), ctx)
    publisher = _publisher_after(text, sentence, match, ctx) if not by_source else None
    if publisher is not None:  # "according to the latest X Index, published by the Y Network in May": Y's
        who, publisher_end = publisher
    elif not by_source:
        who = _response_writer(text, sentence, match, ctx) \
            or _forward_possessor(text, sentence, match, ctx) or _backward_possessor(text, sentence, match, ctx) \
            or _closing_body(text, sentence, match, ctx) \
            or _titled_record_owner(text, match, ctx) or _record_of_owner(text, match, ctx) \
            or _publisher_ahead(text, match, sentence[1], ctx) \
            or speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    unset = unset_source_end(text, match.span("who"), sentence[1]) \
        if match.re is ACCORDING_RE and not text[sentence[0]:match.start()].strip() else None
    if unset is not None:  # "According to the FA the average crowd was 32,566": the FA, then its claim (41a)
        who = speaker_from_region(text, match.start("who"), unset, ctx) or who
    named = _role_then_name(text, sentence, match, ctx)
    who = named[0] if named else who
    if named:
        _note_authored(match.group("who"), named[0], ctx)  # "a report ... by its finance officer, Jo Roe": hers
    beyond = source_beyond_name(text, (sentence[0], match.start()), match.span("who"), (match.end(), sentence[1]),
                                who, ctx) \
        if match.re is ACCORDING_RE else None
    if beyond is not None:  # "according to a notice sent to ...", "figures the company published", ", published by X"
        who, named = beyond[0], (beyond[0], beyond[1][0])
    if who is None and match.re is ACCORDING_RE and not ANY_CUE_RE.search(text, sentence[0], match.start()):
        who = owned_source(text, match)  # "according to the coastguard's incident log": its words, unresolved
    if who is None:
        return None
    _note_apposed_body(text, (sentence[0], match.start()), match, ctx)
    before, after = (sentence[0], match.start()), (named[1] if named else match.end(), sentence[1])
    if publisher is not None:
        after = (publisher_end, sentence[1])
    after = past_dated_source(text, after)  # "According to X, published today, ...": when X came out
    if unset is not None and not named and publisher is None:
        after = (unset, sentence[1])
    if match.re is ACCORDING_RE and has_verb(text[before[0]:before[1]]) and describes_after_source(text, before, after):
        after = (after[1], after[1])  # "..., according to X, up from 31 a year earlier.": only the figure's words
    if _according_lead_in(text, match, after):  # "According to the trust, the changes included:"
        who = paper_issuer(who, ctx)  # "According to the complaint, ..., X:": the body that spoke before (31f)
        return Attribution(who.name, who.kind, " ".join(text[match.start():match.start("who")].split()), (), colon=True)
    relative = RELATIVE_CUE_RE.match(text, after[0], after[1])
    contents = [after] if text[after[0]:after[1]].strip(" .,;:") and not _describes_source(text, after) else [before]
    if match.re is ACCORDING_RE and has_verb(text[before[0]:before[1]]) and adjunct_after_source(text, after):
        contents = [whole_sentence(before, after)]  # "A rose, according to X, after B cut charges": one claim (42i)
    if relative is not None:  # "..., according to the trust, which said a new centre would open"
        contents = [before, (relative.end(), after[1])]
    elif re.match(r"[\s,]*(?:which|who)\b", text[after[0]:after[1]]) and has_verb(text[before[0]:before[1]]):
        contents = [before]  # "..., according to the council, which runs 14 branches.": about the source
    joined = JOINED_AFTER_SOURCE_RE.match(text, after[0], after[1]) if match.re is ACCORDING_RE else None
    if joined is not None and has_verb(text[before[0]:before[1]]):
        contents = [before, (joined.end(), after[1])]  # "A rose 5%, according to X, and B fell": both are X's
        if ANY_CUE_RE.search(text, joined.end(), after[1]):
            contents = [before]  # "..., while the union said ...": another party's words, never X's
    if match.re is QUOTED_AS_RE:
        contents = [after]
    elif match.re is SOURCE_ASIDE_RE or match.re is ACCORDING_RE and subject_before_aside(text, before, after):
        contents = [whole_sentence(before, after)]  # "The correct figure, according to X, is £4.2m": one claim
    if POINTER_ONLY_RE.fullmatch(text, *before):
        contents = [content for content in contents if content != before]  # "That is according to X": no claim
    spans = tuple(s for content in contents for part in subtract(content, holes) for s in split_items(text, part))
    cue = " ".join(text[match.start():match.start("who") if match.group("who") else match.end()].split())
    return Attribution(who.name, who.kind, cue or "according to", spans)


POINTER_ONLY_RE = re.compile(r"\s*(?:That|This|These|Those)(?:['\u2019]s|\s+(?:is|was|are|were)(?:\s+(?:all|also))?)?\s*")
"""Words before `according to` that only point back at the claim before (`That is according to X`, `This was
according to X`, a fragment's `This according to X`, wave 64x): they claim nothing themselves (wave 50d;
`continuation.pointed_back` gives X the claim before)."""


PUBLISHER_AFTER_RE = any_script(re.compile(
    r"\s*,\s*(?:published|released|compiled|produced|issued|collected)\s+(?:[a-z]+\s+){0,2}?by\s+"
    r"(?P<who>[^,.;:()]{2,80}?)(?:\s+(?:in|on|last|this|earlier|every|each)\b[^,.;:]*)?(?=[,.;:]|$)"))
"""`, published by the X Network in May` right after a source: who published it."""


def _publisher_after(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> tuple[Who, int] | None:
    """Return the publisher a document named after `according to` has in the words right after it (`according to the
    latest Companion Animal Health Index, published by the X Network in May`) and where those words end; None when
    the source is no document or no publisher follows (wave 21b)."""
    if match.re is not ACCORDING_RE or match.group("who").split()[-1].lower() not in SOURCE_DOCUMENTS:
        return None
    found = PUBLISHER_AFTER_RE.match(text, match.end("who"), sentence[1])
    who = speaker_from_region(text, found.start("who"), found.end("who"), ctx) if found else None
    if who is None or who.kind not in ("organisation", "inspectorate", "person"):
        return None
    ctx.owners[match.group("who").split()[-1].lower()] = who.name, who.kind  # "The index put" later: the same source
    return who, found.end()  # type: ignore[union-attr]


SOURCE_DOCUMENTS: frozenset[str] = DOCUMENT_NOUNS | {"tracker", "barometer", "monitor"}
"""Nouns of a source a body publishes: its documents, and a tracker of figures (`the X Tracker`)."""


def _note_authored(source: str, author: Who, ctx: Context) -> None:
    """Note that a document a role's holder wrote (`a report to the panel by the chief finance officer, Jo Roe`) is
    that person's, so a later `The report shows` is theirs too."""
    words = source.lower().split()
    noun = next((w for w in words if w in DOCUMENT_NOUNS), None)
    if noun is not None and "by" in words[words.index(noun):]:
        ctx.owners[noun] = (author.name, author.kind)


APPOSED_BODY_RE = re.compile(r",\s+(?:the|its)\s+(?P<ref>[a-z]+)['\u2019]s\s")
"""A role of a body after an inverted cue's speaker: `, said Jo Roe, the office's executive director`."""


def _note_apposed_body(text: str, before: Span, match: re.Match[str], ctx: Context) -> None:
    """Bring into focus the body whose role an inverted cue's speaker holds (`X did Y, said Jo Roe, the office's
    director`; the office named before the cue or earlier): the text is about it, as when it speaks itself."""
    apposed = APPOSED_BODY_RE.search(text, match.end("who"), match.end()) if match.re is INVERTED_RE else None
    if apposed is None:
        return
    for mention in find_mentions(text, *before):
        if mention.kind == "org":
            ctx.add(mention)  # "The Office of X ... carried out the inspection, said Jo Roe, the office's director"
    body = ctx.resolve_reference(apposed.group("ref"))
    if body is not None:
        ctx.spoke(body, ctx.kind_of(body))


UNNAMED_RESULTS_RE = any_script(re.compile(r"(?:(?:new|the|latest|official|state|national|federal|annual|provisional)\s+){0,3}"
                                r"(?:[a-z\-]+\s+)?(?:results|figures|data|statistics|numbers)\b[^,;:]{0,40}"))
"""A document a lead cites without its publisher: `state test results released Tuesday`, `new figures`."""
DATA_FROM_RE = any_script(re.compile(r"(?:Data|Figures|Statistics|Results|Numbers)\s+(?:from|published\s+by|released\s+by|compiled\s+by)"
                          r"\s+(?:the\s+)?(?=[A-Z])"))
"""The next sentence naming where the data come from: `Data from the Missouri Department of Education show ...`."""
MAX_PUBLISHER_AHEAD_CHARS = 400
"""How far after a lead's unnamed source the text may name its publisher."""


def _publisher_ahead(text: str, match: re.Match[str], end: int, ctx: Context) -> Who | None:
    """Resolve `according to state test results released Tuesday` to the body the text names right after as the data's
    source (`Data from the Missouri Department of Education shows ...`); None when it names none there."""
    if match.re is not ACCORDING_RE or not UNNAMED_RESULTS_RE.fullmatch(text, match.start("who"), match.end("who")):
        return None
    ahead = DATA_FROM_RE.search(text, end, min(len(text), end + MAX_PUBLISHER_AHEAD_CHARS))
    mentions = find_mentions(text, ahead.end(), min(len(text), ahead.end() + 120)) if ahead else []
    if not mentions or mentions[0].start != ahead.end() or mentions[0].kind != "org":  # type: ignore[union-attr]
        return None
    name = ctx.add(mentions[0])
    return Who(name, ctx.kind_of(name), match.start())


JOINED_AFTER_SOURCE_RE = re.compile(r",\s*(?:and|while|whilst|but|with)\s+(?=\w)")
"""`..., according to X, and filled 92% of its seats`: a clause joined after the source goes on with its claim."""


MAX_LEAD_IN_WORDS = 8
"""A lead-in after `According to X,` that only opens a list (`the changes included:`) is short."""


def _according_lead_in(text: str, match: re.Match[str], after: Span) -> bool:
    """Say whether `According to X,` opens a short lead-in ending in a colon: the items below are X's."""
    words = text[after[0]:after[1]].split()
    return match.re is ACCORDING_RE and bool(words) and words[-1].endswith(":") and len(words) <= MAX_LEAD_IN_WORDS


SOURCE_PARTICIPLE_RE = any_script(re.compile(r"[\s,]*(?:[a-z]+ed|laid|seen|written|given|drawn|made|sent|shown)\b(?:\s+(?:to|by|on|at|in)\b)"))
"""`according to its report, presented to the board on Wednesday`: a participle phrase about the source."""


SOURCE_APPOSITIVE_RE = re.compile(r"[\s,]*(?:the|a|an|its)\s+[^,;:]{1,60}?[.!]?\s*")
"""`..., according to X, the sector regulator.`: a noun phrase naming what the source is."""


SOURCE_LETTERS_RE = re.compile(r"[\s,]*(?:the\s+)?[A-Z][A-Z&\-]{1,9}[.!]?\s*")
"""`..., according to the Northern Heating Association, NHA.`: the source's letters set off after its name (61f)."""
ROLE_APPOSITIVE_RE = any_script(re.compile(r"[\s,]*(?:[a-z][\w\-]*\s+){1,4}(?:of|for|at)\s+[^,;:]{1,60}?[.!]?\s*"))
"""`..., according to Jo Roe, chief executive of Acme Water.`: a role naming what the source is."""
TITLE_APPOSITIVE_RE = re.compile(r"[\s,]*(?P<title>(?:[A-Z][\w\-]*\s+(?:and\s+)?){1,6})(?:of|for|at|to)\s+[^,;:]{1,60}?[.!]?\s*")
"""`..., according to Jo Roe, Chief Executive and General Secretary of the X.`: a title in capitals naming what the
source is (one of its words a role)."""


def title_appositive(text: str, after: Span) -> bool:
    """Say whether the words after `according to X,` are only X's title in capitals (`Chief Executive and General
    Secretary of the Royal College of Nursing.`), never a claim."""
    match = TITLE_APPOSITIVE_RE.fullmatch(text, *after)
    return match is not None and any(w.lower() in ROLES for w in match.group("title").split())


ACCORDING_AFTER_QUOTE_RE = re.compile(r"[\s,]*according\s+to\s+(?P<who>[^,.;:!?\"\u201c\u201d]{1,80})")
"""`"...," according to Jo Roe`: the source named right after a quotation says it."""


def _describes_source(text: str, after: Span) -> bool:
    """Say whether the words after `according to X,` only describe X (`presented to the board on Monday.`)."""
    match = SOURCE_PARTICIPLE_RE.match(text, after[0], after[1])
    if match is None and dated_source(text, after):
        return True  # "according to its annual review, published today."
    if match is None:  # "according to the Office for Students, the sector regulator."
        return (SOURCE_APPOSITIVE_RE.fullmatch(text, after[0], after[1]) is not None
                or SOURCE_LETTERS_RE.fullmatch(text, after[0], after[1]) is not None
                or ROLE_APPOSITIVE_RE.fullmatch(text, after[0], after[1]) is not None
                or title_appositive(text, after)) \
            and not has_verb(text[after[0]:after[1]])
    return not re.search(r"[,;:]", text[match.end():after[1]].rstrip(" ."))


def _forward_possessor(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `According to its financial results, Acme Group grew ...`: `its` points forward to the body
    that is the subject of the main clause."""
    words = match.group("who").lower().split()
    if match.re is not ACCORDING_RE or text[sentence[0]:match.start()].strip() or words[0] not in ("its", "their") \
            or not any(w in DOCUMENT_NOUNS for w in words[1:]):
        return None
    subject = re.match(r"[\s,]*(?:[Tt]he\s+)?", text[match.end():sentence[1]])
    mentions = find_mentions(text, match.end(), sentence[1])
    at = match.end() + (subject.end() if subject else 0)
    pronoun = PRONOUN_SUBJECT_RE.match(text, at, sentence[1]) if not mentions or mentions[0].start > at else None
    if pronoun is not None:
        who = speaker_from_region(text, at, pronoun.end(), ctx)  # "According to its accounts, it recorded a deficit"
        return who if who is not None and who.kind in BODY_KINDS else None
    if mentions and mentions[0].start == at and mentions[0].kind != "org":
        return None
    if not mentions or mentions[0].start != at:
        return _previous_possessor(text, sentence, match, ctx)
    name = ctx.add(mentions[0])
    return Who(name, ctx.kind_of(name), match.start())


def _previous_possessor(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `The combined authority's first round funded nine schemes. According to its latest monitoring report,
    A`: the one body the sentence before, in the same paragraph, names as a possessor (wave 42d), else None."""
    paragraph = line_start(text, sentence[0])
    before = [start for start in sentence_starts(text, paragraph, sentence[0]) if start < sentence[0]]
    if not before:
        return None
    owners = {ctx.add(m) for m in find_mentions(text, before[-1], sentence[0]) if m.kind == "org" and m.possessive}
    for found in MODIFIED_POSSESSIVE_RE.finditer(text, before[-1], sentence[0]):
        body = ctx.resolve_reference(found.group("ref"))
        owners |= {body} if body is not None else set()
    owner = owners.pop() if len(owners) == 1 else None
    return Who(owner, ctx.kind_of(owner), match.start()) if owner is not None else None


MODIFIED_POSSESSIVE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<ref>[a-z]+)['\u2019]s\s")
"""A body's reference written as a possessive, with a modifier or none: `the combined authority's first round`."""


PRONOUN_SUBJECT_RE = re.compile(r"(?:it|they)\s")
"""`it` or `they` opening a main clause after `According to its accounts, `: the body the text is about."""


def _titled_record_owner(text: str, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `according to the housing association's latest Tenant Satisfaction Measures`: the record's owner, a
    body, speaks (never a person read in the record's title)."""
    if match.re is not ACCORDING_RE:
        return None
    owned = titled_record_owner(match.group("who"))
    if owned is None or owned.group("noun") is not None and owned.group("noun") not in DOCUMENT_NOUNS:
        return None
    who = speaker_from_region(text, match.start("who") + owned.start("owner"), match.start("who") + owned.end("owner"),
                              ctx)
    if who is None or who.kind not in BODY_KINDS:
        return None
    words = match.group("who").lower().split()
    name, kind = examiner(words, who.name, ctx)  # "the local authority's latest audit report": its auditor's
    ctx.owners.setdefault(words[-1], (name, kind))
    return Who(name, kind, who.clause_start)


def _record_of_owner(text: str, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `according to the authority's analysis of federal Fair Market Rents`: the record's owner, a body,
    speaks, never a name in what the record is of or drew on (wave 42d; wave 48e: a record titled with its owner's
    name, `the Acme Foundation 2014 Report on the Health of Rivers`)."""
    if match.re is not ACCORDING_RE:
        return None
    owned = record_of_owner(match.group("who")) or titled_record_of_owner(match.group("who"))  # 48e: `X 2014 Report on`
    if owned is None or owned.group("noun").lower() not in DOCUMENT_NOUNS:
        return None
    who = speaker_from_region(text, match.start("who") + owned.start("owner"), match.start("who") + owned.end("owner"),
                              ctx)
    return who if who is not None and who.kind in BODY_KINDS else None


SUBJECT_RE = any_script(re.compile(r"\s*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}:[ \t]+)?(?:(?:However|But|And|Meanwhile|Overall),?\s+)?"
                                   r"(?:[Tt]he\s+)?(?P<noun>[a-z]+)\s"))
"""A sentence opening with a reference (`The ombudsman upheld ...`), after a short label if any (`Some background: the
authority faces ...`): the body a trailing `its` points back to."""


def _closing_body(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `X had gathered 9,200 signatures, according to the group.`: the one body the claim names in its subject
    that the reference fits (wave 30c), else None."""
    if match.re is not ACCORDING_RE or match.start() <= sentence[0]:
        return None
    return claim_body(text, (sentence[0], match.start()), match.span("who"), ctx)


def _backward_possessor(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `..., according to its annual review.`: `its` points back to the subject of the clause it closes (after
    a colon, if any), a name or a reference that opens it (`The ombudsman upheld 82% ...`), else a possessor in it."""
    words = match.group("who").lower().split()
    if match.re is not ACCORDING_RE or sentence[0] >= match.start() \
            or not (words[0] in ("its", "their") and any(w in DOCUMENT_NOUNS for w in words[1:])
                    or _published_in_its(words) or kept_in_its_place(words)):
        return None
    sentence = (_clause_after_colon(text, sentence[0], match.start()), sentence[1])
    every = find_mentions(text, sentence[0], match.start())
    mentions = every
    opening = SUBJECT_RE.match(text, sentence[0], match.start())
    if mentions and text[sentence[0]:mentions[0].start].strip(" ,").lower() not in ("", "the", "however", "but"):
        mentions = []
    if mentions and mentions[0].kind == "org":
        name = ctx.add(mentions[0])
        return Who(name, ctx.kind_of(name), match.start())
    who = speaker_from_region(text, sentence[0], opening.end("noun"), ctx) if opening is not None and not mentions \
        else None
    if who is not None and who.kind in BODY_KINDS:
        return who
    owner = _claim_possessor(text, (sentence[0], match.start()), every, ctx)
    if owner is not None:
        return Who(owner, ctx.kind_of(owner), match.start())
    if who is not None and who.kind == "unresolved" and opening is not None \
            and _names_kin(opening.group("noun"), ctx):
        return who  # "the council still owns the site, according to its accounts" where two councils are named: the
        # council, unresolved, never the body that spoke before (wave 55a)
    return _subject_body(text, (sentence[0], match.start()), ctx) if not mentions else None


def _names_kin(noun: str, ctx: Context) -> bool:
    """Say whether a reference's noun is a body's and the text names a body of that head (`the council` after `X
    Borough Council`): a reference it could not tell between such bodies; a body never named keeps its document's
    words (wave 54p)."""
    return noun in REFERENCE_WORDS and any(org.split()[-1].lower() == noun for org in ctx.orgs)


def _clause_after_colon(text: str, start: int, end: int) -> int:
    """Return where the clause that closes on `according to its ...` opens: after the last colon before it (`But the
    money has not been lost: the council still owns the site, ...`), else at the sentence's start (wave 55a)."""
    colon = text.rfind(": ", start, end)
    return colon + 2 if colon >= 0 else start


def _subject_body(text: str, claim: Span, ctx: Context) -> Who | None:
    """Return the body a claim's subject names when no mention opens it (`An Coimisiún received 1,214 complaints,
    according to its annual report`: the short name the text gave the body before), else None (wave 55a)."""
    subject = claim_subject(text, claim)
    who = speaker_from_region(text, *subject, ctx) if subject is not None else None
    return Who(who.name, who.kind, claim[1]) if who is not None and who.kind in BODY_KINDS \
        else None


def _published_in_its(words: list[str]) -> bool:
    """Say whether a source is a document published in a place `its` owns (`figures published on its website`,
    `data released in their annual report`): `its` is the body the claim is about, as in `according to its
    figures` (wave 21b)."""
    return len(words) >= 4 and words[0] in DOCUMENT_NOUNS | {"new", "latest", "official", "the"} \
        and any(w in PUBLISHING_PARTICIPLES for w in words[1:3]) and ("its" in words[2:] or "their" in words[2:])


POSSESSIVE_REFERENCE_RE = re.compile(r"\b[Tt]he\s+(?P<ref>[a-z]+)['\u2019]s\s")
"""A body's reference written as a possessive in a claim: `the team's 48th call-out`."""


def _claim_possessor(text: str, claim: Span, mentions: list[Mention], ctx: Context) -> str | None:
    """Return the one body a claim before `according to its ...` names as a possessor (`Acme's`, `the team's`):
    whom `its` means when the claim opens on no body; None for none or two."""
    owners = {ctx.add(m) for m in mentions if m.kind == "org" and m.possessive}
    for found in POSSESSIVE_REFERENCE_RE.finditer(text, *claim):
        body = ctx.resolve_reference(found.group("ref"))
        owners |= {body} if body is not None else set()
    return owners.pop() if len(owners) == 1 else None
