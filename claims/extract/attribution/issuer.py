"""A release's own voice: the issuer's first-person claims, its header fields and the person who delivers it."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..dated_acts import is_dated_act, is_own_act
from ..datelines import dateline_end
from ..entities import find_mentions
from ..items import is_statement, split_items
from ..layout import is_advice
from ..fining_bodies import fining_body, lead_fining_name
from ..full_names import is_ticker
from ..release import CONTACT_RE, DATE_ONLY_RE, DATED_PLACE_RE, OWN_VOICE_BLOCKS, dateline_past, has_figure
from ..speakers import Context, Who
from ..speakers.body_traits import initials_of
from ..text import Block, Quote, Span, line_start, split_sentences
from ..statement import (RUNNING_TEXT_ENDS, in_statement, may_be_signed, may_be_signed_off, quote_marked, signed_off,
                         signed_statement, statement_party)
from ..transcript import read_label
from ..vocabulary import BODY_PEOPLE, CUE_VERBS, ISSUER_CUE, MONTH, any_script, load_words, present_base

from .documents import is_heading
from .lists import advice_lead_in, lead_in_subject
from .patterns import ANNOUNCED_DOCUMENT_RE, ANY_CUE_RE, CUE_RE, DOUBT_RE
from .records import Attribution
from .statement_givers import statement_giver

FIRST_PERSON_SUBJECT_RE = re.compile(r"(?:We|Our(?:\s+[a-z\-]+){1,3})\s+(?:(?:have|has|had|can|did|do|does|will|would|should"
                                     r"|must|may)\s+)?"
                                     r"(?:(?:not|now|also|already|since)\s+)*")
"""A release's own voice opening a sentence: `We have not`, `Our forensic team has also`."""


def issuer_first_person(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution], issuer: str,
                         ctx: Context) -> list[Attribution]:
    """Give a release's first-person reports outside quotation marks (`We would point out that ...`) to its issuer,
    in a paragraph where another party speaks too."""
    taken = [span for attribution in attributions for span in attribution.spans] + [q.outer for q in quotes]
    spans = tuple(s for sentence in _untaken(split_sentences(text, block.body, block.end), taken)
                  if text[sentence[1] - 1] not in "?:" and _issuer_reports(text, sentence) for s in split_items(text, sentence))
    return [Attribution(issuer, ctx.kind_of(issuer), ISSUER_CUE, spans)] if spans else []


def _issuer_reports(text: str, sentence: Span) -> bool:
    """Say whether a release's sentence is the issuer reporting in the first person (`We can confirm that ...`, `Our
    team has found evidence that ...`, `We have not found ...`, `Secondly, we wish to refute claims that ...`), or
    tells an act of its own in the past (`We have agreed to refund the charges`, wave 50v): the whole sentence is the
    issuer's claim."""
    subject = FIRST_PERSON_SUBJECT_RE.match(text, *sentence)
    cue = CUE_RE.match(text, subject.end(), sentence[1]) if subject is not None else None
    return cue is not None and cue.end() < sentence[1] - 1 or OWN_CUE_RE.match(text, *sentence) is not None \
        or is_own_act(text, *sentence)


_BASE_CUES = sorted({present_base(verb) for verb in CUE_VERBS if verb.endswith("s") and " " not in verb} | CUE_VERBS
                    | {"established", "aware"}, key=len, reverse=True)
OWN_CUE_RE = re.compile(
    r"(?:(?:First|Firstly|Secondly|Thirdly|Fourthly|Lastly|Finally|Further|Furthermore|Moreover|However|Also|Meanwhile)"
    r",?[ \t]+)?(?:We|we)[ \t]+(?:(?:are|were|have|had|can|could|do|did|would|must|also|however|further|now|hereby"
    r"|therefore|again|wish[ \t]+to|would[ \t]+like[ \t]+to|want[ \t]+to|been|made)[ \t]+)*"
    rf"(?:{'|'.join(re.escape(v) for v in _BASE_CUES)})"
    r"(?:[ \t]+(?:claims|reports|allegations|suggestions|assertions|rumou?rs))?[ \t]+that\b")
