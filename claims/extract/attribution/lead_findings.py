"""A news report led by a source's findings reads out that source's figures below (wave 68c).

A report that opens on what a named source found (`The Harbour Board's annual report shows ...`, `Figures published
by X found ...`) often goes on, paragraph after paragraph, with the source's figures in plain sentences of their own
and no cue (`Complaints about repairs rose to 412.`). Those sentences are the lead source's claims: the writer reads
out one source. The run starts after the lead's paragraph and goes on while each paragraph gives such a sentence or
is the lead source's own; it ends at a paragraph where another party speaks or one of narration with no figure. A
sentence naming another party (`Orrin Coaches, which runs 14 routes, carried ...`) or a person, a question, a
quotation or a table's row is left alone. On an issuer's own page its cue-less figures are already the issuer's
(`release`), so this reads news reports only; a lead source read only by a common noun (`the figures show`) gives
nothing.

Guards (wave 69x; the guide: a person's read-out figures stop at their paragraph, the writer's weighing of a source's
figures and narration about the source are nobody's): a person's lead reads out nothing below its paragraph; a sentence
that weighs the figures (`While the figures were the worst ...`, `That is the highest since ...`, `It is not clear
...`), one opening on another kind of body (`The government has set aside ...`), one telling how the source did its
work (`The study by X looked at 40 towns`, `Volunteers from X compared 90 products`; `data/method_verbs.txt` beside
`data/research_verbs.txt`), one with the source's own name as its subject doing something other than recording (`X will
cut two posts`; `X recorded 2,140` goes on) and one whose next sentence names the figures' own source (`That is
according to Y`) are no figures of the lead source's.
"""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..items import split_items
from ..release import FIGURE_RE, NUMBER_WORD_RE, has_figure
from ..speakers import Context
from ..speakers.lead_documents import RECORDING_VERBS, RESEARCH_VERBS
from ..statement import quote_marked
from ..text import Block, Span, split_sentences
from ..vocabulary import ARTICLES, ORG_REFERENCES, PERSON_PRONOUNS, PUBLIC_HEADS, load_words, verb_alternation

from .continuation import CONTRAST_OPENING_RE, DOCUMENT_CUE_RE, FIGURE_REFERENCE_RE, POINTS_BACK_RE, \
    WRITER_OPENING_RE, other_body_opens, topic_words
from .documents import is_heading
from .patterns import ANY_CUE_RE, is_commentary
from .records import Found

LEAD_BLOCKS = 4
"""How many opening paragraphs (the headline, a standfirst, the lead) may hold the finding that leads the report."""
FINDING_CUES: frozenset[str] = load_words("finding_cues")
"""The cues of a source telling what it found (`shows`, `found that`, `revealed`; `data/finding_cues.txt`)."""
UNNAMED_OPENERS: frozenset[str] = ARTICLES | load_words("unnamed_openers")
"""Words opening a source read by a common noun (`the figures`, `These results`, `New data`; `data/unnamed_openers.txt`):
such a source names no one whose figures the report reads out."""
DESCRIBED_PARTY_RE = re.compile(r",[ \t]+(?:which|who|whose)[ \t]")
"""A party described in an aside (`Orrin Coaches, which runs 14 routes,`): the sentence is about that party."""
PERSON_PRONOUN_RE = re.compile(rf"\b(?i:{verb_alternation(PERSON_PRONOUNS)})\b")
"""A person's pronoun (`He was fined £4,800`): the sentence tells of a person, never the source's figures."""
RULE_RE = re.compile(r"Under[ \t]+(?:the|its|their|a|an|new|current)\b[^,.]{0,60},"
                     r"|.*?\b(?:must|cannot|can't|should|shall)[ \t]")
"""A rule, not a finding: a sentence set in a rule's frame (`Under the rules, suppliers may bill 12 months back`) or
saying what must be done (`Every angler over 16 must buy a permit`, `Firms cannot charge more than 12 months`)."""
LABEL_RE = re.compile(r"[A-Z][\w .]{0,20}:[ \t]")
"""A label opening a line (`Q: ...`, `Note: ...`): an interview's turn or a note, not the writer reading out a source."""
PERSON_KINDS = frozenset({"person"})
"""Kinds of a lead source whose figures stop at their paragraph: a person's read-out figures go no further."""
WEIGHED_RE = re.compile(r"(?:That|This|It|These|Those)(?:['\u2019]s|[ \t]+(?:is|was|are|were|remains|remained|marks|marked"
                        r"|represents|represented|means|meant|makes|made|puts|put|compares|compared)\b)")
