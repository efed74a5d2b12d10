"""Relative clauses around a cue (wave 12).

- `X, which found that C, was published on Monday`: a cue inside a clause set off by commas claims only up to the
  comma that closes the clause, not the main clause's predicate after it (`was published`).
- `the Ridgeline pickup, which Corvale said it would stop building` (wave 18c): a relative clause with a subject of
  its own before the cue; that subject speaks, never the thing the pronoun points back to.
- `X opened a ward, which admitted 300 patients`: a `which` after a whole clause of narration points to the thing
  just named (`a ward`), not to a party; its verb is narration, no cue (unless that thing is a document, which
  speaks: `X published a report, which found that ...`).
"""
from __future__ import annotations

import re

from .items import has_verb
from .vocabulary import BODY_PEOPLE, DOCUMENT_NOUNS, OFFICIAL_GROUPS, load_words, without_possessive

_RELATIVE_BEFORE_RE = re.compile(r"(?:,\s+|\s(?=which\b))(?P<pronoun>which|who)\s+"
                                 r"(?:(?P<auxiliary>also|has|have|had|was|were|is|now|then|later)\s+)?$")
"""`, which ` (or `, who has `) right before a cue: the cue's subject is a relative pronoun (`who` always after a
comma)."""
MAX_RELATIVE_LOOKBACK = 40
"""How far before a cue the relative pronoun may sit (`, which has also `)."""
_MAIN_PREDICATE_RE = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|could|can|must|should|may|might"
                                r"|remains|remained)\b")
"""A comma, then the main clause's verb: the relative clause closed there (`, was published on Monday`); a verb of
speech there (`X, which reported A, said B`) is left to the cues that read it."""
ANTECEDENT_WORDS = 8
"""How many words before `, which` may name the document it points to (`its annual report for 2025, which`)."""


_RELATIVE_AFTER_RE = re.compile(r",?\s*(?:which|whose)\b")
"""`, which` right after a cue word: the word is a noun the clause describes (`A council report, which found`)."""


def noun_before_relative(text: str, cue_end: int) -> bool:
    """Say whether a cue word is a noun with a relative clause after it (`A council report, which found that`), so
    that no subject before it speaks there."""
    return _RELATIVE_AFTER_RE.match(text, cue_end) is not None


def relative_at(text: str, start: int, cue_start: int) -> re.Match[str] | None:
    """The `, which ` / `, who ` right before a cue, if the cue's subject is a relative pronoun."""
    low = max(start, cue_start - MAX_RELATIVE_LOOKBACK)
    return _RELATIVE_BEFORE_RE.search(text, low, cue_start) if text.find("wh", low, cue_start) >= 0 else None


_BARE_PREDICATE_RE = re.compile(r"\s(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+\w+(?:ed|en|wn)\b")
"""The main clause's passive verb after a relative clause without commas (`... which found that C was published`)."""


def relative_content_end(text: str, content: tuple[int, int]) -> int:
    """Where a relative clause's content ends: at the comma before the main clause's verb, or, without commas, before
    a passive main verb once the content holds a verb of its own (`that staff ignored alarms | was published`),
    else where it ended."""
    closing = _MAIN_PREDICATE_RE.search(text, content[0], content[1])
    if closing is not None:
        return closing.start()
    for bare in _BARE_PREDICATE_RE.finditer(text, content[0], content[1]):
        if has_verb(text[content[0]:bare.start()]):
            return bare.start()  # "that the plan was delayed | was published": the first with a clause before it
    return content[1]


_RESTRICTIVE_WHO_RE = re.compile(r"[^\W\d_]\s+who\s+$")
"""`people who ` right before a cue, no comma: the cue is inside a clause that says which people are meant."""


def restrictive_who(text: str, start: int, cue_start: int) -> bool:
    """Say whether a cue sits in a `who` clause without commas (`The inspectors who found the faults said ...`): it
    only says which people are meant; their own cue comes after it."""
    low = max(start, cue_start - MAX_RELATIVE_LOOKBACK)
    return text.find("who", low, cue_start) >= 0 and _RESTRICTIVE_WHO_RE.search(text, low, cue_start) is not None


