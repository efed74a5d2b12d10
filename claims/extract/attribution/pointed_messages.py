"""A paragraph whose speaker the next paragraph names (wave 47b): the press often gives a claim first and its source
after it, opening with a pointer to it: `That is the message from the trust's new chief executive, Jo Roe.`, `This
is contained in a statement issued by the Ministry on Sunday.`, `That was the verdict of the X Panel.` The sentences
of the paragraph before, when it claimed nothing itself, are that source's claims. So with a sentence that names who
gave them after the fact (wave 49f): `X said this at ...`, `X made these remarks when ...`, `X mentioned the above facts
and figures during ...`, `This was disclosed by X ...`; its own words after the pointer say only where and when."""
from __future__ import annotations

import re

from ..items import is_statement, split_items
from ..speakers import Context, Who, speaker_from_region
from ..speakers.bounds import occurring
from ..text import Block, Span, split_sentences
from ..vocabulary import MONTHS, WEEKDAYS, load_words, verb_alternation

from .records import Attribution, holds_any
from .verb_subjects import subject_span

POINTED_MESSAGE_NOUNS = load_words("pointed_message_nouns")
"""Nouns for what a source says, finds or asks, named in a sentence pointing back (`message`, `takeaway`, `verdict`)."""
MESSAGE_BACK_RE = re.compile(
    r"(?:That|This)(?:['\u2019]s|\s+(?:is|was|has\s+been))\s+(?:(?:the|a)\s+(?:[\w\-]+\s+)?"
    rf"(?:{verb_alternation(POINTED_MESSAGE_NOUNS)})\s+(?:of|from)"
    r"|(?:contained|set\s+out|stated)\s+in)\s+(?=\S)")
"""A sentence pointing back to the paragraph before and naming its source: `That is the message from X`, `That's the
takeaway from an interview with X`, `This is contained in a statement issued by X` (`data/pointed_message_nouns.txt`)."""
POINTING_KINDS = ("person", "organisation", "inspectorate", "document")


POINTING_BACK_VERBS = load_words("pointing_back_verbs")
"""Verbs of giving what was just set out (`said`, `made known`, `data/pointing_back_verbs.txt`)."""
_BACK_VERBS = verb_alternation(POINTING_BACK_VERBS)
BACK_VERB_WORDS: frozenset[str] = frozenset(w for v in POINTING_BACK_VERBS for w in v.split()[:1])
"""The first words of the pointing verbs (`said`, `made`): one before the pointer makes it another clause's."""
_POINTED = verb_alternation(load_words("pointed_objects"))
_POINTED_NOUNS = rf"(?:{_POINTED})(?:\s+and\s+(?:{_POINTED}))?"
GAVE_IT_RE = re.compile(
    rf"(?<=\s)(?:{_BACK_VERBS})\s+(?:(?:this|these|the\s+above)\s+{_POINTED_NOUNS}|this|the\s+above)"
    r"(?=\s*[,.;]|\s+(?:at|during|when|while|whilst|on|in|after|before|as|to|ahead|following|yesterday|today|last)\b)")
"""A verb whose object points back to what was just set out, then where or when (`said this at`, `made these
remarks when`, `gave the above figures during`; `data/pointing_back_verbs.txt`, `data/pointed_objects.txt`); never
`said this year's`, `said these berths would`."""
GAVE_IT_NEEDS = ("this", "these", "above")
"""What every match of `GAVE_IT_RE` holds (the cheap test first: its search opens on a look-behind, so the engine
tries every character)."""
GIVEN_BY_RE = re.compile(
    rf"(?:This|These|The\s+above)(?:\s+{_POINTED_NOUNS})?\s+(?:was|were|has\s+been|have\s+been)\s+(?:{_BACK_VERBS})"
    r"\s+by\s+(?=\S)")
"""A pointer to what was just set out, given by its source: `This was disclosed by X`, `These figures were released
by X`."""


POINTING_NEEDS = ("his", "hese", "above")
"""What every pointing sentence holds: `GIVEN_BY_RE` opens on `This`, `These` or `The above`, `GAVE_IT_RE` holds one of
`GAVE_IT_NEEDS` (the cheap test on the paragraph first, before its sentences are split; wave 60s)."""