"""A body's own voice reporting as `we` with a cue and `that` (`We are however aware that`, `We established that`,
`Secondly, we wish to refute claims that`): every reporting verb in the form `we` takes (wave 48f)."""


def own_voice_release(text: str, blocks: list[Block]) -> bool:
    """Say whether a text with no release header is still a body's own release: one of its first paragraphs, outside
    quotation marks, reports as `we` (`We established that ...`; wave 48f)."""
    return any(not block.bullet and not quote_marked(text, block.body, block.end)
               and any(OWN_CUE_RE.match(text, *sentence) for sentence in split_sentences(text, block.body, block.end))
               for block in blocks[:OWN_VOICE_BLOCKS])


def statement_opened(text: str, blocks: list[Block], index: int, ctx: Context) -> str | None:
    """Return the person a statement's heading names when the paragraph after it is the statement (unquoted, in the
    first person), or who signs the first-person paragraphs a block opens (`— Jo Roe` under them); else None
    (`Message from Jo Roe:` over a quotation is read as a colon cue, a heading with no colon over a quotation run over
    paragraphs is the statement, wave 54q; a transcript whose first turn is labelled, `Jo Roe,
    Official Spokesperson: ...`, names each turn's speaker itself, wave 49v)."""
    heading = statement_party(text, blocks[index])
    below = index + 1
    while heading is not None and below + 1 < len(blocks) and below - index <= MAX_CHROME_LINES \
            and (date_only(text, blocks[below]) or is_chrome_line(text, blocks[below])
                 or below == index + 1 and subject_line(text, blocks[index], blocks[below])):
        below += 1  # "Ministerial Statement by X", "Mar 25, 2020" (47v) or "Published", "3 minute read", the statement
    if heading is None or below >= len(blocks) or read_label(text, blocks[below]) is not None \
            or not (in_statement(text, blocks[below])
                    or heading.kind == "person" and (plain_paragraph(text, blocks[below])
                                                     or text[blocks[index].end - 1] != ":"
                                                     and running_quotation(text, blocks[below]))):
        signed = signed_statement(text, blocks, index) if may_be_signed(text) and in_statement(text, blocks[index]) \
            else None
        return ctx.add(signed) if signed is not None else None  # first-person paragraphs signed `— Jo Roe`
    return ctx.add(heading)


GREETINGS: frozenset[str] = load_words("greetings")
"""Greetings that may stand alone as a statement's first line (wave 48f)."""
MAX_CHROME_LINES = 2
"""How many lines of a web page's furniture may stand between a statement's heading and the statement."""
MAX_CHROME_WORDS = 4
"""A line of page furniture (`Published`, `3 minute read`, `Share this page`) is a few words."""


def is_chrome_line(text: str, block: Block) -> bool:
    """Say whether a line is a web page's furniture under a heading (`Published`, `3 minute read`): a few words, no
    full stop, colon or comma (`Dear member,` opens a letter), no cue; or a greeting alone (`Kia ora.`, 48f); or an
    editor's note in square brackets over a few words at most (`[This is a rush transcript] Good afternoon,`, 49v)."""
    words = text[block.body:block.end].split()
    return not block.bullet and (0 < len(words) <= MAX_CHROME_WORDS and (
        text[block.end - 1] not in RUNNING_TEXT_ENDS and CUE_RE.search(text, block.body, block.end) is None
        or is_greeting(text, block)) or _bracketed_note(text, block))


def _bracketed_note(text: str, block: Block) -> bool:
    """Say whether a line is an editor's note in square brackets (`[Rush transcript]`), a greeting of a few words at
    most after it (`Good afternoon,`)."""
    closing = text.find("]", block.body, block.end) if text.startswith("[", block.body) else -1
    return closing > 0 and len(text[closing + 1:block.end].split()) <= MAX_CHROME_WORDS


