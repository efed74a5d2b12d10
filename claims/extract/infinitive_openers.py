"""An auxiliary in capitals right after `to` opening a run (`calling on voters to: Be Proud of Tarn`, `asks
voters to Do Right by the Harbour`): the infinitive's verb, set in capitals as a campaign's slogan, is no part of a
name, so no person `Be Proud` is read (wave 61f). Only the base forms an infinitive takes are read, so a modal that
is also a given name keeps its place (`wrote to Will Tanner`).

Below `entities` (which cuts the verb off a run before naming it), beside `question_openers`.
"""
from __future__ import annotations

import re

BASE_AUXILIARIES: frozenset[str] = frozenset("have do be".split())
"""Auxiliaries in the base form an infinitive takes (`to Have`, `to Do`, `to Be`): none is a given name, as `Will`
is."""
TO_BEFORE_RE = re.compile(r"(?P<before>[\w'\u2019-]+)[ \t]+to:?[ \t]+\Z")
"""`to` (and a colon) right before a run, an infinitive's marker, and the word before it."""
MAX_TO_REACH = 40
"""Characters before a run read for its `to`."""


def infinitive_opener_end(text: str, start: int, end: int) -> int:
    """Return where the words after an auxiliary opening a run right after a lower-case word's `to` start; else
    `start`."""
    space = text.find(" ", start, end)
    if space < 0:
        return start
    word = text[start:space].lower()
    if word not in BASE_AUXILIARIES:
        return start  # the cheap test first: most runs open on no auxiliary
    marker = TO_BEFORE_RE.search(text, max(0, start - MAX_TO_REACH), start)
    if marker is None or not marker.group("before")[:1].islower():
        return start  # "Waiting to Be Seen": a title in capitals, its `to` and `Be` its own words
    return space + 1
