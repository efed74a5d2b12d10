"""Attribution: which words of a text are reported claims, and who reports them.

The rules, in the order they apply to each block (line or paragraph) of a source text:

1. Quoted speech (six words or more, or a quoted sentence) belongs to the speaker a nearby cue names
   (`X said: "..."`, `X states; "..."`, `"...," she said`), to the speaker of a colon cue that ended the
   paragraph before, or to the speaker of the quotation it continues (a multi-paragraph quotation
   reopens each paragraph). A short quotation inside reported speech stays part of that claim.
2. A sentence with a reporting cue outside quotation marks (`said`, `admitted`, `found`, `forecast`,
   `told the BBC that`, `said in a statement that`, `according to X`, `quoted X as saying`) gives the
   words after the cue to the cue's subject; when nothing but a trailing phrase follows the cue
   (`..., the company said in a statement.`) the words before the subject are the claim.
   `rated`, `judged` and a negated `did not find` keep the verb in the claim.
3. A sentence that ends in a colon hands its speaker to the bulleted lines that follow: a colon cue
   (`inspectors highlight:`) or a lead-in without a verb (`The key findings were:`, `Highlights
   include:`), whose speaker is the inspectorate in focus for findings, else the body in focus.
4. A paragraph that opens with `These included`, `Additionally,`, `In addition,`, `Furthermore,` or
   `Other improvements` continues the speaker of the paragraph before; a cue-less paragraph that
   continues an organisation's list (two or more items) is that organisation's too, unless it reads as
   the writer's commentary (a question, `however`, talk of `the claims`).
5. What a speaker says is split into items (see `items`).

Anything else (the writer's narration, commentary, questions) is nobody's claim and is left out.
"""
from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from .entities import find_mentions
from .items import LEADING_CONNECTOR_RE, split_items
from .release import ends_release, has_figure, is_release
from .speakers import Context, Who, register_acronyms, register_appositives, speaker_from_region
from .text import Block, Quote, Span, find_speech, split_blocks, split_sentences, strip_span, subtract
from .transcript import Turn, is_transcript, read_label, turn_claims
from .vocabulary import CUE_VERBS, DOCUMENT_NOUNS, OBJECT_VERBS, verb_alternation

_VERBS = verb_alternation(CUE_VERBS)
CUE_RE = re.compile(
    rf"\b(?:{_VERBS})\b(?:(?:(?<=told)(?:\s+[\w&.'\u2019]+){{1,4}}?"
    r"|\s+(?:in|on|to|at|during)\s+[^,.;:\"\u201c\u201d]{1,30}?"
    r"|\s+(?:today|yesterday|(?:last\s+)?[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}))?\s+that\b)?\s*[:;]?")
"""A reporting verb, with `told X`, `in a statement`, `on Tuesday` or `Monday`, an optional `that`, and a colon."""
RECORD_RE = re.compile(r"\b(?:legacy|achievements|successes|accomplishments|record|track record)\s+"
                       r"(?:includes?|included|are|were)\b\s*:?")
"""`legacy includes`, `achievements include`: the list that follows is the possessor's claim."""
ANY_CUE_RE = re.compile(rf"\b(?:{_VERBS}|rated|graded|assessed|ranked|branded|deemed|legacy|achievements|successes|accomplishments|record"
                        r"|[Aa]ccording to|quoted)\b")
"""Any word a cue can start with: a block without one holds no reported claim."""
INVERTED_RE = re.compile(r",\s+(?:said|says|added|adds|explained|insisted)\s+(?P<who>[A-Z][^,.;:!?\"\u201c\u201d]{1,60}?)[.!]?\s*$")
"""`Applications rose 9%, said Provost Jo Bloggs.`: the speaker after the cue, the claim before it."""
ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:]+)")
PASSIVE_BY_RE = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:rated|judged|graded|assessed|ranked|branded|found|deemed)\b"
    r"[^.;:]{0,160}?\bby\s+(?P<who>(?:the\s+)?[A-Z][^,.;:()]{0,80}|inspectors|the\s+\w+)")
"""`... have been rated good by the Care Inspectorate`: the agent of a judgement passive speaks."""
PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?(?:rated|judged|graded)\s+(?!by\b)")
"""`The home was rated inadequate`: a judgement without its agent is the inspectorate's in focus."""
ASIDE_RE = re.compile(
    r",\s+(?P<who>it|he|she|they|(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})"
    r"\s+(?:said|says|added|reported|confirmed)(?:\s+(?:on\s+)?(?:today|yesterday|[A-Z][a-z]+day))?,\s+(?=\S)")