"""A sentence weighing what came before by a pronoun for it (`That is the highest since 2019`, `It was the third rise in a
row`, `This means ...`): the writer's, no figure the source gave."""
METHOD_VERBS: frozenset[str] = (RESEARCH_VERBS | load_words("method_verbs")) - FINDING_CUES - RECORDING_VERBS
"""Verbs telling how a source did its work (`examined`, `looked at`, `surveyed`, `compared`, `carried out`;
`data/research_verbs.txt`, `data/method_verbs.txt`), never its cues of findings nor a verb of recording a count."""
METHOD_RE = re.compile(rf"\b(?i:{verb_alternation(METHOD_VERBS)})\b")
"""A verb of how the work was done (`The study by X looked at 40 towns`): the writer's account of method."""
RECORDING_RE = re.compile(rf"[ \t]+(?:(?:also|has|have|had|now)[ \t]+)*(?i:{verb_alternation(RECORDING_VERBS)})\b")
"""A verb of recording a count right after the source's name (`X recorded 2,140 burglaries`, `X has logged`)."""
REFERENCE_NOUNS: frozenset[str] = ORG_REFERENCES | PUBLIC_HEADS
"""Nouns a sentence opens on to refer to another body (`The government`, `The council`), not the heads of trade names a
source's figures count things by (`The ferries carried 412,000 passengers`)."""
YEAR_RE = re.compile(r"(?:19|20)\d\d\b(?![,.]\d)")
"""A year (`2023`): a date, not a count."""
OPENING_ARTICLE_RE = re.compile(r"(?:The|the)[ \t]+")
"""An article a sentence may open with before a name (`The Harbour Board will ...`)."""


def lead_finding_claims(text: str, blocks: list[Block], found: list[Found], ctx: Context) -> list[Found]:
    """Give a news report's cue-less sentences of figures below a lead that tells a named source's findings to that
    source, paragraph by paragraph, until another party speaks or a paragraph gives no such sentence."""
    if ctx.release or ctx.signed_page or len(blocks) <= 1:
        return []
    lead = _lead_finding(blocks, found)
    if lead is None or lead.kind in PERSON_KINDS:
        return []  # a person's read-out figures stop at their paragraph
    given: list[Found] = []
    shown = topic_words(text[lead.span[0]:lead.span[1]]) if DOCUMENT_CUE_RE.fullmatch(lead.cue.lower()) else None
    for block in blocks[_block_of(blocks, lead.span[0]) + 1:]:
        own = [f for f in found if block.start <= f.span[0] < block.end]
        if any(f.speaker != lead.speaker for f in own):
            break  # another party speaks: the source's run is over
        if own or is_heading(text, block, []) or quote_marked(text, block.start, block.end):
            continue
        sentences = [s for s in split_sentences(text, block.body, block.end) if _source_figures(text, s, lead.speaker)]
        if shown is not None:  # figures a document shows go on only by a word of theirs (continuation, 48v)
            sentences = [s for s in sentences if shown & topic_words(text[s[0]:s[1]])]
            shown |= {word for s in sentences for word in topic_words(text[s[0]:s[1]])}
        if not sentences:
            break  # a paragraph of narration with no figure of the source's: the writer has moved on
        given += [Found(lead.speaker, lead.kind, lead.cue, part) for s in sentences for part in split_items(text, s)]
    return given


def _lead_finding(blocks: list[Block], found: list[Found]) -> Found | None:
    """Return the first claim of a report's opening paragraphs that tells what a source found, when that source is
    named, else None."""
    opening = [f for f in found if f.span[0] < blocks[min(LEAD_BLOCKS, len(blocks)) - 1].end and finding_cue(f.cue)]
    first = min(opening, key=lambda f: f.span[0], default=None)
    return first if first is not None and named_source(first.speaker, first.kind) else None


def finding_cue(cue: str) -> bool:
    """Say whether a cue tells what a source found (`shows`, `found that`, `Revealed`)."""
    return cue.strip().lower() in FINDING_CUES


