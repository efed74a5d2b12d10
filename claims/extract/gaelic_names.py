"""Irish and Scottish Gaelic family names (wave 36f): a family name opening with a particle (`Ó`, `Ní`, `Mac`, `Nic`,
`data/gaelic_particles.txt`) may go on with an article (`an`, `na`, `data/gaelic_articles.txt`) and a word whose
capital a mutation puts behind lower-case letters (`hEochaidh`, `tSaoir`, `data/gaelic_mutations.txt`): `Tomás Ó
hEochaidh`, `Éamon Mac an tSaoir`, `Ciarán Mac an Bhaird` are one person's name each, never cut at the particle.

Read by `entities`: `gaelic_tail_end` carries a capitalised run ending on a particle over the rest of the family
name, and `is_gaelic_word` lets the person's name keep the article and the mutated word.
"""
from __future__ import annotations

import re

from .vocabulary import GAELIC_ARTICLES, GAELIC_MUTATIONS, GAELIC_PARTICLES, LETTER, UPPER

_ARTICLES = "|".join(sorted(GAELIC_ARTICLES, key=len, reverse=True))
_MUTATIONS = "|".join(sorted(GAELIC_MUTATIONS, key=len, reverse=True))
_TAIL_RE = re.compile(rf"(?:[ \u00a0](?:{_ARTICLES}))?[ \u00a0](?:(?:{_MUTATIONS})(?=[{UPPER}]))?[{UPPER}][{LETTER}]+")
"""What follows a particle inside a family name: an article or none, then a word its capital or a mutation opens."""
_MUTATED_RE = re.compile(rf"(?:{_MUTATIONS})[{UPPER}][{LETTER}]+")
"""A word a mutation opens: lower-case letters, then the word's own capital (`hEochaidh`, `tSaoir`)."""
_TAIL_OPENINGS: frozenset[str] = frozenset(word[0] for word in GAELIC_ARTICLES | GAELIC_MUTATIONS)
"""The lower-case letters that may open what follows a particle (a cheap test before the pattern)."""


def gaelic_tail_end(text: str, run_end: int, end: int) -> int:
    """Return where a Gaelic family name goes on to when a capitalised run ends on its particle and an article or a
    mutated word follows (`Tomás Ó` + ` hEochaidh`, `Éamon Mac` + ` an tSaoir`); else `run_end`."""
    if text[run_end:run_end + 1] not in (" ", "\u00a0") or text[run_end + 1:run_end + 2] not in _TAIL_OPENINGS:
        return run_end  # most runs end before a capital, a stop or a common word
    if text[text.rfind(" ", 0, run_end) + 1:run_end].lower() not in GAELIC_PARTICLES:
        return run_end
    tail = _TAIL_RE.match(text, run_end, end)
    return tail.end() if tail else run_end


def is_gaelic_word(words: list[str], index: int) -> bool:
    """Say whether a lower-case word stands inside a Gaelic family name: an article after its particle with a word
    after it (`an` of `Mac an tSaoir`), or a mutated word after the particle or its article (`hEochaidh`)."""
    if index < 1:
        return False
    before = words[index - 1].lower()
    word = words[index]
    if word in GAELIC_ARTICLES:
        return before in GAELIC_PARTICLES and index < len(words) - 1
    if _MUTATED_RE.fullmatch(word) is None:
        return False
    return before in GAELIC_PARTICLES or before in GAELIC_ARTICLES and index > 1 \
        and words[index - 2].lower() in GAELIC_PARTICLES