"""`Profits rose, the company said on Friday, as costs fell`: a cue set off by commas inside its claim."""
RELATIVE_CUE_RE = re.compile(r",?\s*(?:which|who)\s+(?:also\s+)?(?:said|says|added|reported)\s+(?:that\s+)?")
"""`according to the trust, which said ...`: the body goes on to a claim of its own."""
QUOTED_AS_RE = re.compile(r"\bquoted\s+(?P<who>[^,.;:\"\u201c]{1,80}?)\s+as\s+saying\b(?:\s+that\b)?\s*[:,]?")
"""`The paper quoted Jo Bloggs as saying that ...`: the person named speaks."""
LEAD_IN_RE = re.compile(
    r"\b(?P<cue>(?:key\s+)?(?:findings|highlights|achievements|improvements|successes|strengths|weaknesses"
    r"|concerns|results|points|headlines|areas for improvement|the following)\b[^:;]{0,40}?"
    r"|(?:includ(?:e|es|ed)|were|are)\b[^:;]{0,20}?)\s*:\s*$", re.IGNORECASE)
"""A lead-in without a reporting verb: `The key findings were:`, `Highlights include:`."""
FINDINGS_RE = re.compile(r"\b(?:findings|areas for improvement|strengths|weaknesses|concerns|inspect\w*)\b",
                         re.IGNORECASE)
CONTINUE_RE = re.compile(r"(?:(?:These|Those|They|Other \w+)\s+(?:also\s+)?(?:included?|includes|were|are)\b"
                         r"|Additionally\b|In addition\b|Furthermore\b|Moreover\b|Also\b)[\s,:]*")
"""Words that open a paragraph continuing the previous speaker's claims."""
SPEECH_BEFORE_RE = re.compile(
    r"\b(?:said|says|added|adds|told\s[^,.;:\"\u201c\u201d]{1,40}|explained|commented|stated|states|wrote|writes|continued"
    r"|insisted|declared|admitted|warned|argued|replied|responded|answered)\s*[:;,]?\s*$")
"""A speech verb right before a quotation: `X said: "..."`; the speaker is in the words before it."""
_SPEECH_VERBS = (r"said|says|added|adds|explained|commented|continued|insisted|declared|admitted|warned|stressed|stresses"
                 r"|emphasised|emphasized|argued|argues|noted|urged|acknowledged|conceded")
"""Verbs that report a quotation just before them, with the speaker before (`she stressed`) or after (`stressed X`)."""
SPEECH_AFTER_RE = re.compile(
    rf"[\s,.]*(?:(?P<who>[A-Za-z][^,.;!?\u201c\u201d\"]{{0,80}}?(?:,\s[^,.;!?\u201c\u201d\"]{{1,80}}?,)?)\s+"
    rf"(?:{_SPEECH_VERBS}|told)\b|(?:{_SPEECH_VERBS})\s+"
    r"(?P<who_after>(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Supt|Insp|Det|Sgt|Capt)\.\s|[^,.;!?\u201c\u201d\"]){1,80}))")
_SPEECH_VERB_RE = re.compile(rf"{_SPEECH_VERBS}|told")
"""The verb of a cue after a quotation, `told` too (`"...," she told MPs.`)."""
TRAILING_RE = re.compile(r"\s*(?:(?:in|on|at|during|via|through|when|after|before|this|last|earlier|later"
                         r"|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:]{0,60})?"
                         r"(?:,\s*(?:even as|while|whilst|as|but|although|though)\b[^;:]*)?[.!]?\s*$", re.IGNORECASE)
"""What may follow a cue that comes after its content: `in a statement`, `on Tuesday`."""
TRAILING_CUE_RE = re.compile(
    rf",\s+(?:the|a|an|its|their)\s+[\w\s'\u2019]{{0,40}}?\b(?:{_VERBS})\b[^,;:]{{0,40}}$")
"""`..., the report states.` closing a claim that an earlier cue began: the claim ends at the comma."""
ASKED_RE = re.compile(r"(?:When\s+|If\s+)?[Aa]sked\b[^,;:\"\u201c]{0,160},")
"""`Asked whether the club had consulted fans,`: a question put to the speaker, whose cue comes after it."""
NEGATION_RE = re.compile(r"\b(?:did|does|do|has|have|had|could|would)\s+not\s+$|\b(?:did|does|do)n['\u2019]t\s+$")
COMMENTARY_RE = re.compile(r"\?|\b(?:the|these|those|such|its|their) claims\b|\bquestions?\b|\bhowever\b"
                           r"|\bcritics\b|\bunclear\b|\bdoubts?\b|\bwe\b|\bI\b", re.IGNORECASE)
PASSIVE_AUXILIARIES: frozenset[str] = frozenset("be been being is are was were".split())
NOT_CUE_BEFORE: frozenset[str] = frozenset(
    "the a an these those this its their his her our such my your two three four five six seven eight nine ten "
    "many several".split()) | PASSIVE_AUXILIARIES
