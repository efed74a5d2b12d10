"""Speakers whose own words are no name (wave 64d): a row's speaker is tested on its words once the table's speakers
are final, and a reading that cannot be a name is cut to the name the text gives or made unresolved.

Two shapes:

- a release's header words read as its issuer (`FOR IMMEDIATE RELEASE Friday`): a release marker
  (`data/release_markers.txt`) and the day or date after it name nobody; what is left is kept when it is a name the
  text writes alone elsewhere, else the row is unresolved, its words kept;
- a title-case headline's run closing on a small joining word (`Kelby Imposes A Fine Of`): no name ends on `of`,
  `a`, `the`, `to`; its first words are kept when the text writes them alone elsewhere as a name (`Kelby`, a body's
  letters or two words or more), else the row is unresolved.
"""
from __future__ import annotations

import re

from ..vocabulary import MONTHS, RELEASE_MARKERS, WEEKDAYS, load_words
from .place_speakers import whole_word_spots
from .records import Found, reread_speakers, speaking
from .run_on_names import may_stand, written_alone

HEADER_PHRASES: tuple[str, ...] = tuple(sorted((marker for marker in RELEASE_MARKERS if " " in marker), key=len,
                                               reverse=True))
"""A release's header phrases of two words or more (`for immediate release`, `media release`), longest first."""
CLOSING_JOINS: frozenset[str] = load_words("closing_joins")
"""Small words no name ends on (`of`, `a`, `the`): a headline's run broken mid-phrase (`data/closing_joins.txt`)."""
_DATE_WORD_RE = re.compile(r"[\d,./-]+(?:st|nd|rd|th)?")
"""A date's figures and marks (`3,`, `2023`, `03/03`, `12th`): no name's word."""


def name_speakers(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker whose words are no name cut to the name the text gives, else unresolved."""
    return reread_speakers(found, speaking, lambda speaker: named_part(text, speaker), _given_name)


def _given_name(item: Found, named: str | None) -> Found:
    """Return a row given the name its speaker's words hold, unresolved when they hold none."""
    if named is None:
        return item._replace(kind="unresolved")
    return item if named == item.speaker else item._replace(speaker=named)


def named_part(text: str, speaker: str) -> str | None:
    """Return a speaker as it is, the name its words hold (`Kelby` of `Kelby Imposes A Fine Of`), or None when its
    words are no name and hold none."""
    words = speaker.split()
    marker = release_marker(speaker)
    if marker is not None:
        rest = [word for word in speaker[:marker[0]].split() + speaker[marker[1]:].split() if not date_word(word)]
        return kept_part(text, speaker, rest) if rest else None
    if len(words) >= 2 and words[-1].lower() in CLOSING_JOINS:
        for size in range(len(words) - 2, 0, -1):
            if words[size - 1].lower() not in CLOSING_JOINS and (part := kept_part(text, speaker, words[:size])):
                return part
        return None
    return speaker


def release_marker(speaker: str) -> tuple[int, int] | None:
    """Return where a speaker holds a release's header phrase (`FOR IMMEDIATE RELEASE`), as whole words, else None."""
    lower = speaker.lower()
    for marker in HEADER_PHRASES:
        if marker not in lower:
            continue  # the cheap test first: most speakers hold no header phrase (wave 68p)
        for match in re.finditer(rf"(?<!\w){re.escape(marker)}(?!\w)", lower):
            return match.start(), match.end()
    return None


def date_word(word: str) -> bool:
    """Say whether a word is part of a date: a weekday, a month, figures (`Friday`, `March`, `3,`)."""
    bare = word.strip(",.;:-").lower()
    return not bare or bare in WEEKDAYS or bare in MONTHS or _DATE_WORD_RE.fullmatch(bare) is not None


def kept_part(text: str, speaker: str, words: list[str]) -> str | None:
    """Return the words as a name when the text writes them alone outside the speaker's own spots, all capitalised
    and, a single word, a body's letters (`KTRA`), else None."""
    part = " ".join(words)
    if len(words) == 1 and not may_stand(words) or not all(word[:1].isupper() for word in words):
        return None
    spots = whole_word_spots(text, speaker)
    inside = range(spots[0], spots[0] + len(speaker)) if spots else range(0)
    return part if written_alone(text, part, inside) else None
