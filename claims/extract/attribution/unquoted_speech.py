"""A person's words set out without quotation marks after their colon cue (`Dr Jo Roe, consultant epidemiologist,
said:`, then paragraphs of her own words): government news pages and statements print speech so. The paragraphs
are the person's while they go on plainly: the first speaks as `I` or `we`, and none after it is a bullet, quotes,
reports someone with a cue, names a person in full or is a heading. Wave 41b: a body's colon cue (`A Brackwater Council
spokesperson said:`, `The trust said:`) opens its unquoted words too when the paragraph below speaks as `we` or `our`;
its paragraphs go on until one reports another party with a speech verb (`The union said ...`), names a person in
full, opens on the body's own name (the writer about it again) or is no plain paragraph. A body's statement reads its
own words with `record` or `continued` as its own, which a person's does not (those words are cues elsewhere).
Wave 42e: a person's first paragraph need not speak as `I` or `we` (`Jo Roe, Director of Research at X, said:`, then
`March sales fell in the rain.`) when it is plain words with no reporting verb and no person named in full, and the
paragraph after it, if any, is no bullet and no quotation.
"""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..items import is_statement
from ..text import Block, Quote, Span, find_speech, split_sentences, strip_span
from ..vocabulary import FIRST_PERSON_RE, PREPOSITIONS, SPEECH_VERBS, load_words, verb_alternation

from .patterns import ANY_CUE_RE, MIN_SPEECH_WORDS
from .records import SPEAKING_KINDS, Attribution, Found

OTHER_PARTY_VERBS: frozenset[str] = load_words("other_party_verbs")
"""Plain reporting verbs (`said`, `told`, `according to`): in a body's statement, another party speaking."""
SPEECH_VERB_RE = re.compile(r"\b(?:%s)\b" % verb_alternation(OTHER_PARTY_VERBS))
"""A plain reporting verb, which in a paragraph not in the body's own voice ends its statement."""


def opens_speech(text: str, block: Block, quotes: list[Quote], pending: Attribution,
                 following: Block | None = None) -> bool:
    """Say whether a paragraph right after a person's colon cue (`X said:`) opens their unquoted words: it speaks as
    `I` or `we`, or the paragraph after it does and goes on plainly (`X said:`, `The rise is striking. ...`, then
    `Most businesses act once we are involved.`), or it is plain words with no bullet or quotation after it (42e)."""
    if pending.kind not in SPEAKING_KINDS or pending.cue not in SPEECH_VERBS or pending.spans:
        return False
    if pending.kind != "person":
        return (FIRST_PERSON_RE.search(text, block.body, block.end) is not None or set_out_below(text, block)) \
            and body_goes_on(text, block, quotes, pending.speaker)
    if FIRST_PERSON_RE.search(text, block.body, block.end) is not None:
        return goes_on(text, block, quotes)
    if plain_words(text, block, quotes) and (following is None or not following.bullet
                                             and not find_speech(text, following)):
        return True  # "X, Director of Y, said:", then her words with no `I` or `we` (42e)
    return following is not None and FIRST_PERSON_RE.search(text, following.body, following.end) is not None \
        and goes_on(text, following, find_speech(text, following)) and goes_on(text, block, quotes, cue_free=False)


AS_FOLLOWS_RE = re.compile(r"\bas[ \t]+follows[ \t]*:[ \t]*$", re.IGNORECASE)
"""A colon cue that says its words are set out below (`a spokesman for X responded as follows:`)."""
AS_FOLLOWS_REACH = 24
"""How far before a paragraph a lead-in's `as follows:` may end (the blank lines and indent between them)."""


def set_out_below(text: str, block: Block) -> bool:
    """Say whether the paragraph right above ends `as follows:`, so that a body's words below are its own though they
    name it in the third person (`The EPD took the matter seriously ...`: Hong Kong, Singapore and Malaysian
    government replies to the press; wave 48f)."""
    before = text[max(0, block.start - AS_FOLLOWS_REACH):block.start].rstrip()
    return AS_FOLLOWS_RE.search(before[-AS_FOLLOWS_REACH:]) is not None