def is_greeting(text: str, block: Block) -> bool:
    """Say whether a paragraph is a greeting alone (`Good morning.`, `Bula vinaka!`; `data/greetings.txt`)."""
    return text[block.body:block.end].strip(" \t.!,").lower() in GREETINGS


def plain_paragraph(text: str, block: Block) -> bool:
    """Say whether a paragraph may go on with a person's statement set out under a heading that names her, though in
    the third person (`STATEMENT FROM CHIEF JO ROE` over `The department received information that ...`: a police
    chief's statement speaks of her force by name, wave 47e): prose, no quotation, no cue of its own, no heading."""
    return not block.bullet and text[block.end - 1] in ".!" and len(text[block.body:block.end].split()) > MAX_CHROME_WORDS \
        and not quote_marked(text, block.body, block.end) \
        and CUE_RE.search(text, block.body, block.end) is None


OPENING_MARKS = "\"\u201c"
"""The marks a quotation opens with, straight and curly."""
CLOSING_MARKS = "\"\u201d"
"""The marks it closes with."""


def running_quotation(text: str, block: Block) -> bool:
    """Say whether a paragraph under a heading that names a person's speech goes on with it as one quotation run over
    paragraphs (`\u201cExcellencies, ...` with no closing mark, or one only at its very end; a UN agency's remarks page,
    wave 54q), a dateline before it allowed: the speaker's own words, no one else's."""
    start = dateline_end(text, block.body, block.end) or _quoted_dateline_end(text, block) or block.body
    inner = text[start + 1:block.end - 1]
    return not block.bullet and text[start] in OPENING_MARKS and text[block.end - 1] in ".!" + CLOSING_MARKS \
        and not any(mark in inner for mark in OPENING_MARKS + CLOSING_MARKS)


QUOTED_DATELINE_RE = re.compile(r"[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2}"
                                r"[ \t]+[\u2014\u2013\-]{1,2}[ \t]*(?=[\"\u201c])")
"""A place and its dash right before a quotation's opening mark (`LOWMARSH \u2013 \u201cThank you`; in capitals and
small letters too, `Port Elm DC \u2013 \u201cThe members`, wave 69e)."""


def _quoted_dateline_end(text: str, block: Block) -> int | None:
    """Return where a dateline of a place alone ends before a quotation that opens a paragraph, else None."""
    found = QUOTED_DATELINE_RE.match(text, block.body, block.end)
    return found.end() if found is not None else None


def subject_line(text: str, heading: Block, block: Block) -> bool:
    """Say whether a line right under a statement's heading closing on a colon is the statement's subject, a headline
    (`Statement by the Governor, Mr Jo Roe:` over `Press Reporting of Comments Made in Brisbane`, wave 52q): a few
    words, no sentence's end, no cue."""
    return text[heading.end - 1] == ":" and not block.bullet and text[block.end - 1] not in RUNNING_TEXT_ENDS \
        and len(text[block.body:block.end].split()) <= MAX_SUBJECT_WORDS \
        and CUE_RE.search(text, block.body, block.end) is None


MAX_SUBJECT_WORDS = 12
"""A statement's subject line under its heading is a headline of a few words."""


def date_only(text: str, block: Block) -> bool:
    """Say whether a paragraph is a date alone (`Mar 25, 2020`), as under a statement's heading."""
    return not block.bullet and DATE_ONLY_RE.fullmatch(text[block.body:block.end].strip()) is not None


def bridges_statement(text: str, blocks: list[Block], index: int) -> bool:
    """Say whether a paragraph in the third person stands between two paragraphs of a statement in the first person
    (`The plan set a target of ...` between `I want to thank ...` and `We have made great strides ...`): with no
    quotation and no cue of its own, and the statement speaking as I or we again right after it, it is still the
    statement, not the writer's narration resuming."""
    block = blocks[index]
    return index + 1 < len(blocks) and not block.bullet and text[block.end - 1] in ".!" \
        and not quote_marked(text, block.body, block.end) \
        and CUE_RE.search(text, block.body, block.end) is None and in_statement(text, blocks[index + 1])