def narrated_relative(text: str, start: int, cue_start: int) -> bool:
    """Say whether a cue's subject is a `which` after a whole clause of narration (`X opened a ward, which admitted
    300 patients`): the pronoun names the thing before the comma, which is no party, unless a document is named just
    before it (`published its report for 2025, which shows`)."""
    relative = relative_at(text, start, cue_start)
    if relative is None or not text.startswith("which", relative.start() + 1 + _spaces(text, relative.start() + 1)):
        return False
    before = text[start:relative.start()].split()
    named = {without_possessive(word.lower().strip(".,;:")) for word in before[-ANTECEDENT_WORDS:]}
    return len(before) >= 2 and has_verb(" ".join(before[1:])) and not named & DOCUMENT_NOUNS


def _spaces(text: str, at: int) -> int:
    """How many white-space characters start at an offset."""
    return len(text[at:at + 8]) - len(text[at:at + 8].lstrip())


GROUP_SOURCES: frozenset[str] = OFFICIAL_GROUPS | BODY_PEOPLE | load_words("relative_group_sources")
"""Bare plural nouns for people that speak as a relative clause's own subject (`who police said`, `which officials
say`): a body's people, officials and the other reporting groups of `data/relative_group_sources.txt` (wave 51e)."""
_GROUP_SOURCE = r"(?:[a-z][\w\-]*\s+){0,2}(?:%s)" % "|".join(sorted(map(re.escape, GROUP_SOURCES), key=len, reverse=True))
_OWN_SUBJECT_RE = re.compile(
    r",\s+(?:which|who|whom)\s+(?P<subject>(?:the|its|their)\s+[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}"
    r"|(?!(?:It|He|She|They|We|I)\b)[A-Z][\w'\u2019&.\-]*(?:\s+(?:of|for|and|the|[A-Z][\w'\u2019&.\-]*)){0,6}"
    r"|" + _GROUP_SOURCE + r")"
    r"(?:\s+(?:has|have|had|also|since|previously|later|now|itself))*\s*$"
    r"|(?<=[a-z])\s+(?:which|who|whom)\s+(?P<group>" + _GROUP_SOURCE + r")(?:\s+(?:have|had|also|now))*\s*$")
"""`, which the council said`, `, which Corvale said`, `, who police said`: a relative pronoun, then a subject of
its own (a name, `the` and a noun, or a bare plural of people: `police`, `health officials`; never a pronoun or a
verb) right before the cue; a bare plural also without a comma (`a driver who police said was`, wave 51e)."""
_CONTACT_SUBJECT_RE = re.compile(r",\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w\-]*\s+){1,3}?(?P<subject>he|she|they|it|we)"
                                 r"(?:\s+(?:has|have|had|also|since|later))*\s*$")
"""`, a plan she said would ...`: a noun phrase set off by a comma and a pronoun right before the cue, a relative
clause without its pronoun; the pronoun speaks."""
MAX_OWN_SUBJECT_LOOKBACK = 90
"""How far before a cue a relative clause's own subject may start (`, which the Gambling Standards Commission `)."""


def relative_subject_start(text: str, start: int, cue_start: int) -> int | None:
    """Where the subject of a relative clause with a subject of its own starts (`the plan, which the council said
    would save £2m`: `the council`), so that it, not the thing the pronoun points back to, speaks; else None."""
    low = max(start, cue_start - MAX_OWN_SUBJECT_LOOKBACK)
    if text.find(",", low, cue_start) < 0 and text.find("wh", low, cue_start) < 0:
        return None  # no comma or relative pronoun near the cue to open a relative clause (the cheap test first)
    match = _OWN_SUBJECT_RE.search(text, low, cue_start) or _CONTACT_SUBJECT_RE.search(text, low, cue_start)
    if match is None:
        return None
    return match.start("group") if match.groupdict().get("group") else match.start("subject")
