"""Findings told in passing: `X fined Y £2m after finding (that) Y lost customers' data`, `X recalled 9,000 vans on
discovering that a pipe can crack`. What X found is X's claim, though no reporting verb leads the sentence."""
from __future__ import annotations

import re

from ..items import has_verb, is_verb_like, split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, subtract
from ..vocabulary import CLAUSE_SUBJECTS

from .records import Attribution, inside_holes

AFTER_FINDING_RE = re.compile(r"\b(?P<link>after|on|upon)\s+"
                              r"(?P<cue>finding|concluding|establishing|discovering|confirming)(?P<that>\s+that)?\s+(?=\S)")
"""`after finding (that)`, `on discovering that`: the finder's clause follows; the link and the participle are the
cue."""
MAX_CLAUSE_WORDS = 8
"""Without `that`, a finite verb must come within this many words for what follows to be a clause, not a thing found
(`after finding 3kg of cannabis in a car` is no claim)."""
_WORD_RE = re.compile(r"[a-z]+")


def mentions_finding(body: str) -> bool:
    """Say whether a paragraph may tell a finding in passing (the cheap test before its sentences are read)."""
    return any(word in body for word in _CUE_WORDS) and AFTER_FINDING_RE.search(body) is not None


_CUE_WORDS = ("finding", "concluding", "establishing", "discovering", "confirming")
"""The participles of `AFTER_FINDING_RE`, tested with `in` before the pattern runs."""


def after_finding(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute what a sentence's subject found (`after finding ...`) to the subject; None when the subject is no
    party, when no verb follows it, or when what follows is a thing found rather than a clause."""
    match = AFTER_FINDING_RE.search(text, *sentence) if "ing" in text[sentence[0]:sentence[1]] else None
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?" \
            or not (match.group("that") or _clause_follows(text, match.end(), sentence[1])):
        return None
    verb = next((m for m in _WORD_RE.finditer(text, sentence[0], match.start()) if is_verb_like(m.group())), None)
    if verb is None or verb.start() == sentence[0]:
        return None
    who = speaker_from_region(text, sentence[0], verb.start(), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((match.end(), sentence[1]), holes) for s in split_items(text, part))
    cue = f"{match.group('link')} {match.group('cue')}"  # the text's own words: `on discovering`
    return Attribution(who.name, who.kind, cue, spans) if spans else None


def _clause_follows(text: str, start: int, end: int) -> bool:
    """Say whether the words after `finding` open a clause: a subject pronoun (`it let`), or a finite verb soon (`the
    firm overcharged`)."""
    words = text[start:end].split()[:MAX_CLAUSE_WORDS]
    return bool(words) and (words[0] in CLAUSE_SUBJECTS or has_verb(" ".join(words)))

