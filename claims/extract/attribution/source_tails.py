"""When a source came out, after `according to X`: `..., according to the board's annual review, published today.`
The participle and its time (`published today`, `released last week`, `issued this morning`) describe the source;
the claim is the words before `according to`, never the tail."""
from __future__ import annotations

import re

from ..text import Span
from ..vocabulary import any_script

_DATED = (r"[\s,]*(?:[a-z]+ed|seen|written|given|drawn|made|sent|shown|out)\s+(?:today|yesterday|tonight|overnight"
          r"|this\s+(?:morning|afternoon|evening|week|month|year)|last\s+(?:night|week|month|year)"
          r"|earlier\s+this\s+(?:week|month|year))")
TIME_TAIL_RE = any_script(re.compile(_DATED + r"\s*[.!]?\s*"))
"""A participle and the time the source came out: `published today`, `released last week`, `issued this morning`."""
TIME_ASIDE_RE = any_script(re.compile(_DATED + r"\s*,\s*"))
"""The same set off before the claim: `According to X, published today, waiting lists ...`."""


def dated_source(text: str, after: Span) -> bool:
    """Say whether the words after `according to X,` only say when X came out (`published today.`)."""
    return TIME_TAIL_RE.fullmatch(text, after[0], after[1]) is not None


def past_dated_source(text: str, after: Span) -> Span:
    """Return the words after `According to X,` without an aside saying when X came out (`published today,`)."""
    aside = TIME_ASIDE_RE.match(text, after[0], after[1])
    return (aside.end(), after[1]) if aside is not None and aside.end() < after[1] else after
