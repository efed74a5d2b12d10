"""The source a headline closes on (`Spring driest in 20 years, Met Skyra says`): press writing names there who says
what the text reports, so a body's common noun in the text (`according to the forecaster`) that no body named before
fits means it (wave 47g). A name a known given name opens is a person's and means no body."""
from __future__ import annotations

import re

from ..text import line_end
from ..text_caches import per_text
from ..vocabulary import load_words

HEADLINE_SOURCE_VERBS: frozenset[str] = load_words("headline_source_verbs")
"""Verbs of saying that close a headline on its source (`says`, `warns`)."""

_NAME_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w]*(?:[-'\u2019][\w]+)*"
"""One capitalised word of a name (`Met`, `Éireann`, `O'Neill`): a capital, accented ones too."""
_HEADLINE_SOURCE_RE = re.compile(
    rf",[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?{_NAME_WORD}){{0,5}})"
    rf"[ \t]+(?:{'|'.join(sorted(HEADLINE_SOURCE_VERBS))})[ \t]*$")
"""A headline's closing source: a comma, a capitalised name, a verb of saying at the line's end."""


@per_text(4)
def headline_source(text: str) -> tuple[str, int, int] | None:
    """Return the name a text's first line closes on before a verb of saying, with its offsets, else None."""
    start = len(text) - len(text.lstrip())
    found = _HEADLINE_SOURCE_RE.search(text, start, line_end(text, start))
    return None if found is None else (found.group("name"), found.start("name"), found.end("name"))
