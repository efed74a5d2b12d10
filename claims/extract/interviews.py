"""Who asks and who answers in an interview: the interviewer its introduction names, and the initials that label
the interviewee's turns.

An introduction names two people more often than one: the person who answers (`its chief executive, Jo Roe`) and
the one who asks (`She spoke to business editor Al Key`, `Interview by Al Key`, `Al Key, our health
correspondent, asked ...`). The one named with a press role or after `by` asks, so the other answers. A labelled
interview may print the answerer's initials (`JR: We ...`) where another prints a surname (`Roe: We ...`).
"""
from __future__ import annotations

import re

from .entities import Mention
from .vocabulary import FIRST_PERSON_RE, PRESS_ROLES, verb_alternation

_PRESS_BEFORE_RE = re.compile(r"(?:\b(?:%s)s?,?|\b[Bb]y|\b(?:[Ss]he|[Hh]e|[Tt]hey)[ \t]+(?:spoke|speaks?|talk(?:s|ed)?)"
                              r"[ \t]+(?:to|with))[ \t]+$" % verb_alternation(PRESS_ROLES), re.IGNORECASE)
"""What stands right before an interviewer's name: `business editor `, `our correspondent, `, `Interview by `, or the
interviewee as a pronoun talking to them (`She talked to `; `We spoke to ` names the interviewee instead)."""
_PRESS_AFTER_RE = re.compile(r",[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,3}?(?:%s)s?(?:-[a-z]+){0,2}[ \t]*[,.;)\n]"
                             % verb_alternation(PRESS_ROLES), re.IGNORECASE)
"""What stands right after an interviewer's name: an apposition that closes on a press role (`, our health
correspondent,`, `, Editor-in-Chief,`), never a clause going on to another name (`, spoke to business editor Al Key`)."""
MAX_ROLE_REACH = 60
"""How far before or after a name its press role may stand."""


def is_interviewer(text: str, mention: Mention) -> bool:
    """Say whether an introduction names a person as the press's: a press role or `by` right before the name, or a
    press role in the apposition right after it."""
    name_at = max(mention.start, text.find(mention.name, mention.start, mention.end))  # "By Al Key" read as one mention
    before = text[max(0, name_at - MAX_ROLE_REACH):name_at]
    return _PRESS_BEFORE_RE.search(before) is not None \
        or _PRESS_AFTER_RE.match(text, mention.end, mention.end + MAX_ROLE_REACH) is not None


def answerers(text: str, people: dict[str, Mention]) -> dict[str, Mention]:
    """Return the people of an introduction less those it names as the press's, when one or more remain."""
    kept = {name: m for name, m in people.items() if not is_interviewer(text, m)}
    return kept or people


MAX_INITIALS = 4
"""A label of initials is two to four capital letters (`JR`, `RO`, `JMcK` is not)."""


def is_initials(label: str) -> bool:
    """Say whether a label is a person's initials: two to four capital letters (`RO`, `JMR`)."""
    return 2 <= len(label) <= MAX_INITIALS and label.isalpha() and label.isupper()


def by_initials(label: str, people: list[Mention]) -> Mention | None:
    """Return the one person of full names whose initials a label spells (`RO:` for Rachel Okafor); else None."""
    if not is_initials(label):
        return None
    named = {m.name: m for m in people if "".join(w[0] for w in m.name.split() if w[:1].isupper()) == label}
    return next(iter(named.values())) if len(named) == 1 else None


_EDITED_RE = re.compile(r"\b(?:interview|conversation|transcript|Q\s*&\s*A)\b[^.!?\n]{0,60}\b(?:edited|condensed|shortened)\b"
                        r"|\b(?:edited|condensed)\s+for\s+(?:length|clarity|brevity)", re.IGNORECASE)
"""The writer's note on an interview (`This interview has been edited for length and clarity.`)."""


def is_editors_note(text: str, start: int, end: int) -> bool:
    """Say whether a paragraph is the writer's note on the interview (edited, condensed), in no one's first person."""
    return text.find("ed", start, end) >= 0 and _EDITED_RE.search(text, start, end) is not None \
        and FIRST_PERSON_RE.search(text, start, end) is None
