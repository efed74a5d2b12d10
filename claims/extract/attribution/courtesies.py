"""Courtesies: a sentence of thanks or sympathy (`I want to thank our staff.`, `Our thoughts remain with his family.`)
is nobody's claim (wave 25f). One that goes on to a figure or a clause of its own (`who worked 40 nights`, `but the
cuts will close three libraries`) still holds something checkable and stays."""
from __future__ import annotations

import re

from ..text import Span
from ..vocabulary import load_words, verb_alternation

OPENING_RE = re.compile(r"[\"'\u201c\u2018]?(?:%s)\b" % verb_alternation(load_words("courtesy_openings")), re.I)
"""How a courtesy opens (data courtesy_openings)."""
MORE_RE = re.compile(r"\d|\b(?:who|which|that|but|because|although|though|while|whilst|since|after|as|when|and\s+(?:I|we|it|they|the))\b"
                     r"|[;:]|\.\s+\S")
"""What makes a courtesy hold a claim: a figure, a clause of its own, a second sentence."""


def is_courtesy(text: str, span: Span) -> bool:
    """Say whether a row is only a sentence of thanks or sympathy."""
    quote = text[span[0]:span[1]]
    opening = OPENING_RE.match(quote)
    return opening is not None and MORE_RE.search(quote, opening.end()) is None
