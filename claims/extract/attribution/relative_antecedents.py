"""The thing a `which` clause with a cue points back to, after a clause of narration (wave 37f).

`The council has referred the complaints to Wexmoor Police, which said it had opened an inquiry`, `The closure was
condemned by the Harbour Users Group (HUG), the body for the county's boat clubs, which said it would cost 200 jobs`:
a named party right before `, which` (past its acronym in brackets and an apposition opening on an article) speaks
with a verb of speech (`data/relative_voice_verbs.txt`), not the sentence's subject and never nobody; a cue word that
is no verb of speech (`a ward at Carrow General Hospital, which admitted 300 patients`) stays narration.

`Dr Jo Penrose pointed to the university's annual report, which shows that`, `The field officer presented the
commission's inspection report, which found`: a document's noun phrase right before `, which` (its head one of
`data/document_nouns.txt`, within eight words, and an owner named in it with a possessive) finds with a verb of finding
(`data/finding_verbs.txt`); the owner it names is the speaker, not the party that points to it or presents it. A
document that names no owner (`the consultation report presented to cabinet, which found`: a bare `the report` would
be read as the last speaker's), one of the subject's own (`published its annual report, which shows`) and one inside a
party's reported speech (`told the board that ... a review by X, which found`) are left to the rules that read them
already.
"""
from __future__ import annotations

import re

from ..items import is_verb_like
from ..relatives import GROUP_SOURCES, relative_at
from ..speakers.taken_documents import RECEIVING_VERBS, taken_phrase
from ..speakers.words import PEOPLE_GROUPS
from ..text import Span
from ..vocabulary import (
    ARTICLES, DOCUMENT_NOUNS, FINDING_VERBS, POSSESSIVE_PRONOUNS, PREPOSITIONS, QUOTING_VERBS, is_ed_form, load_words,
    without_possessive,
)

VOICE_VERBS: frozenset[str] = load_words("relative_voice_verbs")
"""Verbs with which a party named right before `, which` speaks (`said`, `warned`, `pledged`)."""
_WHICH_BEFORE_RE = re.compile(r",?\s+which\s+(?:(?:also|has|have|had|now|then|later)\s+)*$")
"""`, which ` (or `, which has also `, or ` which ` without a comma) right before the cue."""
_RECEIVED_RE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:a|an)\s+(?P<phrase>(?:[a-z][\w\-]*\s+){0,3}?(?P<head>[a-z]+))\s*$")
"""A verb and the new document after it, an indefinite article and up to three words before its head, closing the
text before `which` (`welcomed a report`, `received an independent review`)."""
_APPOSITION_RE = re.compile(r",\s+(?:the|a|an)\s+[^,;:.!?\"\u201c\u201d]{1,100}$")
"""An apposition opening on an article between a name and `, which` (`, the body for the county's boat clubs`)."""
_ACRONYM_RE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)$")
"""A name's acronym in brackets (` (HUG)`)."""
_NAME_RE = re.compile(r"(?:[A-Z][\w'\u2019&.\-]*\s+(?:(?:of|for|and|the|on|&)\s+)*)*[A-Z][\w'\u2019&.\-]*$")
"""A run of capitalised words, with the small words names hold, that ends where the text before `, which` ends."""
_LOOKBACK = 40
"""How far before the cue `, which` may open."""
ANTECEDENT_WORDS = 8
"""How many words before `, which` may hold a document's head noun (`the consultation report presented to cabinet`)."""


GROUP_VOICE_AUXILIARIES: frozenset[str | None] = frozenset({None, "also"})
"""The words a group's `, who ` may have before its verb of speech (`campaigners, who also say`), of those
`relatives.relative_at` reads: none but `also` (`, who have said` is left to the cue's other readers)."""
GROUP_HEADS: frozenset[str] = PEOPLE_GROUPS | GROUP_SOURCES | frozenset({"groups"})
"""Plural heads of a group of people that speaks as a whole (`conservation groups`, `local residents`)."""
GROUP_VOICE_VERBS: frozenset[str] = load_words("group_voice_verbs")
"""Verbs with which a group before `, who` speaks (`campaigners, who say`; `data/group_voice_verbs.txt`)."""
_GROUP_WORDS = 4
"""How many words of its own a group's noun phrase may hold before its head (`Connecticut elected officials`)."""