"""Words before a cue word that make it a noun (`the claims`, `three projects`) or a passive (`is expected`)."""
RELATIVES: frozenset[str] = frozenset("which that".split())
"""Words before `rates` or `judged` that make it a relative clause's verb, not a cue."""
NOUN_CUES: frozenset[str] = frozenset("forecast forecasts report reports record records estimate estimates "
                                      "claims notes review findings".split())
"""Cue words that are also nouns."""
NOUN_FOLLOWERS: frozenset[str] = frozenset("for of was is has had were are will would published released issued "
                                          "compiled produced commissioned".split())
"""Words after such a word that show it is the noun: `its profit forecast for the year`."""
MAX_CUES_PER_SENTENCE = 12
"""How many cue words a sentence may offer before it is taken to have no speaker (bounds hostile input)."""
MAX_SUBJECT_CHARS = 300
"""How far before a cue its subject may start."""
MIN_SPEECH_WORDS = 3
MIN_LIST_ITEMS = 3
"""Items a cue-less paragraph needs to continue a body's single claim as a list (`The fund includes A, B and C`)."""


class Attribution(NamedTuple):
    """Who speaks, of what kind, the words that said so (`cue`), and the spans of what they claim."""

    speaker: str
    kind: str
    cue: str
    spans: tuple[Span, ...]
    colon: bool = False
    lines: bool = False  # a heading lead-in: plain lines (not only bullets) are its items


class Found(NamedTuple):
    """One attributed claim: speaker, kind, cue and the span of its words."""

    speaker: str
    kind: str
    cue: str
    span: Span


def attributed_spans(text: str) -> list[Found]:
    """Walk the blocks of a text and return every attributed claim, in block order."""
    ctx = Context(text=text)
    found: list[Found] = []
    pending: Attribution | None = None  # a colon cue waiting for its bulleted items or its quotation
    last: Attribution | None = None  # the previous paragraph's last attribution
    speech_speaker: Who | None = None
    blocks = split_blocks(text)
    release = is_release(text, blocks)
    turn: Turn | None = Turn("", "", 0) if is_transcript(text, blocks) else None
    for block in blocks:
        if release and ends_release(text, block):
            release = False
        if turn is not None and not is_heading(text, block, []):
            label = read_label(text, block, ctx)
            if label is None and (turn.kind == NARRATION or turn.speaker and is_narration(text, block)):
                turn = Turn("", NARRATION, 0)  # "X said after the interview that ...": read as any paragraph
            else:
                turn = label or turn  # "Mayor Jo Roe: ..." until the next label
                if turn.speaker:
                    body = max(turn.body, block.body) if turn.body <= block.end else block.body
                    found += [Found(turn.speaker, turn.kind, "transcript", s) for s in turn_claims(text, body, block.end)]
                continue
        quotes = [q for q in find_speech(text, block) if not _embedded(text, block, q)]
        if pending is not None and (block.bullet or _bare_item(text, block, quotes, pending)):
            found += [Found(pending.speaker, pending.kind, pending.cue, s) for s in split_items(text, (block.body, block.end))]
            continue
        ctx.block += 1
        opened_by = pending.cue if pending is not None and quotes and quotes[0].outer[0] == block.body else ""
        if opened_by:
            speech_speaker = Who(pending.speaker, pending.kind, 0)  # type: ignore[union-attr]
        pending = None
        speech = Speech(text, block, quotes, ctx, speech_speaker, opened_by)
        attributions = [a for a in attribute_sentences(text, block, quotes, ctx, last, speech) if a.spans or a.colon]
        speech.upto(block.end + 1)
        speech_speaker = speech.previous
        found += speech.found
        if not attributions and not quotes and last is not None and last.kind != "person":
            attributions = continue_list(text, block, last)
        if not attributions and not quotes and release:
            attributions = issuer_claims(text, block, ctx)
        for attribution in attributions:
            found += [Found(attribution.speaker, attribution.kind, attribution.cue, s) for s in attribution.spans]
        final = attributions[-1] if attributions else None
        if final is None and is_heading(text, block, quotes):
            final = _heading_lead_in(text, block, ctx)
        pending = final if final is not None and final.colon else None
        last = final if final is not None or quotes else None
    return [_settled(f, ctx) for f in found]


NARRATION = "narration"
"""The kind of the turn after a transcript's narration resumes: its paragraphs are read as any text's."""
FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|our|Our|my|My|us)\b")
"""A speaker's own voice: a paragraph holding it goes on with the turn before."""


