"""Names with words run on (wave 58n): a speaker the text writes once, whose edge words ran onto a name the text
also writes alone, is that name: the text shows where it ends. Two edges:

- on the right, words the text also writes in small letters or a day's or month's name (`Mats Ljungqvist
  Cooperation` of `says Mats Ljungqvist Cooperation with Swedish authorities`, a heading run in; `BBC Tuesday` of
  `published by the BBC Tuesday morning`);
- on the left, a count in words and what follows it (`Three New Brunswick RCMP` of `Three New Brunswick RCMP
  members`).

The name kept is a person's full name of two words or more, or a body's letters (`BBC`, `RCMP`), written elsewhere in
the text with no capitalised word running on from either side (`cut_names.left_run`, `right_run`). A speaker of any
small word (`Department of Health`), initial or figure, or one that ends on a body's head (`Kelby NHS Trust`), is
kept whole. The step runs once, where the table's speakers are final.
"""
from __future__ import annotations

import re

from ..entities import COUNTRY_ACRONYMS
from ..vocabulary import MONTHS, NUMBER_WORDS, ORG_HEADS, WEEKDAYS
from .cut_names import left_run, right_run
from .place_speakers import whole_word_spots
from .records import Found, reread_speakers, speaking

MIN_LETTERS = 2
"""How many capitals a body's letters have at least (`BBC`; never `A`)."""
_CAPITALISED_RE = re.compile(r"[A-Z][A-Za-z'’-]*")
"""A capitalised word of letters (`Ljungqvist`, `RCMP`, `O'Neill`): no initial's full stop, no figure."""


def trim_run_on_names(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker whose edge words ran onto a name the text writes alone given that name."""
    return reread_speakers(found, speaking, lambda speaker: bounded_name(text, speaker), _given_bounds)


def _given_bounds(item: Found, kept: str) -> Found:
    """Return a row given its speaker's bounded name (most rows keep their speaker: no copy made)."""
    return item if kept == item.speaker else item._replace(speaker=kept)


def bounded_name(text: str, speaker: str) -> str:
    """Return the longest first or last words of a speaker written once that the text writes alone elsewhere and that
    may stand as a name, their other words run on (`Mats Ljungqvist` of `Mats Ljungqvist Cooperation`), else the
    speaker as it is."""
    words = speaker.split(" ")
    if len(words) < 2 or not all(_CAPITALISED_RE.fullmatch(word) for word in words) \
            or words[-1].lower() in ORG_HEADS:
        return speaker
    spots = whole_word_spots(text, speaker)
    if len(spots) != 1:
        return speaker
    inside = range(spots[0], spots[0] + len(speaker))
    for size in range(len(words) - 1, 0, -1):
        for part, rest, right in ((words[:size], words[size:], True), (words[-size:], words[:-size], False)):
            if may_stand(part) and runs_on(text, rest, right) \
                    and written_alone(text, " ".join(part), inside):
                return " ".join(part)
    return speaker


def runs_on(text: str, rest: list[str], right: bool) -> bool:
    """Say whether a speaker's words past a name ran onto it: on the right each a day, a month or a word the text also
    writes in small letters (`Tuesday`, `Cooperation`); on the left from a count in words (`Three New Brunswick`)."""
    if not right:
        return rest[0].lower() in NUMBER_WORDS
    return all(word.lower() in WEEKDAYS or word.lower() in MONTHS or written_small(text, word) for word in rest)


def written_small(text: str, word: str) -> bool:
    """Say whether the text writes a word in small letters somewhere (`cooperation`): a common word."""
    return re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w-])", text) is not None


def may_stand(words: list[str]) -> bool:
    """Say whether a part of a speaker may stand as a name of its own: a body's letters (`RCMP`, never a country's,
    `UK`), or two words or more that end on no body's head (`Mats Ljungqvist`, never `Borough Council`)."""
    if len(words) == 1:
        return words[0].isalpha() and words[0].isupper() and len(words[0]) >= MIN_LETTERS \
            and words[0].lower() not in COUNTRY_ACRONYMS  # `UK` of `UK Academics`: a place
    return words[-1].lower() not in ORG_HEADS


def written_alone(text: str, part: str, inside: range) -> bool:
    """Say whether the text writes a part of a name outside the name's own spot with no capitalised word running on
    from either side (`by the BBC alongside`)."""
    return any(at not in inside and not left_run(text, at, part) and not right_run(text, at + len(part))
               for at in whole_word_spots(text, part))
