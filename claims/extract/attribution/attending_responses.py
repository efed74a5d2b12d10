"""A responding verb in its sense of going out to an event (wave 66g): `Ferrow Valley Fire Service responded to 611
grass fires`, `Firefighters responded to a call from a care home`, `an officer responded to reports of dead fish`,
`The trust responded to 88 per cent of its most urgent calls`. After `to`, a count or an event's noun (within a few
words: an article, a quantifier, a figure's words, adjectives) makes the verb the crew's act, narrated, never an answer
to someone's words, so it is no cue and what follows is no claim of the subject's. `responded to the report, saying`,
`responded to the criticism`, `responded to Mr Heskey's claim` keep their cue: a report, a claim or criticism there
is someone's words."""
from __future__ import annotations

import re

from ..figures import is_amount
from ..vocabulary import load_words

RESPONDING_VERBS: frozenset[str] = frozenset("respond responds responded responding".split())
"""The forms of `respond`, a cue when it answers words and an act when it attends an event."""
ATTENDED_EVENTS: frozenset[str] = load_words("attended_events")
"""Nouns of an event a crew attends (`calls`, `incidents`, `fires`; `data/attended_events.txt`)."""
MAX_EVENT_WORD = 6
"""The event's noun stands at most this many words after `to` (`to more than 300 false alarms`)."""
_EVENT_STOP = frozenset("that who which said saying says and but , ; : .".split())
"""Words after `to` that end the search for an event's noun: a clause or the sentence goes on."""
_WORDS_NOTED_RE = re.compile(r"(?:'s|\u2019s)$")
"""A possessive (`Mr Heskey's claim`): someone's words, never an event."""
REPORT_NOUNS: frozenset[str] = frozenset({"report", "reports"})
"""Event nouns that are someone's words unless `of` follows (`a report of a power saw`, not `the report, saying`)."""
DEMAND_NOUNS: frozenset[str] = frozenset({"call", "calls"})
"""Event nouns that are someone's words when `for` follows (`calls for his resignation`)..."""
SERVICE_WORDS: frozenset[str] = frozenset({"service", "help", "assistance"})
"""... unless `for` asks for a crew (`calls for service`, `a call for help`)."""


def _event_word(word: str) -> str:
    """Return a word after `to` in small letters without the marks around it."""
    return word.lower().strip(".,;:!?()\"'\u201c\u201d")


def _names_event(bare: str, word: str, after: list[str]) -> bool:
    """Say whether an event's noun (`calls`, `reports`) names an event there, by the words after it."""
    follower = after[0].lower() if after and word[-1:] not in ",;:." else ""
    if bare in REPORT_NOUNS:
        return follower == "of"
    asked = after[1].lower().strip(".,;:") if len(after) > 1 else ""
    return not (bare in DEMAND_NOUNS and follower == "for" and asked not in SERVICE_WORDS)


def attends_event(ahead: list[str]) -> bool:
    """Say whether the words from a cue word on (`responded`, `to`, `611`, `grass`, `fires`) go out to an event: a
    form of `respond`, then `to` and a count or an event's noun within MAX_EVENT_WORD words, before any possessive or
    clause."""
    if len(ahead) < 3 or _event_word(ahead[0]) not in RESPONDING_VERBS or ahead[1].lower() != "to":
        return False
    for at, word in enumerate(ahead[2:2 + MAX_EVENT_WORD], start=2):
        bare = _event_word(word)
        if is_amount(word) or bare in ATTENDED_EVENTS and _names_event(bare, word, ahead[at + 1:at + 3]):
            return True
        if bare in _EVENT_STOP or _WORDS_NOTED_RE.search(word) or word[-1:] in ",;:.":
            return False
    return False