def is_narration(text: str, block: Block) -> bool:
    """Say whether an unlabelled paragraph after a turn is the writer's narration, not the turn going on: it
    reports someone (a cue) and never speaks as `I` or `we`."""
    return bool(ANY_CUE_RE.search(text, block.body, block.end)) and not FIRST_PERSON_RE.search(text, block.body, block.end)


def _settled(found: Found, ctx: Context) -> Found:
    """Give a claim its speaker as the whole text names it: a person's full name, a body's final kind."""
    if found.kind == "person":
        return found._replace(speaker=ctx.full_person(found.speaker))
    if found.kind in ("organisation", "inspectorate") and found.speaker in ctx.kinds:
        return found._replace(kind=ctx.kind_of(found.speaker))  # "the watchdog" later made it an inspectorate
    return found


HEADING_LEAD_IN_RE = re.compile(r"(?:[A-Za-z]+\s+){0,2}?(?:key|main|headline)?\s*"
                                r"(?:findings|highlights|facts|points|figures|results)\b", re.IGNORECASE)
"""A heading that announces findings without a colon: `KEY FINDINGS`, `Highlights`, `Financial highlights`."""
MAX_BARE_ITEM_CHARS = 200


def _heading_lead_in(text: str, block: Block, ctx: Context) -> Attribution | None:
    """Read a `KEY FINDINGS` heading as a lead-in: the short lines of figures after it are the speaker's."""
    if not HEADING_LEAD_IN_RE.fullmatch(text, block.body, block.end):
        return None
    cue = " ".join(text[block.body:block.end].split())
    judged = "finding" in cue.lower()  # findings are an inspectorate's; highlights are the body's own
    name = (ctx.focus_org("inspectorate") if judged else None) or ctx.focus_org()
    return Attribution(name, ctx.kind_of(name), cue, (), colon=True, lines=True) if name else None


def _bare_item(text: str, block: Block, quotes: list[Quote], pending: Attribution) -> bool:
    """Say whether a line under a `KEY FINDINGS` heading is one of its items: short, a figure, no cue."""
    return pending.lines and not quotes and block.end - block.start <= MAX_BARE_ITEM_CHARS \
        and has_figure(text, block.body, block.end) and not ANY_CUE_RE.search(text, block.body, block.end)


def issuer_claims(text: str, block: Block, ctx: Context) -> list[Attribution]:
    """Give a release's cue-less sentences of figures to its issuer, the body in focus."""
    issuer = ctx.focus_org()
    if issuer is None or text[block.end - 1] not in ".!\u201d\"":
        return []  # a heading, or nobody to speak
    spans = tuple(s for sentence in split_sentences(text, block.body, block.end)
                  if text[sentence[1] - 1] != "?" and has_figure(text, *sentence)
                  for s in split_items(text, sentence))
    return [Attribution(issuer, ctx.kind_of(issuer), "issued the release", spans)] if spans else []


MAX_HEADING_CHARS = 160
"""A line this short without a full stop is a heading (a headline, a standfirst, a section title)."""


