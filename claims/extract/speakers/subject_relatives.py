"""A subject noun with its own relative clause (wave 43n): `A joint inspection team that visited the X plant on
14 August reported that`, `The panel that examined X found`. The clause's verb acts on the party it names, so that
party never speaks; the words before `that` or `who` do. Only a lower-case head in a region without a comma is read
(`Jo Roe, who visited X, said` and `X, a firm that supplied Y, said` are asides; `The man who filed it, Jo Roe,
told` names its speaker; `X rose during a sweep that ended Sunday, the force said` is a claim before its cue), and
only a verb in `-ed` followed by its object (an article, `its`/`their`, or a name): `the figures that X published` stays X's."""
from __future__ import annotations

import re

_RELATIVE_RE = re.compile(r"\s+(?:that|who)\s+[a-z]+ed\s+(?=the\s|its\s|their\s|[A-Z])")
"""A relative clause whose past-tense verb is followed by its object (` that visited the `, ` who inspected X`)."""


def subject_relative_start(text: str, start: int, end: int) -> int | None:
    """Return where a lower-case subject's own relative clause opens in a region that holds no comma."""
    if "," in text[start:end]:
        return None
    match = _RELATIVE_RE.search(text, start, end)
    if match is None:
        return None
    head = text[start:match.start()].split()
    return match.start() if head and head[-1].islower() else None
