"""A person described without a name who asks not to be named (wave 34d): `A porter at one Dunmere hospital, who
asked not to be named, said A. "B," he said.`, `Among those moved is a retired welder who ... asked not to be named.
He said C`, `An official at the X Board (XB), speaking on condition of anonymity, said D`.

News reports quote such a person in the words that describe them, and a `he` or `she` right after means that
person: never the body whose spokesperson spoke before (`A spokeswoman for X said ... [next paragraph] ... she
said`), nor the person named before the description, nor the body inside the description (`the X Board`).

- A subject whose words, or the relative clause right after them, hold an anonymity phrase
  (`data/anonymity_phrases.txt`) after a relative `who` or `speaking` speaks as the description that opens it, when that opens on `a`, `an`, `one` or `another` and nothing
  is set off by commas before the relative (`One tenant, Kay, a mother of two who asked ...` keeps its name); a
  spokesperson (`A spokesman for one of X's rivals, who asked ...`) is a body's voice, left to `voices`.
- A bare `he` or `she` speaks as the description an anonymity phrase gives in its own paragraph or the one before,
  when no person and no spokesperson is named between the phrase and the pronoun; in that sentence the description
  may follow other words (`Among those moved is a retired welder who`), never a preposition (`The daughter of one
  resident, who asked ...`: the daughter, read by the rules after).

Anything else is left to the rules after it: no guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import find_mentions
from ..text import line_start
from ..vocabulary import PERSON_PRONOUNS, PREPOSITIONS, VOICE_ROLES, load_words

ANONYMITY_PHRASES: frozenset[str] = load_words("anonymity_phrases")
"""The words by which a described person asks not to be named: `asked not to be named`."""
ANONYMITY_RE = re.compile(r"\b(?:%s)\b" % "|".join(
    r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(ANONYMITY_PHRASES, key=len, reverse=True)))
_GUARDS: frozenset[str] = frozenset(phrase.split()[-1][:6] for phrase in ANONYMITY_PHRASES)
"""A cheap test before the phrases' pattern: the opening of each phrase's last word (`named`, `anonym`)."""
_OPENER_RE = re.compile(r"\s*,?\s*\b(?:who|speaking)\b")
"""The relative clause or participle that carries the phrase: `, who asked`, ` who worked ... and asked`."""
_DETERMINERS: frozenset[str] = frozenset({"a", "an", "one", "another"})
"""The words an unnamed person's description opens with (`A porter`, `One grower`, `another analyst`)."""
_TRAILING_BRACKETS_RE = re.compile(r"\s*\([^()]*\)\s*$")
"""Letters in brackets closing a description (`the X Board (XB)`): the description ends before them."""
MAX_DESCRIPTION_WORDS = 10
"""A described person is a short phrase: `A consultant paediatric neurologist at a Dublin hospital`."""
MAX_CLAUSE = 250
"""How far after a subject its relative clause is read for an anonymity phrase at most."""
LOOK_BACK = 1500
"""How far before a pronoun its paragraph and the one before are read at most."""


class AnonymousPersonError(ValueError):
    """A range of the text that cannot hold a description (its end before its start)."""


def anonymous_speaker(text: str, start: int, end: int) -> str | None:
    """Return the described person who speaks from the words before a cue: an anonymous subject, or the anonymous
    person a bare `he` or `she` means; else None."""
    words = text[start:end].split()
    if len(words) == 1 and words[0].lower() in PERSON_PRONOUNS:
        return anonymous_antecedent(text, start)
    return anonymous_subject(text, start, end)


def anonymous_subject(text: str, start: int, end: int) -> str | None:
    """Return the description opening a subject that asks not to be named (`A porter at X, who asked not to be
    named,`), else None."""
    found = _phrase(text, start, end)
    if found is not None:
        opener = _OPENER_RE.search(text, start, found.start())
        return anonymous_description(text, start, opener.start(), True) if opener is not None else None
    opener = _OPENER_RE.match(text, end)  # the subject's words stop before its relative clause
    if opener is None or _phrase(text, opener.end(), _clause_end(text, opener.end())) is None:
        return None
    return anonymous_description(text, start, end, True)


def anonymous_antecedent(text: str, at: int) -> str | None:
    """Return the anonymous person a pronoun at offset `at` means: the last one described in its paragraph or the
    one before, with no person or spokesperson named since; else None."""
    low = _previous_paragraph_start(text, at)
    found = None
    for found in _phrases(text, low, at):
        pass
    if found is None or _named_between(text, found.end(), at):
        return None
    stop = text.rfind(". ", low, found.start())  # none before: the sentence opens at `low`, not one letter on
    sentence = max(stop + 2 if stop >= 0 else low, line_start(text, found.start()), low)
    opener = _OPENER_RE.search(text, sentence, found.start())
    return anonymous_description(text, sentence, opener.start(), False) if opener is not None else None


def anonymous_description(text: str, start: int, end: int, opening: bool) -> str | None:
    """Return the unnamed person's description in text[start:end] (before the relative clause): from its determiner
    to the end, brackets dropped; the determiner opens the words when `opening`; None when a comma sets words off."""
    if end < start:
        raise AnonymousPersonError(f"offsets {start}..{end}: a description's end must not come before its start")
    words = _TRAILING_BRACKETS_RE.sub("", text[start:end].rstrip(" ,")).split()
    if not words or any("," in word for word in words):
        return None
    first = next((i for i, word in enumerate(words) if word.lower() in _DETERMINERS), -1)
    if first < 0 or (opening and first > 0) or len(words) - first > MAX_DESCRIPTION_WORDS \
            or first > 0 and words[first - 1].lower() in PREPOSITIONS:
        return None  # "The daughter of one resident": `one resident` is no one's description of the speaker
    if any(word.lower() in VOICE_ROLES for word in words[first:]):
        return None  # "A spokesperson for one of X's rivals, who asked ...": a body's voice, read by `voices`
    return " ".join(words[first:])


def _phrase(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the first anonymity phrase in text[start:end], a cheap test first."""
    return next(_phrases(text, start, end), None)


def _phrases(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield the anonymity phrases in text[start:end], none when no phrase's last word is there at all."""
    if not any(text.find(guard, start, end) >= 0 for guard in _GUARDS):
        return iter(())
    return ANONYMITY_RE.finditer(text, start, end)


def _clause_end(text: str, start: int) -> int:
    """Return where the sentence or line after offset `start` ends, at most `MAX_CLAUSE` characters on."""
    ends = [at for at in (text.find(". ", start, start + MAX_CLAUSE), text.find("\n", start, start + MAX_CLAUSE))
            if at >= 0]
    return min(ends, default=min(len(text), start + MAX_CLAUSE))


def _previous_paragraph_start(text: str, at: int) -> int:
    """Return where the paragraph before the one holding offset `at` starts, at most `LOOK_BACK` characters back."""
    low = max(0, at - LOOK_BACK)
    own = text.rfind("\n\n", low, at)
    before = text.rfind("\n\n", low, own) if own >= 0 else -1
    return before + 2 if before >= 0 else low


def _named_between(text: str, start: int, end: int) -> bool:
    """Say whether a person or a spokesperson is named in text[start:end]: then a pronoun may mean them."""
    between = text[start:end].lower()
    if any(role in between for role in VOICE_ROLES):
        return True
    return any(mention.kind == "person" for mention in find_mentions(text, start, end))
