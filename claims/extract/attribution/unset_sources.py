"""`According to X` opening a sentence with no comma after the source (`According to the FA the average crowd was
32,566`): the source ends with its name, the claim opens on the clause after it (wave 41a)."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..items import has_verb

_CLAUSE_OPENING_RE = re.compile(
    r"\s+(?:the|a|an|its|their|there|it|this|these|those|some|more|most|almost|nearly|only|over|about|around|\d)\b")
"""How a claim's clause opens right after a source's name: a determiner, a pronoun, a quantity or a figure (never a
role word such as `chairman`, which is the source's own)."""
_NUMBER_COMMA_RE = re.compile(r"\d,\d{3}\b")
"""A thousands comma (`32,566`), which `according to X` read as the source's end."""


def unset_source_end(text: str, who: tuple[int, int], sentence_end: int) -> int | None:
    """Return where the source of a sentence-opening `According to X` ends when no comma sets it off and a clause
    with a verb follows its name (`According to the X Union the average crowd rose`), else None."""
    start, end = who
    mentions = find_mentions(text, start, end)
    if not mentions or text[start:mentions[0].start].strip().lower() not in ("", "the"):
        return None
    cut = mentions[0].end
    rest = text[cut:min(_claim_end(text, end, sentence_end), sentence_end)]  # never into the next sentence
    if _CLAUSE_OPENING_RE.match(rest) is None or not has_verb(rest):
        return None
    return cut


def _claim_end(text: str, end: int, sentence_end: int) -> int:
    """Return how far the clause after the source runs: past a thousands comma the source's match stopped at."""
    while end < sentence_end and _NUMBER_COMMA_RE.match(text, end - 1) is not None:
        stop = re.compile(r"[,.;:](?!\d)").search(text, end + 1, sentence_end)
        end = stop.start() if stop else sentence_end
    return end
