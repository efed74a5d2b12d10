"""The body a paragraph has just made its sentence's subject (`Fenbridge City Council has published its figures.`):
what `the council` in the next sentences means when the text names two councils, before whichever spoke earlier
(wave 45d)."""
from __future__ import annotations

import re

from ..entities import Mention, head_noun
from ..vocabulary import ROLES

from .words import TITLE_WORDS

SENTENCE_OPENING_RE = re.compile(r"(?:^|[.!?:]\s+|\n)\s*$")
"""What ends right before a name that opens its sentence or line (a stop and a space, a line's start)."""
NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")
"""The lower-case word right after a name (`has` of `X Council has published`)."""
OPENING_LOOKBACK = 3
"""How many characters before a name tell whether it opens its sentence (`.  ` or a line break)."""
PARAGRAPHS_BACK = 1
"""How many paragraph breaks may lie between the subject and the reference: its paragraph or the one before."""


def opens_sentence(text: str, mention: Mention) -> bool:
    """Say whether a body's name opens its sentence or line (`X Council has`, a header line `X Board`), its article
    aside (`The X Surgery, on Y Road, has`)."""
    start = mention.start - 4 if text[max(0, mention.start - 4):mention.start] in ("The ", "the ") else mention.start
    return start <= 0 or SENTENCE_OPENING_RE.search(text[max(0, start - OPENING_LOOKBACK):start]) is not None


def opens_as_subject(text: str, mention: Mention) -> bool:
    """Say whether a body's name opens its sentence or line and a verb follows it, not a post (`X Council chair Jo
    Roe said`: the chair's employer, never the sentence's subject)."""
    if not opens_sentence(text, mention):
        return False
    following = NEXT_WORD_RE.match(text, mention.end)
    return following is not None and following.group(1) not in ROLES and following.group(1) not in TITLE_WORDS


def bodies_of_head(bodies: list[Mention], start: int, word: str) -> list[Mention]:
    """Return the bodies named before `start` whose own head is the reference's noun (`X City Council` for
    `council`), in text order."""
    stem = word.rstrip("s")
    return [m for m in bodies if m.end <= start and " " in m.name and head_noun(m.name).rstrip("s") == stem]


def two_bodies_of_head(bodies: list[Mention], start: int, word: str) -> bool:
    """Say whether two different bodies of the reference's head are named before `start`: only then does the
    subject decide which one `the council` means; one body alone is read as before (wave 8, 9)."""
    return len({m.name for m in bodies_of_head(bodies, start, word)}) > 1


def subject_named_before(text: str, bodies: list[Mention], start: int, word: str) -> Mention | None:
    """Return the last body whose own head is the reference's noun named before `start`, when it opens its sentence
    as the subject in this paragraph or the one before (`Fenbridge City Council has published its figures. ... The
    council said`: Fenbridge, even after Harlowe Borough Council spoke above); else None, and None when another body
    of that head is named in the subject's own paragraph: two subjects side by side leave either meant (wave 8)."""
    named = bodies_of_head(bodies, start, word)
    if not named or text.count("\n\n", named[-1].end, start) > PARAGRAPHS_BACK:
        return None
    subject = named[-1]
    paragraph = text.rfind("\n\n", 0, subject.start)
    if any(m.name != subject.name and m.start > paragraph for m in named):
        return None  # "X Council approved it. Y Council objected.\n\nThe council said": either of them (wave 8)
    return subject if opens_as_subject(text, subject) else None
