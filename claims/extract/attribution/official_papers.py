"""A parliament's or government's own paper (wave 35e). A written ministerial statement names its maker in a header
field (`Made by: Jo Roe MP, Minister for Coasts`, read by `issuer.release_voice`), and a written answer names the
person answering on a line of its own (`Answered on 9 May 2027 by Jo Roe, Minister of State`) under the question and
its asker (`Asked by Al Key (Northfield)`, then `To ask the Secretary of State, how many ...`); a parliament's record
of written answers may open the answer instead on a label under the numbered question (`207. Deputy Al Key asked the
Minister for X the number of ...`, then `Minister for X (Deputy Jo Roe): The programme ...`), the answer going on until
a rule (`---`). Everything the paper says below such a line is that person's: each cue-less sentence is her claim, with a figure or without one (`A second
vessel has been chartered.`), in a paragraph where another party speaks with a cue of its own too; the question and its
asker claim nothing. A sentence without a figure that speaks of the chamber or of the paper itself (`I will place a copy
in the Libraries of both Houses.`, `set out in the table below`, `data/chamber_words.txt`) is procedure (one with a
figure stays a claim: `I wish to update the House on the 2,940 homes flooded`), one that says what should be, figures
or none (`No island should be left without a crossing for two days.`, `data/opinion_modals.txt`), an opinion, and one
that opens as a courtesy without a figure (`My thoughts are with ...; it is a distressing time.`) sympathy, and one
that opens as a request (`Please advise my office if no reply comes.`, `data/request_openings.txt`) asks: none is a
claim.
"""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..items import split_items
from ..layout import is_advice
from ..release import CONTACT_RE, has_figure
from ..speakers import Context, Who
from ..text import Block, Quote, Span, split_sentences
from ..vocabulary import ISSUER_CUE, load_words, verb_alternation

from .courtesies import OPENING_RE as COURTESY_RE
from .documents import is_heading
from .issuer import HEADER_VOICE_BLOCKS, header_fields, issuer_claims
from .patterns import ANY_CUE_RE, DOUBT_RE
from .records import Attribution

ANSWERED_RE = re.compile(r"[ \t]*Answered\s+(?:on\s+[^\n,]{3,40}?\s+)?by\s+(?=[A-Z])")
"""A written answer's line naming who answers: `Answered on 9 May 2027 by X`, `Answered by X`."""
ASKED_RE = re.compile(r"[ \t]*(?:Asked|Tabled)\s+by\s+[A-Z][^\n,.]{0,150}$")
"""A written question's line naming its asker alone (`Asked by Al Key (Northfield)`), never a sentence's frame
(`Asked by the chair whether ..., Ms Roe said`)."""
ANSWER_LABEL_RE = re.compile(r"[A-Z][^\n:()]{2,100}\((?:Deputy|Senator)\s+(?P<who>[A-Z][^()\n]{2,60})\):[ \t]+(?=\S)")
"""A label opening a written answer with its maker's post and, in brackets, her name (`Minister for the Marine (Deputy
Jo Roe): ...`), as a parliament's record of written answers prints it."""
NUMBERED_QUESTION_RE = re.compile(r"[ \t]*\d{1,4}\.[ \t]+(?:Deputy|Senator)\s+[A-Z][^\n]{0,80}?\basked\s+the\b")
"""A numbered written question in its asker's name (`207. Deputy Jo Roe asked the Minister for X the number of ...`)."""
RULE_RE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")
"""A rule between parts of a page (`---`)."""
MADE_BY_RE = re.compile(r"^[ \t]*Made\s+by[ \t]*:[ \t]*(?=[A-Z])", re.MULTILINE)
"""A written statement's header field naming its maker (`Made by: Jo Roe MP, Minister for Coasts`)."""
MAX_LINE_CHARS = 200
"""A paper's answer or asker line is one short line."""
CHAMBER_RE = re.compile(rf"\b(?:{verb_alternation(load_words('chamber_words'))})\b", re.IGNORECASE)
"""Words by which the paper speaks of the chamber or of itself (`the House`, `this statement`)."""
OPINION_RE = re.compile(rf"\b(?:{verb_alternation(load_words('opinion_modals'))})\b", re.IGNORECASE)
"""A modal of obligation: a sentence that holds one says what should be."""
REQUEST_RE = re.compile(rf"[\"'\u201c]?(?:{verb_alternation(load_words('request_openings'))})\b", re.IGNORECASE)
"""How a request to the reader opens (`Please advise my office ...`): it asks, and claims nothing."""


def answer_line(text: str, block: Block) -> Mention | None:
    """Return the one person a written answer's line names as answering (`Answered on 9 May by Jo Roe, Minister`)."""
    if not text.startswith("Answered", block.body) or block.end - block.body > MAX_LINE_CHARS or block.bullet:
        return None
    line = ANSWERED_RE.match(text, block.body, block.end)
    mentions = find_mentions(text, line.end(), block.end) if line else []
    found = mentions[0] if mentions and mentions[0].start == line.end() else None  # type: ignore[union-attr]
    return found if found is not None and found.kind == "person" else None