def is_heading(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a block is a heading: short, not a bullet, no quotation, no closing punctuation."""
    line = text[block.start:block.end].rstrip("\"\u201d\u2019'")  # "... says cuts are 'unavoidable'"
    return not block.bullet and not quotes and block.end - block.start <= MAX_HEADING_CHARS \
        and bool(line) and line[-1] not in ".!?:;"


def _embedded(text: str, block: Block, quote: Quote) -> bool:
    """Say whether a quotation sits inside a clause (`created an "unacceptable risk"`), not after a cue."""
    before = text[max(block.body, quote.outer[0] - 30):quote.outer[0]].rstrip()
    if not before or not before[-1].isalnum():
        return False
    return not SPEECH_BEFORE_RE.search(before)


def continue_list(text: str, block: Block, previous: Attribution) -> list[Attribution]:
    """Give a cue-less paragraph that continues an organisation's list to that organisation."""
    if COMMENTARY_RE.search(text, block.body, block.end) or _names_another_body(text, block, previous.speaker):
        return []
    spans = split_items(text, (block.body, block.end))
    enough = len(spans) >= (2 if len(previous.spans) >= 2 else MIN_LIST_ITEMS)
    return [Attribution(previous.speaker, previous.kind, previous.cue, tuple(spans))] if enough else []


def _names_another_body(text: str, block: Block, speaker: str) -> bool:
    """Say whether a paragraph names a body other than a speaker (`Passenger numbers at Dale Airport fell`):
    the writer moved on to another party, so the paragraph does not continue the speaker's list."""
    return any(m.kind == "org" and m.name not in speaker and speaker not in m.name
               for m in find_mentions(text, block.body, block.end))


class Speech:
    """The quotations of a block, given to their speakers in text order as the sentences are read."""

    def __init__(self, text: str, block: Block, quotes: list[Quote], ctx: Context, previous: Who | None,
                 opened_by: str = "") -> None:
        """Hold a block's quotations, the speaker of the quotation before them, and the cue that opened them."""
        self.text, self.block, self.quotes, self.ctx, self.previous = text, block, quotes, ctx, previous
        self.opened_by = opened_by
        self.found: list[Found] = []
        self.done = 0

    def upto(self, offset: int) -> None:
        """Attribute every quotation that opens before an offset and is not attributed yet."""
        start = self.done
        while self.done < len(self.quotes) and self.quotes[self.done].outer[0] < offset:
            self.done += 1
        if self.done > start:
            self.previous, found = attribute_speech(self.text, self.block, self.quotes[start:self.done], self.ctx,
                                                    self.previous, bool(self.found))
            if self.opened_by and start == 0:  # "X said:" ending the paragraph before
                found = [f._replace(cue=self.opened_by) if f.cue == "quotation continues" else f for f in found]
            self.found += found


def attribute_sentences(text: str, block: Block, quotes: list[Quote], ctx: Context,
                        last: Attribution | None, speech: Speech) -> list[Attribution]:
    """Attribute the reported claims of each sentence in a block, outside its quoted speech."""
    holes = [quote.outer for quote in quotes]
    body = text[block.body:block.end]
    register_appositives(text, block.body, block.end, ctx)
    register_acronyms(text, block.body, block.end, ctx)
    if is_heading(text, block, quotes) or not ANY_CUE_RE.search(body) and not body.rstrip().endswith(":") and not CONTINUE_RE.match(body):
        if not (is_heading(text, block, quotes) and BYLINE_RE.search(body)):
            _remember_names(text, (block.body, block.end), holes, ctx)  # a byline's outlet is the writer's
        return []
    attributions: list[Attribution] = []
    for sentence in split_sentences(text, block.body, block.end):
        speech.upto(sentence[0])
        attribution = attribute_sentence(text, sentence, holes, ctx)
        if attribution is None:
            previous = attributions[-1] if attributions else last
            attribution = _continuation(text, sentence, holes, previous) or _lead_in(text, sentence, ctx) \
                or _figures_go_on(text, sentence, holes, attributions[-1] if attributions else None)
        _remember_names(text, sentence, holes, ctx)
        if attribution is not None:
            ctx.spoke(attribution.speaker, attribution.kind)
            attributions.append(attribution)
    return attributions


BYLINE_RE = re.compile(r"^By\s+[A-Z]|\b(?:reporter|correspondent|editor|writer|journalist)s?\b", re.IGNORECASE)
"""A byline (`By Jo Roe`, `Daleham Echo local democracy reporter`): the outlet that writes, not a party."""


def _remember_names(text: str, span: Span, holes: list[Span], ctx: Context) -> None:
    """Register the names said outside quotations (never the audience after `told`), and note the body that
    opens the span as the subject a following `It` means."""
    ctx.subject = None
    for part in subtract(span, holes):
        for mention in find_mentions(text, *part):
            before = text[max(0, mention.start - 10):mention.start]
            if "told" not in before or not TOLD_BEFORE_RE.search(before):
                name = ctx.add(mention)  # "told the Daleham Echo": the audience, never the body in focus
                opens = text[span[0]:mention.start].strip() in ("", "The", "the")
                if opens and mention.kind == "org" and ctx.kinds.get(name) in ("organisation", "inspectorate"):
                    ctx.subject = (name, ctx.block)  # "The Rivers Agency fined the firm. It said": the agency


TOLD_BEFORE_RE = re.compile(r"\btold\s+(?:the\s+)?$")
"""`told the` right before a name: the outlet or audience a claim was told to."""


def _continuation(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Continue the previous speaker: `These included ...`, `Additionally, ...`."""
    match = CONTINUE_RE.match(text, sentence[0], sentence[1])
    if match is None or previous is None or text[sentence[1] - 1] == "?":
        return None
    if text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return Attribution(previous.speaker, previous.kind, match.group().strip(" ,"), (), colon=True)
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, match.group().strip(" ,"), spans)


def _figures_go_on(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Give a cue-less sentence of figures right after a body's claim in the same paragraph to that body."""
    if previous is None or previous.kind == "person" or text[sentence[1] - 1] == "?" \
            or not has_figure(text, *sentence) or COMMENTARY_RE.search(text, *sentence):
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, previous.cue, spans) if spans else None


def _lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read `The key findings were:` or `Highlights include:` as a colon cue of the speaker in focus."""
    speech = SPEECH_BEFORE_RE.search(text, sentence[0], sentence[1])
    if speech is not None and text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        who = speaker_from_region(text, sentence[0], speech.start(), ctx)  # "the Minister continued:"
        return Attribution(who.name, who.kind, speech.group().strip(), (), colon=True) if who else None
    match = LEAD_IN_RE.search(text, sentence[0], sentence[1])
    if match is None:
        return _document_lead_in(text, sentence, ctx) or _person_lead_in(text, sentence, ctx)
    mentions = find_mentions(text, sentence[0], match.start())
    name: str | None
    if mentions:  # "Mayor Jo Bloggs issued the following statement:"
        name = ctx.add(mentions[-1])
        if mentions[-1].kind == "person":
            return Attribution(name, "person", " ".join(match.group().split()), (), colon=True)
    elif FINDINGS_RE.search(text, sentence[0], sentence[1]) and ctx.focus_org("inspectorate"):
        name = ctx.focus_org("inspectorate")
    else:
        name = ctx.focus_org()
    if name is None:
        return None
    return Attribution(name, ctx.kind_of(name), " ".join(match.group().split()), (), colon=True)


DOCUMENT_LEAD_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS)))
"""A document opening a sentence (`The report`, `Its annual review`) whose colon hands it the lines below."""


def _document_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read `The report draws attention to:` as a colon cue of the document's speaker (its publisher)."""
    match = DOCUMENT_LEAD_RE.match(text, sentence[0], sentence[1])
    if match is None or not text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return None
    who = speaker_from_region(text, match.start(), match.end(), ctx)
    cue = " ".join(text[match.end():sentence[1]].split())
    return Attribution(who.name, who.kind, cue, (), colon=True) if who and cue.strip(" :") else None


PERSON_LEAD_RE = re.compile(r"(?:He|She)\b(?:\s+(?:then|also|later|went on to))?\s+[a-z]+")
"""`He then set out the main pressures:`: a person's lead-in without a reporting verb."""


def _person_lead_in(text: str, sentence: Span, ctx: Context) -> Attribution | None:
    """Read `He then set out the pressures on housing:` as a colon cue of the person `he` is."""
    match = PERSON_LEAD_RE.match(text, sentence[0], sentence[1])
    if match is None or not text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        return None
    who = speaker_from_region(text, sentence[0], sentence[0] + len(match.group().split()[0]), ctx)
    cue = " ".join(text[sentence[0] + len(match.group().split()[0]):sentence[1]].split())
    return Attribution(who.name, who.kind, cue, (), colon=True) if who and who.kind == "person" else None


def attribute_sentence(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Find the first reporting cue in a sentence and return who claims what."""
    start, end = sentence
    if text[end - 1] == "?" or not ANY_CUE_RE.search(text, start, end):
        return None  # a question claims nothing; a sentence with no cue word reports nothing
    aside = ASIDE_RE.search(text, start, end)
    if aside and not _inside(aside.start(), holes):
        return _aside(text, sentence, aside, holes, ctx)
    for special in (QUOTED_AS_RE, ACCORDING_RE, INVERTED_RE):
        match = special.search(text, start, end)
        if match and not _inside(match.start(), holes):
            return _named_inside(text, sentence, match, holes, ctx)
    passive = PASSIVE_BY_RE.search(text, start, end) or PASSIVE_RE.search(text, start, end)
    if passive and not _inside(passive.start(), holes):
        judge = ctx.focus_org("inspectorate")
        who = speaker_from_region(text, passive.start("who"), passive.end("who"), ctx) \
            if passive.re is PASSIVE_BY_RE else (Who(judge, "inspectorate", start) if judge else None)
        if who is not None:
            spans = tuple(s for part in subtract((start, end), holes) for s in split_items(text, part))
            return Attribution(who.name, who.kind, " ".join(passive.group().split()[:2]), spans)
    asked = ASKED_RE.match(text, start, end)
    for pattern in (CUE_RE, RECORD_RE):
        for cue in itertools.islice(pattern.finditer(text, start, end), MAX_CUES_PER_SENTENCE):
            if _inside(cue.start(), holes) or (pattern is CUE_RE and _not_a_cue(text, start, cue.start())):
                continue
            if asked and cue.start() < asked.end():
                continue  # "Asked when he expected ..., Jo Roe replied": the question's verb reports nothing
            attribution = _attribute_at(text, sentence, cue, holes, ctx, record=pattern is RECORD_RE)
            if attribution is not None:
                return attribution
    return None


def _attribute_at(text: str, sentence: Span, cue: re.Match[str], holes: list[Span], ctx: Context,
                  record: bool) -> Attribution | None:
    """Attribute a sentence at one cue: the subject before it speaks the words after it (or before it)."""
    start, end = sentence
    negation = NEGATION_RE.search(text[max(start, cue.start() - 20):cue.start()])
    subject_end = cue.start() - len(negation.group()) if negation else cue.start()
    subject_start = max(start, subject_end - MAX_SUBJECT_CHARS)
    who = speaker_from_region(text, subject_start, subject_end, ctx, record=record)
    if who is None:
        return None
    words = " ".join(text[cue.start():cue.end()].split()).rstrip(" :;")
    if text[start:end].rstrip().endswith(":") or not text[cue.end():end].strip(" .;:\u00a0"):
        if text[start:end].rstrip()[-1] in ":;" or cue.group().rstrip()[-1:] in (":", ";"):
            return Attribution(who.name, who.kind, words, (), colon=True)  # a lead-in: the items follow
    if _told_after_quotation(text, (start, end), cue, holes):
        return Attribution(who.name, who.kind, words, ())  # '"...," she told reporters.': the audience, no claim
    keep_verb = negation is not None or cue.group().split()[0].lower() in OBJECT_VERBS
    content: Span = (subject_end if keep_verb else cue.end(), end)
    if TRAILING_RE.fullmatch(text, cue.end(), end):
        content = (start, who.clause_start)  # "Waiting times halved, the trust said in a statement."
        if len(text[start:who.clause_start].split()) < MIN_SPEECH_WORDS:
            content = (start, start)  # "However, the authority said." holds no claim
    closing = TRAILING_CUE_RE.search(text[content[0]:content[1]].rstrip(" .!"))
    if closing is not None:
        content = (content[0], content[0] + closing.start())
    spans = tuple(s for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, words, spans)


def _told_after_quotation(text: str, sentence: Span, cue: re.Match[str], holes: list[Span]) -> bool:
    """Say whether `told` without `that` follows a quotation and its speaker (`"...," Jo Roe told reporters on a
    call`): the quotation is the claim, and the words after `told`, holding no figure, only name its audience."""
    if cue.group().split()[0].lower() not in ("told", "tells") or cue.group().rstrip(" :;").endswith("that") \
            or has_figure(text, cue.end(), sentence[1]):
        return False
    return any(sentence[0] <= end <= cue.start() and "." not in text[end:cue.start()] for _, end in holes)


def _aside(text: str, sentence: Span, match: re.Match[str], holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute a sentence whose cue stands between commas: the words on both sides are the claim."""
    _remember_names(text, (sentence[0], match.start()), holes, ctx)
    who = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    after = (match.end(), sentence[1])
    lead = re.match(r"(?:as|while|but|and|although|though|because)\s+", text[after[0]:after[1]])
    contents = [(sentence[0], match.start()), (after[0] + (lead.end() if lead else 0), after[1])]
    spans = tuple(s for content in contents for part in subtract(content, holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(text[match.end("who"):match.end()].split()).strip(" ,"), spans)


def _named_inside(text: str, sentence: Span, match: re.Match[str], holes: list[Span],
                  ctx: Context) -> Attribution | None:
    """Attribute `According to X, ...`, `..., according to X.` and `quoted X as saying ...`."""
    by_source = match.re is QUOTED_AS_RE and match.group("who").startswith("by ")
    if by_source:  # "Alice Carr was quoted by the Journal as saying": Alice Carr speaks
        who = speaker_from_region(text, sentence[0], match.start(), ctx)
    else:
        who = _forward_possessor(text, sentence, match, ctx) or _backward_possessor(text, sentence, match, ctx) \
            or speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if who is None:
        return None
    before, after = (sentence[0], match.start()), (match.end(), sentence[1])
    relative = RELATIVE_CUE_RE.match(text, after[0], after[1])
    contents = [after] if text[after[0]:after[1]].strip(" .,;:") else [before]
    if relative is not None:  # "..., according to the trust, which said a new centre would open"
        contents = [before, (relative.end(), after[1])]
    if match.re is QUOTED_AS_RE:
        contents = [after]
    spans = tuple(s for content in contents for part in subtract(content, holes) for s in split_items(text, part))
    cue = " ".join(text[match.start():match.start("who")].split())
    return Attribution(who.name, who.kind, cue or "according to", spans)


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
    if not mentions or mentions[0].start != at or mentions[0].kind != "org":
        return None
    name = ctx.add(mentions[0])
    return Who(name, ctx.kind_of(name), match.start())


SUBJECT_RE = re.compile(r"\s*(?:(?:However|But|And|Meanwhile|Overall),?\s+)?(?:[Tt]he\s+)?(?P<noun>[a-z]+)\s")
"""A sentence opening with a reference (`The ombudsman upheld ...`): the body a trailing `its` points back to."""


def _backward_possessor(text: str, sentence: Span, match: re.Match[str], ctx: Context) -> Who | None:
    """Resolve `..., according to its annual review.`: `its` points back to the sentence's subject, a name or a
    reference that opens it (`The ombudsman upheld 82% ...`)."""
    words = match.group("who").lower().split()
    if match.re is not ACCORDING_RE or words[0] not in ("its", "their") or sentence[0] >= match.start() \
            or not any(w in DOCUMENT_NOUNS for w in words[1:]):
        return None
    mentions = find_mentions(text, sentence[0], match.start())
    opening = SUBJECT_RE.match(text, sentence[0], match.start())
    if mentions and text[sentence[0]:mentions[0].start].strip(" ,").lower() not in ("", "the", "however", "but"):
        mentions = []
    if mentions and mentions[0].kind == "org":
        name = ctx.add(mentions[0])
        return Who(name, ctx.kind_of(name), match.start())
    if opening is None or mentions:
        return None
    who = speaker_from_region(text, sentence[0], opening.end("noun"), ctx)
    return who if who is not None and who.kind in ("organisation", "inspectorate") else None


def _inside(offset: int, holes: list[Span]) -> bool:
    """Say whether an offset falls inside one of the holes."""
    return any(start <= offset < end for start, end in holes)


def _not_a_cue(text: str, start: int, offset: int) -> bool:
    """Say whether a cue word is a noun (`the claims`), a passive (`be maintained`) or a relative's verb."""
    words = text[max(start, offset - 40):offset].split()[-2:]
    if not words:
        return False
    if len(words) == 2 and words[-1].endswith("ly") and words[0].lower() in PASSIVE_AUXILIARIES:
        return True  # "was originally expected": a passive, an adverb between
    word = words[-1].lower().strip(",")
    after = text[offset:offset + 40].split()[1:2]
    this = text[offset:offset + 40].split()[0].lower().strip(".,;:")
    if after and after[0].lower() in CUE_VERBS and this in DOCUMENT_NOUNS:
        return True  # "the annual report shows": the noun before the verb
    if this in NOUN_CUES and (not after or after[0].lower().strip(",.;") in NOUN_FOLLOWERS):
        return True  # "its profit forecast for the year": a noun
    if word in ("than", "as") and this in OBJECT_VERBS:
        return True  # "weaker than expected trading"
    return word in NOT_CUE_BEFORE or (word in RELATIVES and text[offset:offset + 12].split()[0].lower() in OBJECT_VERBS)


def attribute_speech(text: str, block: Block, quotes: list[Quote], ctx: Context,
                     previous: Who | None, spoken: bool = False) -> tuple[Who | None, list[Found]]:
    """Give each quotation in a block to its speaker; return the last speaker and the claims."""
    found: list[Found] = []
    for quote in quotes:
        speaker, cue = speech_speaker(text, block, quote, ctx)
        if speaker is None and (quote.outer[0] == block.body or found or spoken) and previous is not None:
            speaker, cue = previous, "quotation continues"
        if speaker is None:
            continue
        previous = speaker
        ctx.spoke(speaker.name, speaker.kind)
        for sentence in split_sentences(text, *quote.inner):
            span = strip_span(text, sentence, " \u00a0\u201c\u201d\"'\u2018\u2019,;:")
            lead = LEADING_CONNECTOR_RE.match(text, *span)
            span = strip_span(text, (lead.end(), span[1])) if lead and lead.end() < span[1] else span
            if len(text[span[0]:span[1]].split()) >= MIN_SPEECH_WORDS:
                found.append(Found(speaker.name, speaker.kind, cue, span))
    return previous, found


def speech_speaker(text: str, block: Block, quote: Quote, ctx: Context) -> tuple[Who | None, str]:
    """Find who says a quotation from the cue before it (`X said:`) or after it (`, he said`)."""
    sentence_start = max(text.rfind(".", block.body, quote.outer[0]) + 1, block.body,
                         quote.outer[0] - MAX_SUBJECT_CHARS)
    before = SPEECH_BEFORE_RE.search(text, sentence_start, quote.outer[0])
    if before:
        who_start = max(text.rfind(mark, sentence_start, before.start()) for mark in "\u201c\u201d\"") + 1
        who = speaker_from_region(text, max(who_start, sentence_start), before.start(), ctx)
        if who is not None:
            return who, " ".join(before.group().split())
    after = SPEECH_AFTER_RE.match(text, quote.outer[1], min(block.end, quote.outer[1] + 120))
    if after:
        group = "who" if after.group("who") else "who_after"
        who = speaker_from_region(text, after.start(group), after.end(group), ctx)
        if who is not None:
            return who, _SPEECH_VERB_RE.search(after.group()).group()  # type: ignore[union-attr]
    return None, ""