def foreword_voice(text: str, blocks: list[Block], index: int, ctx: Context) -> Who | None:
    """Return the person who signs off the first-person paragraphs a block opens (`Jo Roe` over `Chair` under them,
    wave 33f): the voice of those paragraphs, whose cue-less figures are hers; else None."""
    if not may_be_signed_off(text) or not in_statement(text, blocks[index]):
        return None  # the cheap tests first: a name over a post somewhere in the text, then this paragraph's `we`
    signer = signed_off(text, blocks, index)
    return Who(ctx.add(signer), "person", blocks[index].body) if signer is not None else None


def signer_claims(text: str, block: Block, ctx: Context, signer: Who, answer: bool = False) -> list[Attribution]:
    """Give a signed-off foreword's cue-less items of figures to its signer, as a release's to its issuer, each item
    holding a figure of its own or telling a dated act of the writer's (`In May we opened ...`, wave 41e) or an undated
    one (`We closed the upper floor`, 50v): the asides a foreword sets beside its figures are the writer's feelings
    (`..., and nobody should have to hear that`), never her record."""
    acts = [sentence for sentence in split_sentences(text, block.body, block.end) if is_own_act(text, *sentence)]
    return [a._replace(spans=tuple(s for s in a.spans if has_figure(text, *s) or is_dated_act(text, *s)
                                   or any(start <= s[0] < end for start, end in acts)))  # "We closed A and moved B"
            for a in issuer_claims(text, block, ctx, signer, None, answer)]


def first_body(ctx: Context, masthead: str | None = None) -> str | None:
    """Return a release's issuer: the body its header names alone on a line, else the one body it shows fining
    someone, else the first body that spoke in it, else the body in focus (never a party quoted later, such as a
    union's response)."""
    if masthead is not None:
        return masthead
    fining = fining_body(ctx.text, ctx.orgs)
    if fining is not None and ctx.kinds.get(fining) == "inspectorate":
        return fining  # "the Central Bank reprimanded and fined Brenair": the regulator's release, never the firm's
    lead = lead_fining_name(ctx.text) if fining is None else None
    if lead is not None and ctx.kinds.get(ctx.full_org(lead)) != "person":
        return ctx.inspectorate_named(lead)  # "Ofcom has today fined X Ltd": Ofcom's release, never X's (wave 20b)
    first = next((name for name in ctx.said if ctx.kinds.get(name) in BODY_KINDS
                  and name in ctx.org_speakers), None)  # in the order they first spoke (`said`), not the least recent
    if ctx.signed_page:  # a page its own only by signs (57b): never a ticker ("Streamhaven, Inc. (NASDAQ: SHVN) today
        # reported"), and before anyone speaks the first body its prose names, not the latest or a bullet's ("Diluted EPS
        # of $0.81")
        first = first or _first_prose_body(ctx)
        return None if first is None or is_ticker(ctx.text, first) else first
    return first or ctx.focus_org()


def _first_prose_body(ctx: Context) -> str | None:
    """Return the first body a text names in a paragraph of sentences (no heading, no bullet), past its dateline
    (`CLINTON, Conn., Jan. 18, 2018 --` names a place)."""
    prose = [(dateline_past(ctx.text, block) or block.start, block.end) for block in ctx.text_blocks()
             if not block.bullet and ctx.text[block.end - 1] in ".!?"]
    return next((mention.name for mention in ctx.bodies_named()
                 if any(start <= mention.start < end for start, end in prose)), None)


VOICE_LINE_RE = any_script(re.compile(r"[ \t]*(?:Delivered|Statement|Speech|Remarks|Address|Evidence|Oral\s+statement"
                                      r"|Written\s+statement|Made)\s+(?:given\s+)?by(?:[ \t]*:)?\s+(?=[A-Z])"))
"""A release's header naming the person whose words it is: `Delivered by Ann Holt, Minister for Transport`, or a
statement's field (`Made by: Ann Holt MP, Minister for Resilience`, wave 21a)."""


