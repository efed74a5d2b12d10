"""The writer's words about a source's figures as a whole, never one more of its figures (wave 68n): the figures set
against the time they come in (`The results arrive at a time of slack demand`, `The latest numbers, which cover the
first full quarter, come as the firm opens 3 stores`, `The figures arrive amid a pay dispute`), or what they leave
out (`Three more kiosks were not counted in these numbers`, `Late returns are excluded from the data`). A cue-less
sentence of that kind after `according to X` or a document's figures is no claim of X's: the figures going on stay
X's (`The figures were the highest since 2019` is not framing; `The figures show A` has its own cue)."""
from __future__ import annotations

import re

from ..text import Span

_FIGURES = r"(?:figures|numbers|results|data|statistics|findings)"
"""The nouns a writer calls a source's figures by."""
TIMING_RE = re.compile(
    r"(?:The|These|Those|Its|Their|Today['\u2019]s)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,3}?" + _FIGURES +
    r"\b(?:[ \t]*,[^,.;:\n]{1,160},)?[ \t]+(?:also[ \t]+)?(?:come|comes|came|arrive|arrives|arrived)[ \t]+"
    r"(?:at[ \t]+a[ \t]+time|as|after|amid|against|while|when|despite|in[ \t]+the[ \t]+wake|on[ \t]+the[ \t]+heels"
    r"|just|only|days|weeks|months|a[ \t]+(?:day|week|month|year))\b")
"""The figures' own arrival set against events (`The results arrive at a time of`, `The numbers, which ..., come
as`)."""
COVERAGE_RE = re.compile(
    r"\b(?:(?:included|counted|captured|reflected)[ \t]+in|(?:excluded|left[ \t]+out|omitted)[ \t]+(?:of|from))"
    r"[ \t]+(?:the|these|those|its|their)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,2}?" + _FIGURES + r"\b")
"""What the figures take in or leave out (`were not counted in these numbers`, `are excluded from the data`)."""


def frames_figures(text: str, sentence: Span) -> bool:
    """Say whether a sentence is the writer's framing of a source's figures: their timing or their coverage."""
    return TIMING_RE.match(text, *sentence) is not None or COVERAGE_RE.search(text, *sentence) is not None