def antecedent_region(text: str, start: int, cue_start: int) -> Span | None:
    """Return the words a cue's `which` points back to after a clause of narration (`text[start:cue_start]` runs from
    the sentence's start to the cue) when they speak: a named party before a verb of speech, a document's noun phrase
    before a verb of finding; else None."""
    low = max(start, cue_start - _LOOKBACK)
    relative = relative_at(text, start, cue_start) if text.find("who", low, cue_start) >= 0 else None
    if relative is not None and relative.group("pronoun") == "who":  # `, who ` right before the cue
        verb = (text[cue_start:cue_start + 20].split() or [""])[0].lower()
        return _group_phrase(text, start, relative.start()) \
            if relative.group("auxiliary") in GROUP_VOICE_AUXILIARIES and verb in GROUP_VOICE_VERBS else None
    if text.find("which", low, cue_start) < 0:
        return None  # no relative pronoun before the cue (the cheap test first)
    which = _WHICH_BEFORE_RE.search(text, low, cue_start)
    if which is None:
        return None
    cue_words = text[cue_start:cue_start + 20].split()
    verb = cue_words[0].lower() if cue_words else ""
    comma = text.startswith(",", which.start())
    if verb in VOICE_VERBS and comma:
        return _named_party(text, start, which.start())
    if verb not in FINDING_VERBS:
        return None
    return (_document_phrase(text, start, which.start()) if comma else None) \
        or _received_document(text, start, which.start()) or _taken_document(text, start, which.start())


def _group_phrase(text: str, start: int, comma: int) -> Span | None:
    """Return a bare plural group of people right before `, who` (`opposition from conservation groups`, `from
    advocates and Connecticut elected officials`), after a clause of narration with a verb of its own, else None: the
    group speaks with the relative clause's verb of speech (wave 51e)."""
    words = list(re.finditer(r"[^\s,;:]+", text[start:comma]))
    if not words or words[-1].group().lower() not in GROUP_HEADS:
        return None
    first, own = len(words) - 1, 0
    for at in range(len(words) - 2, -1, -1):
        word = words[at].group()
        low = word.lower()
        if low == "and" and at > 0 and words[at - 1].group().lower() in GROUP_HEADS:
            own = 0
            first = at - 1
            continue
        if low in ARTICLES or low in PREPOSITIONS or low in POSSESSIVE_PRONOUNS or is_verb_like(low) \
                or own >= _GROUP_WORDS or at < first - 1:
            break
        first, own = at, own + 1
    if first == 0 or not _narration_before(text, start, start + words[first].start(), reported=False):
        return None
    return start + words[first].start(), start + words[-1].end()


def _received_document(text: str, start: int, end: int) -> Span | None:
    """Return a new document with no owner named that a party took in right before `which` (`The board welcomed a
    report which showed`: `report`, its article left off), else None: the document finds, never the party (wave 41i)."""
    received = _RECEIVED_RE.search(text, start, end)
    if received is None or received.group("verb") not in RECEIVING_VERBS or received.group("head") not in DOCUMENT_NOUNS:
        return None
    return received.start("phrase"), received.end("phrase")


