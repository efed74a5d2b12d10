"""A name that names a thing, never a party (wave 34h): a person-shaped name whose own words show it is a mountain, a
lake, a storm or a phrase in capitals (its first word in `data/thing_openings.txt`: `Mount Kaloola`, `Storm Dervla`,
`No Significant Fault`), or a country's body or a place (its last word a place's, `PLACE_WORDS`: `Met Éireann`, whose
`Met` was read as a title), or a common word's plural closing a name that opens on a common word (wave 68d: `Stop
Notices`, `Improvement Orders`), is no one a later `he` or `she` means, so it never becomes the last person named.

Unless the text treats it as a person's: an honorific before its last word or that word alone before a cue
(`misread_bodies.never_a_person`: `Mr Doyle`, `Doyle said`), the whole name before a cue (`Storm Kerridge said`), or
a description set off by a comma after it (`Storm Kerridge, the club's new striker,`)."""
from __future__ import annotations

import re

from ...finding import find_all
from ..entities import Mention
from ..misread_bodies import CUES_AFTER_NAME, never_a_person
from ..title_nouns import common_word_no_given_name, is_common_plural
from ..vocabulary import PLACE_WORDS, load_words

THING_OPENINGS: frozenset[str] = load_words("thing_openings")
"""First words of the names of mountains, lakes, rivers, storms and phrases in capitals (`mount`, `storm`, `no`)."""

_DESCRIBED_RE = re.compile(r",[ \t]+(?:the|a|an|his|her|who|aged|\d)\b")
"""A description set off by a comma right after a name: `, the club's new striker`, `, who`, `, 34,`."""


def names_a_thing(text: str, mention: Mention) -> bool:
    """Say whether a person-shaped mention with no title of its own names a thing by its words, and the text never
    treats it as a person's."""
    words = mention.name.split()
    if mention.possessive or len(words) < 2 or mention.title not in ("", words[0].lower()):
        return False  # "Chief Inspector Mount Garrow": a title of its own; "Met Éireann": its first word read as one
    if words[0].lower() not in THING_OPENINGS and words[-1].lower() not in PLACE_WORDS and not _things_plural(words):
        return False  # the common case, tested cheaply
    return never_a_person(text, mention.name) and not _spoken_of_as_person(text, mention.name)


def _things_plural(words: list[str]) -> bool:
    """Say whether a name closes on a common word's plural and opens on a common word that is no given name
    (`Repair Notices`, `Stop Notices`; never `Tyra Banks`, `Mark Fields`), a thing's name (wave 68d)."""
    return is_common_plural(words[-1]) and common_word_no_given_name(words[0])


def _spoken_of_as_person(text: str, name: str) -> bool:
    """Say whether the text writes the whole name right before a cue (`Storm Kerridge said`) or sets a description off
    after it (`Storm Kerridge, the club's new striker,`)."""
    if any(name + cue in text for cue in CUES_AFTER_NAME):
        return True
    return any(_DESCRIBED_RE.match(text, at + len(name)) is not None for at in find_all(text, name))
