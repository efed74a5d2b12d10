"""Letters in the plural (wave 33a): a letter the text introduces as a body's (`X today published the letter below`),
written only as `we` (`We write as 47 publishers ...`, `Our members ...`) and signed by one person above that body's
name (`Jo Roe` over `Chair, X`), speaks as the body; a letter with any `I`, `me` or `my`, or one whose signed body the
text never names before the letter, stays its signer's (`letters`, wave 24a: one signer speaks as herself).

Below `letters` (which asks it when no `on behalf of` and no joint signers name the body).
"""
from __future__ import annotations

import re

from ..text import Span
from ..vocabulary import ROLES, load_words

from .joint_signers import is_person, signature_lines, signers


def _voice_re(name: str) -> re.Pattern[str]:
    """Return a pattern of the words of a data file of pronouns, whole words, without regard to case."""
    words = sorted(load_words(name), key=len, reverse=True)
    return re.compile(r"(?<![\w'\u2019])(?:%s)(?![\w'\u2019])" % "|".join(re.escape(w) for w in words), re.IGNORECASE)


SINGULAR_RE = _voice_re("singular_voice")
"""The writer's own voice in the singular (`I`, `my`): the signer speaks."""
PLURAL_RE = _voice_re("plural_voice")
"""The writer's voice in the plural (`we`, `our`): the letter may speak for a body."""
MIN_BODY_WORDS = 2
"""The fewest words of a signed body's name (`Open Ballot Trust`), never one word (`Chair`, `Secretary`)."""


def plural_body(text: str, letter: Span, close: int, opening: int) -> str | None:
    """Return the body a letter (`letter`: its words, `close`: the end of its `Yours sincerely,`) speaks as: the body
    named on its one signer's lines that the text names before the letter (`opening`), when the letter says `we` and
    never `I`; else None."""
    if not PLURAL_RE.search(text, *letter) or SINGULAR_RE.search(text, *letter) or signers(text, close) != 1:
        return None
    before = text[:opening]
    return next((part for part in _signed_parts(text, close) if part in before), None)


def _signed_parts(text: str, close: int) -> list[str]:
    """Return the parts of a letter's signature lines, cut at commas, that may name a body (`Moorland Bakers'
    Alliance` of `Chair, Moorland Bakers' Alliance, on behalf of 40 members`): capitalised, two words or more, no post and no person (`Tomas Verrall`)."""
    parts = (part.strip() for start, end in signature_lines(text, close) for part in text[start:end].split(","))
    return [part for part in parts if part[:1].isupper() and len(part.split()) >= MIN_BODY_WORDS
            and part.lower() not in ROLES and not is_person(part)]
