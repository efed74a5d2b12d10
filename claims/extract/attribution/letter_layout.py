"""A letter's layout around its claims (wave 22c): the purpose line that carries one (`I am writing to tell you, before
..., that A`), and the arrangements it lists (an event's place and time, a timetable's dated steps, a telephone line),
which are nobody's claim."""
from __future__ import annotations

import re

from ..release import CONTACT_RE
from ..text import Span
from ..vocabulary import MONTH, WEEKDAYS

TOLD_RE = re.compile(r"(?:I|We)[ \t]+(?:am|are|have[ \t]+been)[ \t]+writing[ \t]+to[ \t]+(?:tell|inform|let)[ \t]+you"
                     r"(?:[ \t]+know)?(?:,[^,.;:]{1,80},)?[ \t]+that[ \t]+")
"""A letter's purpose line before what it tells (`I am writing to tell you, before anything appears in the press,
that`, `We are writing to let you know that`): the words after `that` are the sender's claim."""


def told_content(text: str, sentence: Span) -> Span | None:
    """Return what a letter's purpose line tells its reader (the words after `that`), else None (`I am writing to
    invite you to ...`: a courtesy)."""
    if text[sentence[0]:sentence[0] + 1] not in ("I", "W"):
        return None  # the cheap test first: a purpose line opens on its sender
    told = TOLD_RE.match(text, *sentence)
    return (told.end(), sentence[1]) if told is not None and told.end() < sentence[1] else None


WEEKDAY = r"(?:%s)" % "|".join(day.capitalize() for day in sorted(WEEKDAYS))
"""A day of the week, capitalised (`Tuesday`), of the one list (`vocabulary.WEEKDAYS`, wave 35f)."""
DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
EVENT_RE = re.compile(rf"[^:\n]{{3,60}}:[ \t]*{WEEKDAY},?[ \t]+{DAY_MONTH}\b")
"""An event's place and day (`Elm Road Hall: Tuesday 23 March, 2pm to 7.30pm`, `Online webinar: Thursday 25 March`)."""
DATED_STEP_RE = re.compile(rf"{DAY_MONTH}(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?::|[ \t][\-\u2013\u2014])[ \t]*(?P<step>[^\n]+)")
"""A timetable's dated step (`12 February: nominations open`, `March 16 - proposed boundaries go to the board`)."""
REPORTED_RE = re.compile(r"\b(?:was|were|had|did|has|have)\b|\b[a-z]{3,}ed\b")
"""A past or perfect verb: a dated line that reports (`12 May: the crew finished the trench`), not a step to come."""
MAX_STEP_WORDS = 10
"""A timetable's step is a short phrase."""


def is_listing(text: str, span: Span) -> bool:
    """Say whether a line or sentence of a letter only lists an arrangement: an event's place and day, a timetable's
    dated step with no figure and no report of what happened (its first word may be an -ed adjective: `proposed
    boundaries`), or a telephone number to call."""
    if CONTACT_RE.search(text, *span) is not None or EVENT_RE.match(text, *span) is not None:
        return True
    step = DATED_STEP_RE.fullmatch(text, *span) if text[span[0]:span[0] + 1].isalnum() else None
    if step is None:
        return False
    words = step.group("step").split()
    return len(words) <= MAX_STEP_WORDS and not any(c.isdigit() for c in step.group("step")) \
        and REPORTED_RE.search(" ".join(words[1:])) is None
