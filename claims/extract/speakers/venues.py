"""Where words were published (`published in Acme Review`) and who only obtained them (`figures obtained by the Acme
Herald`): a venue or a messenger never speaks for what it printed or passed on; data a party that is no outlet obtained
are its own finding (wave 59h)."""
from __future__ import annotations

import re

from ..vocabulary import OUTLET_HEADS, RECORDED_DATA_HEADS

_VENUE_RE = re.compile(r"\b(?:published|appeared|appearing|appears|printed|reported|writing|written)\s+in\s+"
                       r"(?:the\s+)?(?:(?:journal|magazine|newspaper|review|periodical)\s+)?\Z", re.IGNORECASE)
"""The words right before a venue's name: a publishing verb and `in`, then `the` and a kind of periodical if any."""
_MESSENGER_RE = re.compile(r"\b(?:seen\s+by|(?:leaked|passed|shown|given)\s+to)\s+(?:the\s+)?\Z",
                           re.IGNORECASE)
"""The words right before a messenger's name: someone who obtained or was shown a document written by another."""
_OBTAINED_RE = re.compile(r"\bobtained\s+by\s+(?:the\s+)?\Z", re.IGNORECASE)
"""The words right before the name of who obtained a document: a messenger, unless data a party that is no outlet
obtained (`obtained_messenger`)."""
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \t,]*\Z")
"""The last word before a participle: the noun of what was obtained (`Figures obtained by`)."""
_REVEALED_RE = re.compile(r"\b(?:revealed|uncovered|unearthed)\s+by\s+(?:the\s+)?\Z", re.IGNORECASE)
"""The words right before a name that revealed a document: a messenger only when the name is a newspaper's."""
_AUXILIARY_RE = re.compile(r"(?:\s+(?:is|are|was|were|has|have|had|been|being|first|also|now|recently))+\Z",
                           re.IGNORECASE)
"""Auxiliaries and adverbs between a subject and its publishing verb (`The results were first published in`)."""


def venue_cut(text: str, start: int, end: int, name: str) -> int | None:
    """Return where the publishing verb starts when `name` stands right after `published in` (or `appeared in`,
    `writing in`) between start and end and something stands before it, else None."""
    at = text.rfind(name, start, end)
    match = _before_name(text, start, at, name) if at > start else None
    if match is None:
        return None
    cut = start + len(_AUXILIARY_RE.sub("", text[start:match.start()].rstrip(" ,")))
    return cut if text[start:cut].strip().strip(",").strip() else None


def _before_name(text: str, start: int, at: int, name: str) -> re.Match[str] | None:
    """Return the publishing or obtaining words right before a name at `at`, if the name is a venue or a messenger."""
    near = text.rfind(" in ", max(start, at - 24), at)
    if near >= 0 and (match := _VENUE_RE.search(text, max(start, near - 12), at)) is not None:
        return match
    near = text.rfind(" by ", max(start, at - 24), at)
    if near < 0:
        near = text.rfind(" to ", max(start, at - 24), at)
    if near < 0:
        return None
    found = _MESSENGER_RE.search(text, max(start, near - 10), at) or obtained_messenger(text, start, near, at, name)
    if found is None and name.split()[-1].lower() in OUTLET_HEADS:
        found = _REVEALED_RE.search(text, max(start, near - 12), at)
    return found


def obtained_messenger(text: str, start: int, near: int, at: int, name: str) -> re.Match[str] | None:
    """Return `obtained by` right before a name that only passed on what it obtained (`an email obtained by KVLT`,
    `Figures obtained by the X Herald`), else None: data a party that is no outlet obtained (`Figures obtained by the
    X Trust under freedom of information law show`) are its finding, and it speaks (wave 59h: development's gold,
    p459 and p106, and the corpus README's `figures obtained by X` as a maker the text names)."""
    found = _OBTAINED_RE.search(text, max(start, near - 10), at)
    if found is None:
        return None
    noun = _WORD_BEFORE_RE.search(text, start, found.start())
    data = noun is not None and noun.group(1).lower() in RECORDED_DATA_HEADS
    return None if data and name.split()[-1].lower() not in OUTLET_HEADS else found
