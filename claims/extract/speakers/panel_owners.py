"""A hearing panel the text names with its owner (`A fitness to practise panel of the Nursing and Midwifery Council
ruled`, `the Agency's professional conduct panel`, `an NCAA panel`): a later bare `the panel found` is that body's,
when the text gives one owner to its panels (wave 23b). A panel `appointed by` a body is not its own (an independent
panel advises it), so only `of`, a possessive or a modifier make an owner."""
from __future__ import annotations

import functools
import re

from ..entities import Mention
from ..vocabulary import load_words

from .modifier_bodies import named_body

PANEL_NOUNS: frozenset[str] = load_words("panel_nouns")
"""Nouns of a group a body convenes to hear a case (`panel`), read from `data/panel_nouns.txt`."""
_NOUNS = "|".join(sorted(PANEL_NOUNS, key=len, reverse=True))
_NAME = r"[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[A-Z][\w&'\u2019\-]*){0,6}"
_OF_OWNER_RE = re.compile(r"\b(?:%s)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>%s)" % (_NOUNS, _NAME))
"""A panel and its owner after `of` (`panel of the Nursing and Midwifery Council`, `panel of the TRA`)."""
_OWNER_BEFORE_RE = re.compile(
    r"\b(?:an?|the|The|An?)[ \t]+(?P<name>%s?)(?P<own>['\u2019]s)?[ \t]+(?:[a-z\-]+[ \t]+){0,4}?(?:%s)\b"
    % (_NAME, _NOUNS))
"""An owner written before the panel (`an NCAA panel`, `the Council's fitness to practise panel`)."""


@functools.lru_cache(maxsize=4)
def panel_owner(text: str) -> Mention | None:
    """Return the one body the text writes as its panels' owner (`a panel of the X Council`, `the X's conduct
    panel`), else None: no owner, or two; a text without the noun is not searched."""
    if not any(noun in text for noun in PANEL_NOUNS):
        return None
    owners: dict[str, Mention] = {}
    for match in _OF_OWNER_RE.finditer(text):
        body = named_body(text, match.start("name"), match.end("name"), after_by=True)
        if body is not None:
            owners[body.name] = body
    for match in _OWNER_BEFORE_RE.finditer(text):
        end = match.end("name")
        body = named_body(text, match.start("name"), end, after_by=True) if end > match.start("name") else None
        if body is not None:
            owners[body.name] = body
    return next(iter(owners.values())) if len(owners) == 1 else None