def answer_label(text: str, block: Block) -> tuple[Mention, int] | None:
    """Return the one person a label opening a written answer names in brackets (`Minister for the Marine (Deputy Jo
    Roe): The programme ...`), and where the answer's own words start (read only under a numbered question)."""
    label = ANSWER_LABEL_RE.match(text, block.body, block.end) if not block.bullet else None
    mentions = find_mentions(text, label.start("who"), label.end("who")) if label else []
    found = mentions[0] if len(mentions) == 1 and mentions[0].kind == "person" else None
    return (found, label.end()) if found is not None and label is not None else None


def _asks(text: str, block: Block) -> bool:
    """Say whether a paragraph is a written question's line naming its asker (`Asked by Al Key (Northfield)`) or a
    numbered question in the asker's name (`207. Deputy Jo Roe asked the Minister for X ...`)."""
    return block.end - block.body <= MAX_LINE_CHARS and ASKED_RE.match(text, block.body, block.end) is not None \
        or NUMBERED_QUESTION_RE.match(text, block.body, block.end) is not None


def _rule(text: str, block: Block) -> bool:
    """Say whether a paragraph is a rule (`---`, `***`): the paper's answer ends there."""
    return RULE_RE.fullmatch(text, block.start, block.end) is not None


def answer_turns(text: str, blocks: list[Block], ctx: Context) -> dict[int, Who | None]:
    """Map each paragraph under a written question or answer to whose words it is: the answering person's, or None
    for the question, its asker and the lines naming them (nobody's claim); empty when no line names who answers."""
    if "Answered" not in text and "):" not in text:
        return {}
    turns: dict[int, Who | None] = {}
    voice: Who | None = None
    answered = asking = False
    for index, block in enumerate(blocks):
        person = answer_line(text, block)
        label = answer_label(text, block) if person is None and asking else None  # only under its question
        if person is not None or label is not None:
            mention, start = (person, block.end) if person is not None else label  # type: ignore[misc]
            voice, asking, answered = Who(ctx.add(mention), "person", start), False, True
        elif _rule(text, block):
            voice = None  # `---`: what follows is no longer the answer
        asking = asking or _asks(text, block)
        if person is not None or asking or voice is not None:
            turns[index] = None if person is not None or asking else voice
    return turns if answered else {}


def made_by_field(text: str, blocks: list[Block]) -> bool:
    """Say whether a paper's header names its maker in a field (`Made by: Jo Roe MP, Minister for Coasts`)."""
    return any(MADE_BY_RE.search(text, block.start, block.end) for block in blocks[:HEADER_VOICE_BLOCKS])


def stated_claims(text: str, block: Block, ctx: Context, voice: Who) -> list[Attribution]:
    """Give each cue-less sentence of a written statement's or answer's paragraph to the person making it, figures
    or none; a lead-in's items as a release's issuer's are."""
    if text[block.end - 1] == ":" or is_heading(text, block, []):
        return issuer_claims(text, block, ctx, voice)
    if text[block.end - 1] not in ".!\u201d\"" and not block.bullet or header_fields(text, block):
        return []  # a heading or a header's fields (`Made on: 4 May 2027`)
    start = max(block.body, voice.clause_start)  # after a label opening the answer (`Minister for X (Deputy Y):`)
    spans = tuple(s for sentence in split_sentences(text, start, block.end) if _stated(text, sentence)
                  for s in split_items(text, sentence))
    return [Attribution(voice.name, "person", ISSUER_CUE, spans)] if spans else []


def stated_sentences(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution],
                     voice: Who) -> list[Attribution]:
    """Give the cue-less sentences of a statement's or answer's paragraph in which another party also speaks (`The
    Examining Authority concluded that A. Some 71% of the site is farmland.`) to the person making it."""
    taken = [span for attribution in attributions for span in attribution.spans] + [q.outer for q in quotes]
    spans = tuple(s for sentence in split_sentences(text, block.body, block.end)
                  if not any(start < sentence[1] and sentence[0] < end for start, end in taken)
                  and text[sentence[1] - 1] != ":" and not ANY_CUE_RE.search(text, *sentence) and _stated(text, sentence)
                  for s in split_items(text, sentence))
    return [Attribution(voice.name, "person", ISSUER_CUE, spans)] if spans else []


def _stated(text: str, sentence: Span) -> bool:
    """Say whether a sentence of a minister's statement or answer is a claim: no question, procedure of the chamber
    or the paper and courtesy without a figure (`My thoughts are with ...; it is a distressing time`), opinion,
    request, doubt, contact line or advice."""
    figure = has_figure(text, *sentence)
    return text[sentence[1] - 1] != "?" and (figure or not CHAMBER_RE.search(text, *sentence)) \
        and (figure or COURTESY_RE.match(text, *sentence) is None) \
        and not OPINION_RE.search(text, *sentence) and not REQUEST_RE.match(text, *sentence) \
        and not DOUBT_RE.search(text, *sentence) and not CONTACT_RE.search(text, *sentence) \
        and not is_advice(text, sentence)