def plain_words(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a paragraph right under a person's colon cue reads as her words though it never speaks as `I` or
    `we`: sentences of words, no bullet, quotation, plain reporting verb (`The union said ...`: another party) or
    person named in full."""
    return not block.bullet and not quotes and text[block.body:block.end].rstrip()[-1:] in (".", "!") \
        and SPEECH_VERB_RE.search(text, block.body, block.end) is None \
        and not any(m.kind == "person" and " " in m.name for m in find_mentions(text, block.body, block.end))


NOUN_MARKERS: frozenset[str] = (PREPOSITIONS - {"to"}) | frozenset({"a", "an", "the"})
"""Words after which a cue word that is no `-ing` form is a noun (`highest on record`, `in response`, `a statement`),
not a verb (`to say` is an infinitive, `by saying` a gerund: both report)."""


def reports_in(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] holds a cue word used as a verb: one after a preposition or article that is no
    `-ing` form is a noun (`the second highest on record`: no report; wave 49d)."""
    for cue in ANY_CUE_RE.finditer(text, start, end):
        before = text[start:cue.start()].split()
        if cue.group().endswith("ing") or not before or before[-1].lower() not in NOUN_MARKERS:
            return True
    return False


def goes_on(text: str, block: Block, quotes: list[Quote], cue_free: bool = True) -> bool:
    """Say whether a paragraph can be unquoted speech: sentences of words, no bullet, quotation or person named, and
    (when `cue_free`) no cue unless it speaks as `I` or `we` (`But the figures show that ... once we are involved`)."""
    return not block.bullet and not quotes and text[block.body:block.end].rstrip()[-1:] in (".", "!") \
        and (not cue_free or not reports_in(text, block.body, block.end)
             or FIRST_PERSON_RE.search(text, block.body, block.end) is not None) \
        and not any(m.kind == "person" and " " in m.name for m in find_mentions(text, block.body, block.end))


def speech_goes_on(text: str, block: Block, quotes: list[Quote], speaker: Attribution) -> bool:
    """Say whether a paragraph goes on a speaker's unquoted words: a body's by `body_goes_on`, else by `goes_on`."""
    if speaker.kind in BODY_KINDS:
        return body_goes_on(text, block, quotes, speaker.speaker)
    return goes_on(text, block, quotes)


def body_goes_on(text: str, block: Block, quotes: list[Quote], speaker: str) -> bool:
    """Say whether a paragraph can go on a body's unquoted statement: sentences of words, no bullet, quotation or person
    named in full, no speech verb unless it speaks as `we` (`The union said ...` is another party), and not opening on
    the body's own name (`Brackwater Council will publish ...`: the writer about the body)."""
    opening = text[block.body:block.end].removeprefix("The ").removeprefix("the ")
    return not block.bullet and not quotes and text[block.body:block.end].rstrip()[-1:] in (".", "!") \
        and not opening.startswith(speaker) \
        and (SPEECH_VERB_RE.search(text, block.body, block.end) is None
             or FIRST_PERSON_RE.search(text, block.body, block.end) is not None) \
        and not any(m.kind == "person" and " " in m.name for m in find_mentions(text, block.body, block.end))


def speech_claims(text: str, block: Block, speaker: Attribution) -> list[Found]:
    """Return a paragraph of unquoted speech as its speaker's claims, a sentence each."""
    spans: list[Span] = [strip_span(text, sentence) for sentence in split_sentences(text, block.body, block.end)]
    return [Found(speaker.speaker, speaker.kind, speaker.cue, span) for span in spans
            if len(text[span[0]:span[1]].split()) >= MIN_SPEECH_WORDS and is_statement(text[span[0]:span[1]])]