def release_voice(text: str, blocks: list[Block], ctx: Context) -> Who | None:
    """Return the person a release's header says delivers it (`Delivered by X`, `Speech by X`), if any."""
    for block in blocks[:HEADER_VOICE_BLOCKS]:
        line = VOICE_LINE_RE.match(text, block.body, block.end)
        mentions = find_mentions(text, line.end(), block.end) if line else []
        if mentions and mentions[0].start == line.end() and mentions[0].kind == "person":  # type: ignore[union-attr]
            return Who(ctx.add(mentions[0]), "person", block.body)
        giver = statement_giver(text, block.body, block.end) if line is None else None
        if giver is not None:  # "President of X, Shri Jo Roe issued a statement": hers (54f)
            return Who(ctx.add(giver), "person", block.body)
    return None


HEADER_VOICE_BLOCKS = 4
"""How many opening blocks may name who delivers a statement."""


def issuer_claims(text: str, block: Block, ctx: Context, voice: Who | None = None,
                  masthead: str | None = None, answer: bool = False) -> list[Attribution]:
    """Give a release's cue-less sentences of figures, and the bullets after a cue-less lead-in, to its issuer (or
    to the person its header says delivers it); a lead-in's earlier sentences in the issuer's own voice too (50v)."""
    issuer = voice.name if voice is not None else first_body(ctx, masthead)
    if text[block.end - 1] == ":" and not is_heading(text, block, []):
        if advice_lead_in(text, block):
            return []  # "Residents can:", "Customers should:": advice, not the issuer's record
        subject = lead_in_subject(text, block, ctx)  # "To keep care safe, St. Jude's has:"
        first = issuer
        named = subject or issuer
        kind = "person" if voice is not None and not subject else ctx.kind_of(named) if named else ""
        own = tuple(s for sentence in split_sentences(text, block.body, block.end)[:-1]  # the lead-in itself last
                    if _issuer_reports(text, sentence) or is_dated_act(text, *sentence)
                    for s in split_items(text, sentence)) if first is not None else ()
        told = [Attribution(first, "person" if voice is not None else ctx.kind_of(first), ISSUER_CUE, own)] \
            if own and first is not None else []  # "We have raised it since 2023. In that time:": the issuer's (50v)
        issuer = named
        if first is not None and _signed_body(first, ctx) and not subject:
            return told  # a page its own only by signs: "Busiest days since 2022:" over a table, "The regulator
            # examined 120 reports to assess:" over its method, are nobody's (57b)
        return told + [Attribution(issuer, kind, ISSUER_CUE, (), colon=True)] if issuer else told
    if issuer is None or text[block.end - 1] not in ".!\u201d\"" and not block.bullet or header_fields(text, block):
        return []  # a heading, a header's fields (`Date issued: 4 May`), or nobody to speak (a bullet of figures needs no full stop)
    spans = tuple(s for sentence in split_sentences(text, block.body, block.end)
                  if text[sentence[1] - 1] != "?" and (has_figure(text, *sentence) or answer and DATE_RE.search(text, *sentence) is not None or _issuer_reports(text, sentence)
                                                  or is_dated_act(text, *sentence))
                  and not DOUBT_RE.search(text, *sentence) and not CONTACT_RE.search(text, *sentence)
                  and not _announces_document(text, sentence) and not is_advice(text, sentence)
                  and (not _signed_body(issuer, ctx) or issuer_subject(text, sentence, issuer, ctx))
                  for s in split_items(text, sentence))
    kind = "person" if voice is not None else ctx.kind_of(issuer)
    return [Attribution(issuer, kind, ISSUER_CUE, spans)] if spans else []


DATE_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+(?:\d{{1,2}}\b|\d{{4}})")
"""A date (`12 April`, `June 2028`, `April 12`): in an answer to a question of a release, a checkable claim (23c)."""


def answers_question(text: str, blocks: list[Block], index: int) -> bool:
    """Say whether a paragraph answers the question standing as the paragraph before it (`When will the work
    start?`, `3. Who is paying?`): a release's questions-and-answers layout."""
    return index > 0 and text[blocks[index - 1].start:blocks[index - 1].end].rstrip().endswith("?")


