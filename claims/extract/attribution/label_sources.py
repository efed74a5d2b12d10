"""A list's or a table's label that names its source in brackets (`The budget at a glance (figures from the State
Budget Office):`, `Key figures (Source: Office for Rail Data):`): the items below are that source's, never the body
in focus (wave 21c)."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..speakers import Context
from ..text import Span

LABEL_SOURCE_RE = re.compile(r"\((?:(?i:figures|data|numbers|statistics|estimates)\s+(?:(?:supplied|published|provided|"
                             r"compiled)\s+)?(?:from|by)|(?i:sources?|data|figures)\s*:|(?i:according\s+to))\s+(?P<source>[^()]{2,80})\)")
"""A source named in a label's brackets: `(figures from X)`, `(data supplied by X)`, `(Source: X)`, `(Data: X)`,
`(according to X)`."""


def label_source(text: str, span: Span, ctx: Context) -> tuple[str, str] | None:
    """Return the body (and its kind) a label's brackets name as the source of the list or table below it, else
    None (a bracket naming no body, or a person, hands on nothing)."""
    if text.find("(", *span) < 0:
        return None  # the cheap test first: most lead-ins hold no bracket
    found = LABEL_SOURCE_RE.search(text, *span)
    if found is None:
        return None
    if any(m.kind == "person" for m in find_mentions(text, span[0], found.start())):
        return None  # "Jo Roe set out the figures (Source: X):": the person who lists them speaks
    mentions = find_mentions(text, found.start("source"), found.end("source"))
    if not mentions or mentions[0].kind != "org":
        return None
    name = ctx.add(mentions[0])
    kind = ctx.kind_of(name)
    return (name, kind) if kind in ("organisation", "inspectorate", "document") else None
