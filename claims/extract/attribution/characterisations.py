"""A party characterising something in quoted words (`Jo Roe called the records "not reliable enough"`, `X described
the refusal as "devastating"`, `..., calling the fine "a penalty for paperwork"`): the thing and the quoted words are
the subject's claim, as if it had said so; wave 31a: also before a second cue of the same subject (`X described A as
"Q" and said B`, `..., adding that B`), which reads only B."""
from __future__ import annotations

import re

from ..items import is_verb_like, split_items
from ..speakers import Context, Who, speaker_from_region
from ..text import Span, closing_for, subtract
from ..vocabulary import any_script, load_words, verb_alternation, DOCUMENT_NOUNS

from .shapes import SPEAKING_PARTICIPLE_RE
from .records import SPEAKING_KINDS, Attribution, holds_any, inside_holes
from .subjects import subject_region

CHARACTERISED_RE = any_script(re.compile(
    r"(?:(?<![\w-])(?P<verb>called|calls|branded|brands|labelled|labeled|labels|dubbed|dubs|described|describes|termed)"
    r"|,\s+(?P<participle>calling|branding|labelling|labeling|dubbing|describing|terming))\s+"
    r"(?!(?:on|for|off|in|up|out|back|upon|time|it\s+a\s+day)\b)"
    r"(?P<object>[^.;:!?\"\u201c\u201d]{1,80}?)\s+(?:as\s+)?(?:[\"\u201c]|['\u2018](?=\w[^'\u2019\n]{0,80}['\u2019]))"))
"""A verb of characterising, its object and an opening quotation mark: `called the plan "`, `described it as "`,
`, calling the fine "`; never `called on X to`, `called for`; wave 48e: a single mark too, closed within 80 characters
(`called the motion 'a bit rich'`, the Canadian and British way)."""
OPENING_MARKS: tuple[str, ...] = ("\"", "\u201c", " '", " \u2018")
"""Opening quotation marks one of which a characterisation holds (a single mark after a space: never an apostrophe)."""
PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?$")
"""An auxiliary right before the verb: `was described as "..."` is no party characterising."""
MORE_PAST: frozenset[str] = frozenset("went came spoke wrote hit put set took gave".split())
"""Irregular past tenses that may be a sentence's first verb before `, calling ...` (`X went further, calling`)."""
CHEAP_WORDS: tuple[str, ...] = ("call", "brand", "label", "dub", "describ", "term")
"""Stems one of which a sentence must hold before the pattern is tried."""


PLAIN_VERBS = load_words("plain_characterising_verbs")
"""Verbs that ascribe a quality to a thing with `as` and no quotation mark (`described the delay as serious`; wave
48c: `dismissed the reports as baseless`, `hailed the result as a turning point`, `identified the site as unsafe`)."""
PLAIN_RE = any_script(re.compile(
    r"(?<![\w-])(?P<verb>%s)\s+"
    r"(?!how\b|(?:him|her|them|it|our|my)selves\b|(?:him|her|it|my|your|our)self\b|themselves\b)"
    r"(?P<object>[^.;:!?,\"\u201c\u201d]{1,80}?)\s+as\s+(?=[a-z\d\u00a3$\u20ac])"
    % verb_alternation(PLAIN_VERBS)))
"""A verb of characterising with its object and `as`, no quotation mark after it (wave 43i): `described the delay as
serious`; never `described how` (an account, a cue of its own) nor a description of oneself."""
PLAIN_GAP_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?[a-z]+(?:\s+that)?\s*\Z")
"""What ends a plain characterisation right before a second cue of its subject, its words running to the cue's:
`and said `, `, and added that ` (wave 43i)."""
PLAIN_STEMS: tuple[str, ...] = tuple(sorted({verb[:4] for verb in PLAIN_VERBS}))
"""Stems one of which a sentence must hold before the plain pattern is tried."""


SUBORDINATE_CUE_RE = re.compile(r",\s+(?:(?:and|but)\s+)?(?:though|although|while|whilst|but)\s+(?:he|she)\s+"
                                r"(?:also\s+)?[a-z]+(?:\s+that)?\s*\Z")
"""A clause of the same person's own after a characterisation's words, up to the content of its cue (wave 48e:
`called the plan "fair" under the old rules, though she said B`: the words up to the comma are the first claim)."""
SECOND_CUE_GAP_RE = re.compile(r",?\s+(?:(?:and|but)\s+)?(?:also\s+)?[a-z]+(?:\s+that)?\s*")
"""What may stand between a characterisation's closing mark and the words a second cue of the same subject reports:
a conjunction and the cue (`" and said `, `", adding that `); a subject of its own (`and the council said`) is more."""