ANNOUNCES_RE = re.compile(r"\b(?:announces|announced|publishes|published|reports|reported|issues|issued)\b")
"""The verb of a release's opening line that names the document it announces."""


def _announces_document(text: str, sentence: Span) -> bool:
    """Say whether a sentence only announces the document (`X today announces its results for the 52 weeks ended
    31 January`): its figures are the document's dates, no claim."""
    verb = ANNOUNCES_RE.search(text, *sentence)
    return verb is not None and ANNOUNCED_DOCUMENT_RE.fullmatch(text, verb.end(), sentence[1]) is not None


FIELD_LINE_RE = any_script(re.compile(r"^[ \t]*[A-Z][\w'\u2019()&\- ]{0,30}:[ \t]", re.MULTILINE))
"""A header's field line (`Recall reference: MR/17`, `Action: ...`)."""


def header_fields(text: str, block: Block) -> bool:
    """Say whether a paragraph is one of a header's field lines (`Label: value` right under another): no sentence of
    it is a claim of the issuer."""
    if not FIELD_LINE_RE.match(text, block.start, block.end):
        return False
    before = line_start(text, max(0, block.start - 1))
    return block.start - before <= 200 and FIELD_LINE_RE.match(text, before, block.start) is not None


def issuer_sentences(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution], issuer: str,
                      ctx: Context, beside_others: bool = False) -> list[Attribution]:
    """Give a release's cue-less sentences of figures in a paragraph that also reports someone (`There were 2,104
    burglaries. The force said ...`) to its issuer, as in a paragraph without any cue; `beside_others` (a signed
    foreword's paragraph, wave 36a) gives them to it even where another party speaks in the paragraph."""
    if not beside_others and any(attribution.speaker != issuer and (attribution.spans or not attribution.colon)
                                 for attribution in attributions):
        return []  # another party speaks in the paragraph: its cue-less figures may be that party's (not when it only
        # opens a list below: "The council forecasts X. Mr Roe's report identifies three causes:")
    taken = [span for attribution in attributions for span in attribution.spans] + [q.outer for q in quotes]
    spans = tuple(s for sentence in _untaken(split_sentences(text, block.body, block.end), taken)
                  if text[sentence[1] - 1] not in "?:" and (has_figure(text, *sentence) or is_dated_act(text, *sentence))
                  and not ANY_CUE_RE.search(text, *sentence) and not DOUBT_RE.search(text, *sentence)
                  and not (beside_others and TOLD_WRITER_RE.search(text, *sentence))
                  and (not _signed_body(issuer, ctx) or issuer_subject(text, sentence, issuer, ctx))
                  for s in split_items(text, sentence))
    return [Attribution(issuer, ctx.kind_of(issuer), ISSUER_CUE, spans)] if spans else []


def released_sentences(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution],
                       giver: Who) -> list[Attribution]:
    """Give the sentences of a paragraph below `X released the following statement.` that no cue claimed to X, each a
    claim as a statement's are (wave 49v): X's statement set out unquoted, in the third person (`HRM was only advised
    late yesterday that ...`, `The municipality intends to ...`); questions and lead-ins claim nothing."""
    taken = [span for attribution in attributions for span in attribution.spans] + [q.outer for q in quotes]
    spans = tuple(item for sentence in _untaken(split_sentences(text, block.body, block.end), taken)
                  if text[sentence[1] - 1] not in "?:" for item in split_items(text, sentence)
                  if is_statement(text[item[0]:item[1]]))
    return [Attribution(giver.name, giver.kind, RELEASED_CUE, spans)] if spans else []


RELEASED_CUE = "statement"
"""The cue of a sentence of a statement released below its lead-in."""


TOLD_WRITER_RE = re.compile(r"\b(?:tells?|told)[ \t]+(?:me|us)\b")
"""What others tell a foreword's writer (`Our curators tell me that we lost 63 accessions`): theirs, never hers."""


