"""Findings told in passing: `X fined Y £2m after finding (that) Y lost customers' data`, `X recalled 9,000 vans on
discovering that a pipe can crack`. What X found is X's claim, though no reporting verb leads the sentence. So is a
result X reported in passing (`X has passed 9,000 cases after reporting 130 more`, wave 49e)."""
from __future__ import annotations

import re

from ..items import has_verb, is_verb_like, split_items
from ..speakers import Context, speaker_from_region
from ..text import Span, subtract
from ..vocabulary import CLAUSE_SUBJECTS, load_words, verb_alternation

from .records import Attribution, inside_holes

AFTER_FINDING_RE = re.compile(r"\b(?P<link>after|on|upon)\s+"
                              r"(?P<cue>finding|concluding|establishing|discovering|confirming)(?P<that>\s+that)?\s+(?=\S)")
"""`after finding (that)`, `on discovering that`: the finder's clause follows; the link and the participle are the
cue."""
RESULT_PARTICIPLES = load_words("result_participles")
"""Participles of reporting a result told in passing (`reporting`, `posting`, `data/result_participles.txt`)."""
AFTER_REPORTING_RE = re.compile(rf"\b(?P<link>after|on|upon|while|despite)\s+"
                                rf"(?P<cue>{verb_alternation(RESULT_PARTICIPLES)})\s+(?=[\w\u00a3$\u20ac])")
"""`after reporting 1,301 new cases`, `despite posting a loss of $4m`: a result the subject reported, in passing."""
_RESULT_RE = re.compile(r"[\d\u00a3$\u20ac]|\b(?:loss|losses|profit|profits|deficit|surplus|record|rise|fall|drop"
                        r"|increase|decrease|decline|growth|gain|gains|jump|slump)\b")
"""A figure or a word of a result among the words after a reporting participle (`130 more`, `a loss`)."""
_APPOSITION_RE = re.compile(r"[^,;:\n]{1,60},\s+(?:the|a|an)\s+[^,;:\n]{1,120},\s")
"""A subject with a description set off after it (`Ontario, the province hardest hit by the virus, `): its verb
comes after the description, whose own participles (`hit`) are no verb of the sentence."""
MAX_CLAUSE_WORDS = 8
"""Without `that`, a finite verb must come within this many words for what follows to be a clause, not a thing found
(`after finding 3kg of cannabis in a car` is no claim)."""
_WORD_RE = re.compile(r"[a-z]+")


def mentions_finding(body: str) -> bool:
    """Say whether a paragraph may tell a finding in passing (the cheap test before its sentences are read)."""
    return any(word in body for word in _CUE_WORDS) and AFTER_FINDING_RE.search(body) is not None \
        or "ing " in body and AFTER_REPORTING_RE.search(body) is not None


_CUE_WORDS = ("finding", "concluding", "establishing", "discovering", "confirming")
"""The participles of `AFTER_FINDING_RE`, tested with `in` before the pattern runs."""


def after_finding(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute what a sentence's subject found (`after finding ...`) to the subject; None when the subject is no
    party, when no verb follows it, or when what follows is a thing found rather than a clause."""
    match = AFTER_FINDING_RE.search(text, *sentence) if "ing" in text[sentence[0]:sentence[1]] else None
    if match is None or not (match.group("that") or _clause_follows(text, match.end(), sentence[1])):
        match = _reported_result(text, sentence)
    if match is None or inside_holes(match.start(), holes) or text[sentence[1] - 1] == "?":
        return None
    apposed = _APPOSITION_RE.match(text, sentence[0], match.start())  # "Ontario, the province hardest hit, has"
    after = apposed.end() if apposed is not None else sentence[0]
    verb = next((m for m in _WORD_RE.finditer(text, after, match.start()) if is_verb_like(m.group())), None)
    if verb is None or verb.start() == sentence[0]:
        return None
    who = speaker_from_region(text, sentence[0], verb.start(), ctx)
    if (who is None or who.kind == "unresolved") and match.re is AFTER_REPORTING_RE:
        who = speaker_from_region(text, verb.end(), match.start(), ctx) or who  # "Rising sales saw X recover after
        # reporting a loss": the subject is no party, the party the clause names after its verb reported the result
    if who is None:
        return None
    claim = match.end() if match.re is AFTER_FINDING_RE else match.start("cue")  # "reporting 130 more": kept
    spans = tuple(s for part in subtract((claim, sentence[1]), holes) for s in split_items(text, part))
    cue = f"{match.group('link')} {match.group('cue')}"  # the text's own words: `on discovering`
    return Attribution(who.name, who.kind, cue, spans) if spans else None


def _clause_follows(text: str, start: int, end: int) -> bool:
    """Say whether the words after `finding` open a clause: a subject pronoun (`it let`), or a finite verb soon (`the
    firm overcharged`)."""
    words = text[start:end].split()[:MAX_CLAUSE_WORDS]
    return bool(words) and (words[0] in CLAUSE_SUBJECTS or has_verb(" ".join(words)))


def _reported_result(text: str, sentence: Span) -> re.Match[str] | None:
    """Return a reporting participle told in passing (`after reporting 130 more`) when a figure or a result comes
    within a few words after it; None when what follows is no result (`after reporting the theft to police`)."""
    match = AFTER_REPORTING_RE.search(text, *sentence) if "ing " in text[sentence[0]:sentence[1]] else None
    if match is None:
        return None
    words = " ".join(text[match.end():sentence[1]].split()[:MAX_CLAUSE_WORDS // 2])
    return match if _RESULT_RE.search(words) else None
