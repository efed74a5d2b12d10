"""A party characterising something in quoted words (`Jo Roe called the records "not reliable enough"`, `X described
the refusal as "devastating"`, `..., calling the fine "a penalty for paperwork"`): the thing and the quoted words are
the subject's claim, as if it had said so; wave 31a: also before a second cue of the same subject (`X described A as
"Q" and said B`, `..., adding that B`), which reads only B."""
from __future__ import annotations

import re

from ..items import is_verb_like, split_items
from ..speakers import Context, Who, speaker_from_region
from ..text import Span, closing_for, subtract
from ..vocabulary import any_script, DOCUMENT_NOUNS

from .shapes import SPEAKING_PARTICIPLE_RE
from .records import SPEAKING_KINDS, Attribution, holds_any, inside_holes
from .subjects import subject_region

CHARACTERISED_RE = any_script(re.compile(
    r"(?:(?<![\w-])(?P<verb>called|calls|branded|brands|labelled|labeled|labels|dubbed|dubs|described|describes|termed)"
    r"|,\s+(?P<participle>calling|branding|labelling|labeling|dubbing|describing|terming))\s+"
    r"(?!(?:on|for|off|in|up|out|back|upon|time|it\s+a\s+day)\b)"
    r"(?P<object>[^.;:!?\"\u201c\u201d]{1,80}?)\s+(?:as\s+)?[\"\u201c]"))
"""A verb of characterising, its object and an opening quotation mark: `called the plan "`, `described it as "`,
`, calling the fine "`; never `called on X to`, `called for`."""
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?$")
"""An auxiliary right before the verb: `was described as "..."` is no party characterising."""
MORE_PAST: frozenset[str] = frozenset("went came spoke wrote hit put set took gave".split())
"""Irregular past tenses that may be a sentence's first verb before `, calling ...` (`X went further, calling`)."""
CHEAP_WORDS: tuple[str, ...] = ("call", "brand", "label", "dub", "describ", "term")
"""Stems one of which a sentence must hold before the pattern is tried."""


SECOND_CUE_GAP_RE = re.compile(r",?\s+(?:(?:and|but)\s+)?(?:also\s+)?[a-z]+(?:\s+that)?\s*")
"""What may stand between a characterisation's closing mark and the words a second cue of the same subject reports:
a conjunction and the cue (`" and said `, `", adding that `); a subject of its own (`and the council said`) is more."""


def may_characterise(body: str) -> bool:
    """Say whether a paragraph may hold a characterisation (a stem and a quotation mark): the cheap test first."""
    return ("\"" in body or "\u201c" in body) and any(stem in body for stem in CHEAP_WORDS) \
        and CHARACTERISED_RE.search(body) is not None


def characterisation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X called Y "Q"` (and `described Y as`, `branded`, `, calling Y "Q"`) to its subject: Y with the quoted
    words is the claim; None when no party is the subject or the verb is passive."""
    if text.find("\"", *sentence) < 0 and text.find("\u201c", *sentence) < 0 \
            or not holds_any(text, *sentence, CHEAP_WORDS):
        return None  # every match holds an opening quotation mark and a verb's stem (the cheap test first, 25S)
    match = CHARACTERISED_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    if match.group("verb"):
        who = active_subject(text, sentence, match.start(), ctx)
    else:
        verb = next((m for m in re.finditer(r"\b[a-z]+\b", text[sentence[0]:match.start()])
                     if is_verb_like(m.group()) or m.group() in MORE_PAST), None)  # ", calling": the first verb's subject
        who = speaker_from_region(text, sentence[0], sentence[0] + verb.start(), ctx) if verb and verb.start() else None
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    spans = object_spans(text, (match.start("object"), sentence[1]), holes)
    cue = match.group("verb") or match.group("participle")
    return Attribution(who.name, who.kind, cue, spans) if spans else None


def active_subject(text: str, sentence: Span, verb: int, ctx: Context) -> Who | None:
    """Return the party that is the subject of an active verb starting at `verb`; None when the verb is passive (`was
    described as`, `was accused of`: the passive rules read it) or a document is the subject (`The letter describes`:
    a document's author is read by the document rules)."""
    if PASSIVE_BEFORE_RE.search(text, max(sentence[0], verb - 30), verb):
        return None
    region = subject_region(text, sentence[0], verb)
    last = text[region[0]:region[1]].split()[-1:]
    if not last or last[0].lower() in DOCUMENT_NOUNS:
        return None
    return speaker_from_region(text, *region, ctx)


def object_spans(text: str, span: Span, holes: list[Span]) -> tuple[Span, ...]:
    """Return the claim's spans from a verb's object to the sentence's end: outside quotations' holes, split into
    items."""
    return tuple(s for part in subtract(span, holes) for s in split_items(text, part))


def characterised_first(text: str, sentence: Span, found: Attribution, holes: list[Span]) -> list[Attribution]:
    """Return a cue's attribution with, before it, its subject's characterisation right before the cue (`It
    described A as "Q" and said B`: `A as "Q"` is its claim too, under the verb that characterises)."""
    if not found.spans or found.colon or not holds_any(text, sentence[0], found.spans[0][0], CHEAP_WORDS):
        return [found]
    match = CHARACTERISED_RE.search(text, sentence[0], found.spans[0][0])
    if match is None or not match.group("verb") or inside_holes(match.start(), holes):
        return [found]
    close = closing_for(text, match.end() - 1, sentence[1])
    if close >= sentence[1]:
        return [found]
    spans = object_spans(text, (match.start("object"), close + 1), holes)
    first = [Attribution(found.speaker, found.kind, match.group("verb"), spans)] if spans else []
    if found.spans[0][0] > close:  # the cue after the closing mark: its words stay its own
        return first + [found] if SECOND_CUE_GAP_RE.fullmatch(text, close + 1, found.spans[0][0]) else [found]
    return first + quoted_cue_rest(text, close, found)


def quoted_cue_rest(text: str, close: int, found: Attribution) -> list[Attribution]:
    """Return what a cue read inside a characterisation's quoted words (`as "the worst we have recorded", adding that
    B`: `recorded` is no cue) claims after the closing mark, under the participle that reports it there."""
    second = SPEAKING_PARTICIPLE_RE.match(text, close + 1)
    rest = tuple(span for span in found.spans if span[0] > close)
    return [Attribution(found.speaker, found.kind, second.group("cue"), rest)] if second and rest else []