def _untaken(sentences: list[Span], taken: list[Span]) -> list[Span]:
    """Return the sentences (in text order) that no taken span overlaps, in one pass over both."""
    taken = sorted(taken)
    free: list[Span] = []
    index = 0
    for start, end in sentences:
        while index < len(taken) and taken[index][1] <= start:
            index += 1
        if index == len(taken) or taken[index][0] >= end:
            free.append((start, end))
    return free


def issuer_people(text: str, attributions: list[Attribution], issuer: str, ctx: Context) -> list[Attribution]:
    """Give the claims of a release's bare `Investigators`, `Detectives` (a body's own people, no body named for them,
    so left unresolved) to its issuer: in a police force's own release its detectives' belief is the force's (52a);
    never people who told the issuer (`Officials told us`: another body's)."""
    return [attribution._replace(speaker=issuer, kind=ctx.kind_of(issuer))
            if attribution.kind == "unresolved" and attribution.speaker.lower() in BODY_PEOPLE
            and not any(TOLD_WRITER_RE.search(text, max(0, start - 8), start + 3) for start, _ in attribution.spans)
            else attribution for attribution in attributions]


OPENER_RE = re.compile(r"[^,;:\n\"\u201c]{1,%d},[ \t]+" % 60)
"""A sentence's opening phrase before its subject (`In 2017, `, `Through the programme, `)."""
CONDITION_RE = re.compile(r"(?:If|Unless|Should|Once|Where|When|Whether)\b")
"""A sentence opening on a condition (`If we confirm our findings, ...`)."""
OWN_SUBJECT_RE = re.compile(r"(?:[Ww]e|[Oo]ur)\b")
"""The issuer's own first person as a subject."""
REFERENCE_RE = re.compile(r"[Tt]he[ \t]+(?P<head>[A-Za-z]+)\b(?![\'\u2019])")
"""A short reference to a body (`The company`, `the Trust`), never its possessive (`The college's survey was
completed by ...`: the survey is the subject, wave 58a)."""


def _signed_body(issuer: str, ctx: Context) -> bool:
    """Say whether the issuer is a body on a page its own only by signs (wave 57b); a signer or a voice speaks as before."""
    return ctx.signed_page and ctx.kind_of(issuer) != "person"


def issuer_subject(text: str, sentence: Span, issuer: str, ctx: Context) -> bool:
    """Say whether a sentence tells of the issuer as its subject (`Connecticut Water has replaced 7.5 percent`, `In
    2017, we invested $17 million`, `The council delivered 400 homes`): on a page its issuer's own only by signs
    (wave 57b), such a sentence is the issuer's claim and any other one narration."""
    dated = DATED_PLACE_RE.match(text, *sentence)  # "Brannock, 3 March 2031 \u2013 Brannock District Council has ..."
    starts = [sentence[0] if dated is None else dated.end()]
    if CONDITION_RE.match(text, starts[0], sentence[1]):
        return False  # "If we confirm our findings, we can fine it": a condition, no act of its own
    opener = OPENER_RE.match(text, starts[0], sentence[1])
    if opener is not None:
        starts.append(opener.end())
    return any(_names_issuer(text, start, sentence[1], issuer, ctx) for start in starts)


def _names_issuer(text: str, start: int, end: int, issuer: str, ctx: Context) -> bool:
    """Say whether text from start names the issuer first: `we`, `our`, its name or acronym, or `the <head>` for it."""
    if OWN_SUBJECT_RE.match(text, start, end):
        return True
    mentions = find_mentions(text, start, min(end, start + MAX_SUBJECT_CHARS))
    if mentions and mentions[0].kind == "org" and not mentions[0].possessive \
            and text[start:mentions[0].start].strip() in ("", "The", "the") \
            and (issuer in (mentions[0].name, ctx.full_org(mentions[0].name)) or mentions[0].name == initials_of(issuer)):
        return True
    reference = REFERENCE_RE.match(text, start, end)
    return reference is not None and ctx.resolve_reference(reference.group("head")) == issuer


MAX_SUBJECT_CHARS = 120
"""How far from a sentence's start its subject's name may run."""
