"""Figure appositives (wave 69l): a phrase set off by a comma after a figure that only describes that figure.

`The port handled 84 million tonnes, a record for the harbour, and an overall gain of 7% over 2024` is one claim:
the phrases after the figure rank it among others of its measure (`a record`, `the third busiest month on record`,
`its highest total since 2019`, `the most since 2011`), give its change (`an overall gain of 7%`, `a 12% rise on
last year`), set it against another (`24% above the July average`, `11.8% more than a year earlier`) or give it as a
share or a multiple of another (`twice the figure for 2023`, `about a third of the fleet`). None has a verb or a
subject of its own, and cut into its own row each is a piece no one could check. A list of things (`£4m for roads,
£2m for parks`, `the 20% reduction in fares`) opens its parts on a figure and a noun, or names a known thing, never so.
"""
from __future__ import annotations

import re

from .figures import holds_figure
from .vocabulary import load_words

RANK_WORDS: frozenset[str] = load_words("figure_ranks")
"""Words that rank a figure after a determiner (`a record`, `a new high`; `data/figure_ranks.txt`)."""
EST_NOUNS: frozenset[str] = load_words("est_nouns")
"""Nouns in -est that are no superlative (`the interest`; `data/est_nouns.txt`)."""
CHANGE_NOUNS = ("rise", "increase", "decrease", "fall", "drop", "jump", "gain", "decline", "growth", "cut",
                "reduction", "climb", "slump", "surge", "improvement")
"""Nouns of a figure's change."""
MIN_SUPERLATIVE_CHARS = 5
"""A superlative in -est is at least this long (`best` is a rank word; `nest` is none)."""
_CONNECTOR_RE = re.compile(r"(?:and|or)\s+", re.IGNORECASE)
"""The `and` / `or` of the last part of a comma list (`, and an overall gain of 7%`)."""
_DETERMINER_RE = re.compile(r"(?:a|an|the|its|their|his|her|our|this\s+year's)\s+", re.IGNORECASE)
"""What opens a noun phrase that describes a figure."""
_ORDINAL_RE = re.compile(r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[\s-]+",
                         re.IGNORECASE)
"""A rank's place before its superlative (`the third busiest`, `the second-highest`)."""
_FRESH_RE = re.compile(r"(?:new|fresh)\s+(?:record|high|low|peak)\b", re.IGNORECASE)
"""A figure that passes every earlier one (`a new high`, `a fresh record`)."""
_WORD_RE = re.compile(r"[\w'\u2019%.,-]*\w%?|[£$€]?\d[\d,.]*%?")
"""A word of a phrase."""
_CHANGES = "|".join(CHANGE_NOUNS)
_CHANGE_RE = re.compile(r"(?:[\w%.,£$€-]+\s+){0,2}?(?:" + _CHANGES + r")\s+(?:of|on|from|over|since|compared)\b"
                        r"|(?:[\w%.,£$€-]+\s+)?[£$€]?\d[\d,.]*(?:%|\s+per\s*cent)?\s+(?:" + _CHANGES + r")"
                        r"(?:\s+(?:on|over|from|since|compared|against|year-on-year)\b|\s*$)", re.IGNORECASE)
"""After `a` or `an`, a figure's change: `overall gain of 7%`, `year-on-year rise of 4%`, `12% rise on 2024` (`the
20% reduction in fares` names a known thing, as an item of a list does)."""
_COMPARED_RE = re.compile(r"(?:about|around|roughly|nearly|almost|some|just)?\s*[£$€]?\d[\d,.]*\s*(?:%|per\s*cent|percent"
                          r"|times)?\s+(?:above|below|more\s+than|less\s+than|fewer\s+than|higher\s+than|lower\s+than"
                          r"|up\s+on|down\s+on|ahead\s+of|behind|over)\s+(?:the|a|an|its|their|in|last|this|that)\b",
                          re.IGNORECASE)
"""A figure set against another (`24% above the July average`, `11.8% more than in July last year`)."""


_SHARE_RE = re.compile(r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under)|more\s+than|less\s+than)\s+)?"
                       r"(?:(?:twice|double|treble|triple|half|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)"
                       r"\s+(?:the|that|its|their|last|this|a|an)\b|(?:a|one|two|three)[\s-]+(?:half|halves|thirds?|quarters?"
                       r"|fifths?|tenths?)\s+of\s+(?:the|its|their|all|a)\b|the\s+equivalent\s+of\s+|(?:one|two|three|\d+)\s+(?:in|out\s+of)"
                       r"\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\b)",
                       re.IGNORECASE)
"""The figure as a share or a multiple of another (`twice the figure for 2023`, `about a third of the fleet`, `one in
five of its members`), or put another way (`the equivalent of £830 a day`)."""


def describes_figure(text: str, start: int, end: int, before: str) -> bool:
    """Say whether the phrase text[start:end], after a comma, only describes a figure in `before` (the words of the
    list before it): it ranks the figure, gives its change or sets it against another."""
    return figure_phrase(text, start, end) and holds_figure(before)


def figure_phrase(text: str, start: int, end: int) -> bool:
    """Say whether the phrase text[start:end] reads as a figure's description (a rank, a change, a comparison, a share),
    whatever stands before it: the cheap test, read before the words before it are searched for a figure."""
    connector = _CONNECTOR_RE.match(text, start, end)
    at = connector.end() if connector else start
    if _COMPARED_RE.match(text, at, end) or _SHARE_RE.match(text, at, end):
        return True
    determiner = _DETERMINER_RE.match(text, at, end)
    if determiner is None:
        return False
    at = determiner.end()
    if determiner.group().split()[0].lower() in ("a", "an") and _CHANGE_RE.match(text, at, end):
        return True
    if _FRESH_RE.match(text, at, end):
        return True
    ordinal = _ORDINAL_RE.match(text, at, end)
    word = _WORD_RE.match(text, ordinal.end() if ordinal else at, end)
    return word is not None and ranks(word.group())


def ranks(word: str) -> bool:
    """Say whether a word ranks a figure: a rank word (`record`) or a superlative (`busiest`, `highest`)."""
    word = word.lower()
    if word in RANK_WORDS:
        return True
    return word.endswith("est") and len(word) >= MIN_SUPERLATIVE_CHARS and word not in EST_NOUNS
