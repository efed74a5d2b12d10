"""Codes as speakers (wave 26h): a speaker the text writes only with a number right after it is the cut head of a
code, a form, a page or a bill (`IRS Form` of `IRS Form 990`, `Page B` of `Page B3`, `ED` of `ED3`, `House Bill` of
`House Bill 3120`), never a party.

Its rows keep their words and become unresolved. A body named with a number (`Transit Workers Local 1172`, `Ardle
School District 212`) keeps speaking: its last word is a body's head noun; so does any name the text also writes
without a number after it (the number was then an aside, `Acme 2026` in a table's heading).
"""
from __future__ import annotations

import re

from ..entities import names_an_organisation
from ..vocabulary import ORG_HEADS
from .records import Found, unresolve_where

_WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*")
_NUMBER_AFTER_RE = re.compile(r"\s?[A-Z]?\d")
"""What follows a code's head: a figure, after a space or not (`Form 990`, `ED3`), or a letter and a figure (`B3`)."""


def unresolve_codes(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker that is a code's cut head made unresolved (its words kept)."""
    return unresolve_where(found, lambda speaker: is_code_speaker(text, speaker))


def is_code_speaker(text: str, speaker: str) -> bool:
    """Say whether a speaker is a code's head: the text writes it at least once and every time with a number right
    after it, and it is no numbered body nor a name with its number (`Motion 9`)."""
    words = _WORD_RE.findall(speaker)
    if not words or any(c.isdigit() for c in speaker) or is_numbered_body(words):
        return False  # `Motion 9`: the name holds its number
    if not number_after_somewhere(text, words[-1]):
        return False  # no spot of its last word has a number after it
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?![^\W\d_])"
    ends = [m.end() for m in re.finditer(pattern, text)]
    return bool(ends) and all(_NUMBER_AFTER_RE.match(text, end) is not None for end in ends)


def number_after_somewhere(text: str, word: str) -> bool:
    """Say whether a word stands somewhere in the text right before a number (`Form` in `Form 990`): a cheap test
    that every spot of a code's head needs."""
    at = text.find(word)
    while at >= 0:
        if _NUMBER_AFTER_RE.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def is_numbered_body(words: list[str]) -> bool:
    """Say whether a name's words read as a body that may carry a number: a body's head noun last (`School District`),
    or the name reader's body with no acronym in it (`Transit Workers Local`; `IRS Form` is a form, not the IRS)."""
    return words[-1].lower() in ORG_HEADS or names_an_organisation(words) and not any(w.isupper() for w in words)