def named_source(speaker: str, kind: str) -> bool:
    """Say whether a speaker is a source the text names: resolved, written with a capital, not opened by an article or
    by a word that makes a common noun of it (`the figures`, `New data`)."""
    words = speaker.split()
    return kind != "unresolved" and bool(words) and words[0][:1].isupper() and words[0].lower() not in UNNAMED_OPENERS


def _block_of(blocks: list[Block], at: int) -> int:
    """Return the index of the paragraph holding a point."""
    return next((index for index, block in enumerate(blocks) if at < block.end), len(blocks) - 1)


def _source_figures(text: str, sentence: Span, source: str) -> bool:
    """Say whether a sentence is a plain statement of figures the source may have given: a figure, no question, no
    cue, no quotation, no table's row, no rule, no label, no party described in an aside, no person (by name or pronoun),
    no party but the source named, and neither the writer's weighing nor narration about the source."""
    start, end = sentence
    if not (text[end - 1] not in "?:" and has_figure(text, start, end) and ANY_CUE_RE.search(text, start, end) is None
            and "|" not in text[start:end] and not quote_marked(text, start, end)
            and DESCRIBED_PARTY_RE.search(text, start, end) is None and PERSON_PRONOUN_RE.search(text, start, end) is None
            and RULE_RE.match(text, start, end) is None and LABEL_RE.match(text, start, end) is None
            and not weighs_figures(text, sentence) and not other_body_opens(text, sentence, source, REFERENCE_NOUNS)
            and not tells_method(text, sentence)):
        return False
    mentions = find_mentions(text, start, end)  # read once: for the source's own acts and for any other party
    return not _source_acts(text, sentence, source, mentions) \
        and POINTS_BACK_RE.match(text[end:end + 80].lstrip(" ")) is None \
        and all(_within(mention.name, source) and mention.kind != "person" for mention in mentions)


def weighs_figures(text: str, sentence: Span) -> bool:
    """Say whether a sentence is the writer weighing figures already given: a contrast or concession opening it (`While
    the figures were the worst since 2019, ...`, `But ...`), the figures or a pronoun for them as its subject (`The
    figures were a record`, `That is the highest since 2019`), the writer's doubt (`It is not clear ...`) or other
    commentary."""
    start, end = sentence
    return CONTRAST_OPENING_RE.match(text, start, end) is not None or WRITER_OPENING_RE.match(text, start, end) is not None \
        or WEIGHED_RE.match(text, start, end) is not None or FIGURE_REFERENCE_RE.match(text, start, end) is not None \
        or is_commentary(text, start, end)


def tells_method(text: str, sentence: Span) -> bool:
    """Say whether a sentence tells how the work was done before it gives any figure (`The study by X looked at 40
    towns`, `Volunteers from X compared 90 products`, `Inspectors visited over three weeks`)."""
    start, end = sentence
    verb = METHOD_RE.search(text, start, end)
    return verb is not None and _first_figure(text, start, end) >= verb.start()


def _first_figure(text: str, start: int, end: int) -> int:
    """Return where a sentence's first figure that is no year starts (`in 2023` dates the work), its end when none."""
    found = [m.start() for pattern in (FIGURE_RE, NUMBER_WORD_RE) for m in pattern.finditer(text, start, end)
             if YEAR_RE.match(text, m.start()) is None]
    return min(found, default=end)


def _source_acts(text: str, sentence: Span, source: str, mentions: list[Mention]) -> bool:
    """Say whether a sentence opens on the source's own name as the subject of a verb other than one of recording
    (`X will cut two posts`, `X opened an office`): the writer tells what the source does, not what it found; `X
    recorded 2,140 burglaries` goes on its figures (`mentions`: the sentence's names, read once by the caller)."""
    start, end = sentence
    article = OPENING_ARTICLE_RE.match(text, start, end)
    opening = article.end() if article is not None else start
    name = next((m for m in mentions if m.start in (start, opening)), None)
    return name is not None and _within(name.name, source) and not _records(text, name, end)


def _records(text: str, name: Mention, end: int) -> bool:
    """Say whether a verb of recording a count follows a name (`X recorded`, `X has logged`)."""
    return RECORDING_RE.match(text, name.end, end) is not None


def _within(name: str, source: str) -> bool:
    """Say whether a name is the source or part of its name (`the Board` in `Harbour Board`), or the reverse."""
    return name in source or source in name