def pointing_sentence(text: str, block: Block) -> Span | None:
    """Return a paragraph's first sentence when it names who gave what was set out before it (`X said this at ...`,
    `This was disclosed by X`), else None."""
    if not holds_any(text, block.body, block.end, POINTING_NEEDS):
        return None  # no `this`, `these` or `above` in the paragraph: no pointer
    first = split_sentences(text, block.body, block.end)[0]
    return first if GIVEN_BY_RE.match(text, *first) or _gave_it(text, first) is not None else None


def _gave_it(text: str, sentence: Span) -> re.Match[str] | None:
    """Return the pointing verb and object of a sentence's first predicate (`Dr X said this at ...`), else None; a
    verb before it (`The council said the board made these remarks`) makes the pointer another clause's."""
    gave = GAVE_IT_RE.search(text, *sentence) if holds_any(text, *sentence, GAVE_IT_NEEDS) else None
    if gave is None or gave.start() == sentence[0]:
        return None
    before = text[sentence[0]:gave.start()].lower().split()
    return None if subject_span(text, sentence[0], gave.start()) is not None \
        or any(word.strip(",") in BACK_VERB_WORDS for word in before) else gave


def _giver(text: str, sentence: Span, ctx: Context) -> tuple[Who | None, str]:
    """Return who a pointing sentence names as the giver and the words that point (`said this`), else (None, "")."""
    given = GIVEN_BY_RE.match(text, *sentence)
    if given is not None:
        comma = text.find(",", given.end(), sentence[1])
        return speaker_from_region(text, given.end(), comma if comma > 0 else sentence[1], ctx), given.group()
    gave = _gave_it(text, sentence)
    if gave is None:
        return None, ""
    return speaker_from_region(text, sentence[0], gave.start(), ctx), gave.group()


def without_pointer(text: str, block: Block, attributions: list[Attribution]) -> list[Attribution]:
    """Drop what a paragraph's pointing sentence claims (`Dr X said this at the conference`: its words after the
    pointer say where, not what)."""
    pointing = pointing_sentence(text, block)
    if pointing is None:
        return attributions
    return [a._replace(spans=tuple(s for s in a.spans if not pointing[0] <= s[0] < pointing[1])) for a in attributions]


def message_back(text: str, pointed: Block | None, block: Block, ctx: Context) -> list[Attribution]:
    """Give the sentences of the unclaimed paragraph before `That is the message from X.` (or `X said this at ...`)
    to X; none when the paragraph does not open so or names nobody the text can resolve."""
    match = MESSAGE_BACK_RE.match(text, block.body, block.end) if pointed is not None else None
    if match is None and pointed is not None and pointing_sentence(text, block) is not None:
        return _given_back(text, pointed, block, ctx)
    if match is None or pointed is None:
        return []
    first = split_sentences(text, block.body, block.end)[0]
    comma = text.find(",", match.end(), first[1])
    agent = comma > 0 and text.find(" by ", match.end(), comma) > 0  # "issued by X, Adviser to ...": X, not the rest
    who = speaker_from_region(text, match.end(), comma if agent else first[1], ctx)
    if who is None or who.kind not in POINTING_KINDS or who.name.strip(". ").lower() in WEEKDAYS | MONTHS:
        return []
    spans = tuple(s for sentence in split_sentences(text, pointed.body, pointed.end) for s in _claims_of(text, sentence))
    return [Attribution(who.name, who.kind, " ".join(match.group().split()), spans)] if spans else []


def _given_back(text: str, pointed: Block, block: Block, ctx: Context) -> list[Attribution]:
    """Give the sentences of the unclaimed paragraph before `X said this at ...` to X; none when that paragraph names
    X (it tells what X did, in the writer's words)."""
    who, cue = _giver(text, split_sentences(text, block.body, block.end)[0], ctx)
    if who is None or who.kind not in POINTING_KINDS or who.name.strip(". ").lower() in WEEKDAYS | MONTHS:
        return []
    if next(occurring(text[pointed.body:pointed.end], who.name.split()[-1]), None) is not None:
        return []  # "Minister X has urged traders to ...": the writer's account of what the giver did (realcheck49)
    spans = tuple(s for sentence in split_sentences(text, pointed.body, pointed.end) for s in _claims_of(text, sentence))
    return [Attribution(who.name, who.kind, " ".join(cue.split()), spans)] if spans else []


def _claims_of(text: str, sentence: Span) -> list[Span]:
    """Return the items of a sentence that are statements (no question, no lead-in)."""
    if text[sentence[1] - 1] in "?:":
        return []
    return [s for s in split_items(text, sentence) if is_statement(text[s[0]:s[1]])]
