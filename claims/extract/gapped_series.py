"""Gapped series (wave 69l): a later figure of a series for one measure that leaves out its measure's noun and verb.

`The agency recorded 204 incidents in Shannock, 188 in Loy and 161 in Carrow` and `31% of incidents were caused by
sewage works; 12% by farming; 9% by building sites` are each one claim (a series of figures for one measure, as the
annotation guide has it): a later part that is only a figure and a phrase on the preposition the first figure took
(`188 in Loy`, `12% by farming`) shares that figure's noun and verb, and cut into its own row it is a piece no one
could check. A part with a noun of its own after its figure (`188 homes in Loy`), a verb (`188 were built in Loy`),
or a preposition of purpose or destination (`£2m for parks`, `11 to leg injuries`: items of their own) is no gap.
A later figure of the same kind noun the first counted (`48 types of grain, 54 types of ore`) is the same measure too;
a count of things again (`nine reports of fires and four reports of burns`) may be two claims and is left as cut.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .figures import NUMBER_WORD_ALTERNATION
from .vocabulary import load_words

KIND_NOUNS: frozenset[str] = load_words("kind_nouns")
"""Plural nouns that count kinds of a thing (`types`, `species`; `data/kind_nouns.txt`)."""
SERIES_PREPOSITIONS: frozenset[str] = load_words("series_prepositions")
"""Prepositions that tie a figure to its place or share-holder in a series (`data/series_prepositions.txt`)."""
_JOINER_RE = re.compile(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)", re.IGNORECASE)
"""What may stand between two parts of one series: a comma or semicolon, `and` or `or`."""
_GAPPED_RE = re.compile(r"(?:and\s+|or\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|under|just\s+over"
                        r"|just\s+under|more\s+than|less\s+than|fewer\s+than)\s+)?(?P<figure>\d[\d,.]*(?:\s*%|\s+per\s*cent"
                        r"|\s+percent)?)\s+(?P<preposition>[a-z]+)\s+\S", re.IGNORECASE)
"""A part that opens on a bare figure (no currency: `$95m in state loans` names a kind of money, wave 69l) and a
preposition right after it (`188 in Loy`, `12% by farming`)."""
_FIRST_RE = r"\d[\d,.]*(?:\s*%%|\s+per\s*cent|\s+percent)?\s+(?:[\w'\u2019-]+\s+){0,8}?%s\b"
"""In the part before, a figure then, a few words on, the same preposition (`204 incidents in`, `31% of incidents
were caused by`)."""


_COUNTED_RE = re.compile(r"(?:and\s+|or\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|under|more\s+than"
                         r"|fewer\s+than)\s+)?(?:\d[\d,.]*|(?i:%s))\s+(?P<noun>[a-z][a-z'\u2019-]+)\s+\S" % NUMBER_WORD_ALTERNATION,
                         re.IGNORECASE)
"""A part that opens on a figure and the noun it counts, and goes on (`54 types of ore`)."""


def continues_series(text: str, before: tuple[int, int], part: tuple[int, int], has_verb: Callable[[str], bool]) -> bool:
    """Say whether `part` is a later figure of the series `before` opens: only a joiner between them, the part a bare
    figure and the preposition the figure before took, and no verb of its own (`has_verb` reads words)."""
    if _JOINER_RE.fullmatch(text, before[1], part[0]) is None and text[before[1]:part[0]].strip():
        return False
    if has_verb(text[part[0]:part[1]]):
        return False
    return _gapped(text, before, part) or _counted_again(text, before, part)


def _gapped(text: str, before: tuple[int, int], part: tuple[int, int]) -> bool:
    """Say whether a part is a bare figure and the preposition the figure before took (`188 in Loy`)."""
    gapped = _GAPPED_RE.match(text, *part)
    if gapped is None or gapped.group("preposition").lower() not in SERIES_PREPOSITIONS:
        return False
    return re.search(_FIRST_RE % re.escape(gapped.group("preposition")), text[before[0]:before[1]],
                     re.IGNORECASE) is not None


def _counted_again(text: str, before: tuple[int, int], part: tuple[int, int]) -> bool:
    """Say whether a part counts again the kind noun a figure of the part before counted (`48 types of grain, 54 types
    of ore`): one measure, its verb shared."""
    counted = _COUNTED_RE.match(text, *part)
    if counted is None or counted.group("noun").lower() not in KIND_NOUNS:
        return False
    return re.search(r"(?:\d|\b(?i:%s))\S*\s+%s\b" % (NUMBER_WORD_ALTERNATION, re.escape(counted.group("noun"))),
                     text[before[0]:before[1]]) is not None