def may_characterise(body: str) -> bool:
    """Say whether a paragraph may hold a characterisation (a stem and a quotation mark, or a plain `described A as`):
    the cheap test first."""
    return any(mark in body for mark in OPENING_MARKS) and any(stem in body for stem in CHEAP_WORDS) \
        and CHARACTERISED_RE.search(body) is not None \
        or any(stem in body for stem in PLAIN_STEMS) and PLAIN_RE.search(body) is not None


def characterisation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X called Y "Q"` (and `described Y as`, `branded`, `, calling Y "Q"`) to its subject: Y with the quoted
    words is the claim; None when no party is the subject or the verb is passive."""
    if not holds_any(text, *sentence, OPENING_MARKS) or not holds_any(text, *sentence, CHEAP_WORDS):
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


def plain_characterisation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X described A as B` with no quotation mark to its subject X (wave 43i): the verb, A and B are the
    claim, kept as written (`described the delay as serious`), and a cue conjoined after it (`and said C`) keeps C
    apart; None when the verb is passive, a document is the subject or no party is."""
    if not holds_any(text, *sentence, PLAIN_STEMS) or text[sentence[1] - 1] == "?":
        return None
    match = PLAIN_RE.search(text, *sentence)
    if match is None or inside_holes(match.start(), holes):
        return None
    who = active_subject(text, sentence, match.start(), ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    spans = object_spans(text, (match.start("verb"), sentence[1]), holes)
    return Attribution(who.name, who.kind, match.group("verb"), spans) if spans else None


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
    if not found.spans or found.colon or not holds_any(text, sentence[0], found.spans[0][0], CHEAP_WORDS + PLAIN_STEMS):
        return [found]
    match = CHARACTERISED_RE.search(text, sentence[0], found.spans[0][0])
    if match is None or not match.group("verb") or inside_holes(match.start(), holes):
        return described_first(text, sentence, found, holes)
    close = closing_for(text, match.end() - 1, sentence[1])
    if close >= sentence[1]:
        return [found]
    spans = object_spans(text, (match.start("object"), close + 1), holes)
    first = [Attribution(found.speaker, found.kind, match.group("verb"), spans)] if spans else []
    if found.spans[0][0] > close:  # the cue after the closing mark: its words stay its own
        if SECOND_CUE_GAP_RE.fullmatch(text, close + 1, found.spans[0][0]):
            return first + [found]
        clause = SUBORDINATE_CUE_RE.search(text, close + 1, found.spans[0][0])  # `"Q" under X, though she said B`
        spans = object_spans(text, (match.start("object"), clause.start()), holes) if clause else ()
        return [Attribution(found.speaker, found.kind, match.group("verb"), spans), found] if spans else [found]
    return first + quoted_cue_rest(text, close, found)


def described_first(text: str, sentence: Span, found: Attribution, holes: list[Span]) -> list[Attribution]:
    """Return a cue's attribution with, before it, its subject's plain characterisation conjoined right before the cue
    (`X described A as B and said C`: `described A as B` is its claim too, the verb kept; wave 43i)."""
    match = PLAIN_RE.search(text, sentence[0], found.spans[0][0])
    if match is None or inside_holes(match.start(), holes):
        return [found]
    return conjoined_first(text, found, match.end(), match.start("verb"), match.group("verb"), holes)


def conjoined_first(text: str, found: Attribution, verb_end: int, claim_start: int, verb: str,
                    holes: list[Span]) -> list[Attribution]:
    """Return a cue's attribution with, before it, what an unquoted verb of its subject conjoined right before the cue
    claims (from `claim_start` to the `and` before the cue, under `verb`); the cue's alone when no plain `and` joins
    them (`described A as B and said C`, `accused A of B and said C`)."""
    gap = PLAIN_GAP_RE.search(text, verb_end, found.spans[0][0])
    if gap is None:
        return [found]
    spans = object_spans(text, (claim_start, gap.start()), holes)
    return [Attribution(found.speaker, found.kind, verb, spans), found] if spans else [found]


def quoted_cue_rest(text: str, close: int, found: Attribution) -> list[Attribution]:
    """Return what a cue read inside a characterisation's quoted words (`as "the worst we have recorded", adding that
    B`: `recorded` is no cue) claims after the closing mark, under the participle that reports it there."""
    second = SPEAKING_PARTICIPLE_RE.match(text, close + 1)
    rest = tuple(span for span in found.spans if span[0] > close)
    return [Attribution(found.speaker, found.kind, second.group("cue"), rest)] if second and rest else []
