"""Two verb phrases of one subject joined by `and` that are one claim (wave 25h, issue 8).

- **A second verb whose object is a bare count** (`had opened six shops and closed three since the spring`,
  `received 2,310 bids and backed 204, so ...`): the count's noun is the first verb's object, so the second half
  cannot stand alone; a count followed by its own noun (`recruited 40 new staff`), a share or a sum (`fell 4%`,
  `awarded £2m`) or a part named with `of` (`cancelled 37 of them`) is a claim of its own.
- **A second participle sharing a passive auxiliary** (`had been agreed by its trustees and posted on its noticeboard`,
  `has been banned for three matches and fined £400`, `was started and never finished`): the participle has no
  auxiliary of its own and is followed by no object, so it is a second predicate of the passive clause before; a
  verb with its own auxiliary (`and had reopened`) or an object (`were called by a walker and traced the smoke`), or
  after an active clause, is a claim of its own. An adverb of manner may follow the participle (`are matched carefully
  and placed quickly with carers`, wave 45a).
"""
from __future__ import annotations

import re

from .figures import NUMBER_WORDS
from .vocabulary import PREPOSITIONS, is_past_form

_BARE_COUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
"""A count in figures (`204`, `2,310`): no sign, no unit, no decimal point."""
_CLOSING = ",.;:)\u201d\u2019\"'"
"""What may close a count that ends its phrase (`backed 204,`)."""


def is_bare_count(word: str) -> bool:
    """Say whether a word is a count with no sign or unit: figures (`204`, `2,310`) or a number in words (`forty`)."""
    word = word.rstrip(_CLOSING)
    return _BARE_COUNT_RE.fullmatch(word) is not None or word.lower() in NUMBER_WORDS


def elided_count(right: list[str]) -> bool:
    """Say whether the words after `and` are a verb and a bare count whose noun is left out (`closed three since the
    spring`, `backed 204, so ...`): nothing, a closing mark or a preposition after the count; never `of` (`cancelled
    37 of them` names its own part, a claim of its own)."""
    if len(right) < 2 or not is_bare_count(right[1]):
        return False
    count = right[1]
    after = right[2].lower() if len(right) > 2 else ""
    return not after or count[-1:] in _CLOSING or after != "of" and after in PREPOSITIONS


_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\b[^,;:]*$")
"""A passive clause's auxiliary and participle, in the last stretch before `and` that no comma breaks."""
SHARED_ADVERBS: frozenset[str] = frozenset("never not also then later since subsequently".split())
"""Adverbs that may stand between `and` and a participle sharing the auxiliary (`and never finished`)."""
_CURRENCY = "\u00a3$\u20ac"


def is_participle(word: str) -> bool:
    """Say whether a lower-case word reads as a past participle: in -ed or an irregular past (`agreed`, `sent`)."""
    word = word.strip(_CLOSING)
    return word.islower() and is_past_form(word, shortest=4)


def passive_before(left: str) -> bool:
    """Say whether the words before `and` end in a passive clause (`the check was started`, `had been agreed by X`)."""
    match = _PASSIVE_RE.search(left[-200:])
    return match is not None and is_participle(match.group(1))


def shares_auxiliary(right: list[str]) -> bool:
    """Say whether the words after `and` are a bare participle with no object: nothing, a preposition other than
    `of`, or a sum after it (`posted on its noticeboard`, `fined £400`, `never finished`)."""
    words = right[1:] if right and right[0].lower() in SHARED_ADVERBS else right
    if not words or not is_participle(words[0]):
        return False
    if len(words) > 2 and _is_manner_adverb(words[1]) and words[1][-1:] not in _CLOSING:
        words = words[:1] + words[2:]  # "and placed quickly with carers": an adverb of manner before the rest (45a)
    if len(words) == 1 or words[0][-1:] in _CLOSING or _is_manner_adverb(words[1]) and words[1][-1:] in _CLOSING:
        return True
    after = words[1].lower()
    return after != "of" and after in PREPOSITIONS or after[:1] in _CURRENCY


MIN_ADVERB_CHARS = 5
"""The shortest adverb in -ly read as one of manner (`fully`, `quickly`; not `fly`, `July`)."""


def _is_manner_adverb(word: str) -> bool:
    """Say whether a lower-case word reads as an adverb of manner in -ly (`quickly`, `carefully`, `swiftly,`)."""
    word = word.rstrip(_CLOSING)
    return word.islower() and word.endswith("ly") and len(word) >= MIN_ADVERB_CHARS


def shared_passive(left: str, right: list[str]) -> bool:
    """Say whether `and` joins a second participle to the passive clause before it (one predicate, one claim)."""
    return shares_auxiliary(right) and passive_before(left)