def _taken_document(text: str, start: int, end: int) -> Span | None:
    """Return another party's document that a clause of narration took in right before `which` (`The council welcomed
    new street count figures which show`, `following survey results which showed`), its noun phrase after
    its article, with no owner named, else None: the document finds as itself (`speakers.taken_documents`, wave 60k)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    heads = [at for at in range(max(0, len(words) - ANTECEDENT_WORDS), len(words)) if _is_document(words[at].group())]
    opener = next((at for head in reversed(heads) if (at := taken_phrase(words, head)) is not None), None)
    if opener is None or any(_is_owner(word.group()) for word in words[opener:]) \
            or not _narration_before(text, start, start + words[opener].start(), reported=True):
        return None
    return start + words[opener].start(), end


def taken_before(text: str, start: int, which_start: int) -> bool:
    """Say whether another party's document, taken in by a clause of narration, stands right before a `which` at
    which_start (`issued a statement following membership figures which showed`): that clause is the document's."""
    return _taken_document(text, start, which_start) is not None


def _named_party(text: str, start: int, comma: int) -> Span | None:
    """Return a name right before a relative clause's comma (past an apposition and an acronym), after a clause of
    narration with a verb of its own, else None."""
    apposition = _APPOSITION_RE.search(text, start, comma)
    name_end = apposition.start() if apposition else comma
    acronym = _ACRONYM_RE.search(text, start, name_end)
    name_end = acronym.start() if acronym else name_end
    name = _NAME_RE.search(text, start, name_end)
    if name is None or not _narration_before(text, start, name.start(), reported=False):
        return None
    return name.start(), name.end()


def _document_phrase(text: str, start: int, comma: int) -> Span | None:
    """Return the noun phrase of a document right before a relative clause's comma (from its article, or the word
    after a preposition or a verb, to the comma or a participle after its head), after a clause of narration with no
    cue of its own, else None."""
    words = list(re.finditer(r"\S+", text[start:comma]))
    heads = [at for at in range(max(0, len(words) - ANTECEDENT_WORDS), len(words)) if _is_document(words[at].group())]
    if not heads:
        return None
    opener = _phrase_opener(words, heads[-1])
    if opener is None or not any(_is_owner(word.group()) for word in words[opener:heads[-1]]) \
            or not _narration_before(text, start, start + words[opener].start(), reported=True):
        return None
    end = next((start + word.start() for word in words[heads[-1] + 1:] if _is_participle(word.group())), comma)
    return start + words[opener].start(), end


def _phrase_opener(words: list[re.Match[str]], head: int) -> int | None:
    """Return the index of the word that opens a document's noun phrase: its article, or the word after the nearest
    preposition or verb before its head; None when the subject owns it (`its annual report`)."""
    for at in range(head - 1, -1, -1):
        word = words[at].group().lower().strip(",;:")
        if word in POSSESSIVE_PRONOUNS:
            return None  # "published its annual report": the subject's own, read as before
        if word in ARTICLES:
            return at
        if word in PREPOSITIONS or is_verb_like(word) and not (at > 0 and _is_owner(words[at - 1].group())):
            return at + 1  # "pointed to Harbour University's annual report": the phrase opens after `to` (a
            # participle after the owner, `the university's revised report`, is the head's adjective)
    return None


def _narration_before(text: str, start: int, phrase_start: int, reported: bool) -> bool:
    """Say whether the words before a phrase are a clause of narration with a verb of its own; with `reported`, also
    that no verb of speech among them makes the phrase part of someone's reported words (`told the board that`)."""
    before = [word.lower().strip(",;:\"\u201c\u201d") for word in text[start:phrase_start].split()]
    spoken = reported and bool(set(before) & QUOTING_VERBS)
    return len(before) >= 2 and any(is_verb_like(word) for word in before[1:]) and not spoken


def _is_document(word: str) -> bool:
    """Say whether a word is a document's head noun (`report`, `review,`)."""
    return without_possessive(word.lower().strip(",;:")) in DOCUMENT_NOUNS


def _is_owner(word: str) -> bool:
    """Say whether a word names a document's owner (`university's`, `Wexmoor Council’s`)."""
    return without_possessive(word) != word


def _is_participle(word: str) -> bool:
    """Say whether a word after a document's head is a participle that closes its noun phrase (`presented`)."""
    return word.islower() and is_ed_form(word)
