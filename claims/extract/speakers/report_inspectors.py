"""Bare `inspectors` in a text that names no inspectorate but says which body wrote the report or the review they
made (`A report by Education Scotland highlights ...`, `Education inspectors highlighted`): that one author is the
inspectorate the inspectors work for (wave 54d). A body whose own inspectors check others without it being an
inspectorate (a council, a police force: `data/staffed_heads.txt`) is none, and two authors leave `inspectors` as
they were.

Only the documents `words.PUBLISHED_BY_RE` reads are looked at: an inspection's maker given with a participle (`an
inspection carried out by X`) is `examination_makers.sole_examiner`'s, and a bare `an inspection by X` or `was
inspected by X` is `inspection_agents`' (wave 66d), which `references` asks before this module."""
from __future__ import annotations


from ..entities import Mention, find_mentions, head_noun

from .regulator_signs import STAFFED_HEADS
from .words import PUBLISHED_BY_RE
from ..text_caches import per_text

INSPECTION_WORKS: frozenset[str] = frozenset("report review".split())
"""Kinds of document, of those `PUBLISHED_BY_RE` reads, whose author, given with `by`, is the body that inspected (`a
report by X`)."""


@per_text(4)
def report_author(text: str) -> Mention | None:
    """Return the one body the text names after `by` as the author of a report or a review (`A report by Education
    Scotland`), unless it is a council's or a police force's; else None (none, or two)."""
    authors: dict[str, Mention] = {}
    for match in PUBLISHED_BY_RE.finditer(text):
        if match.group("noun").lower() not in INSPECTION_WORKS:
            continue
        bodies = [m for m in find_mentions(text, match.start("org"), match.end("org")) if m.kind == "org"]
        if bodies and bodies[0].start == match.start("org") + _article_length(match.group("org")):
            authors.setdefault(bodies[0].name, bodies[0])
    if len(authors) != 1:
        return None
    author = next(iter(authors.values()))
    return None if head_noun(author.name) in STAFFED_HEADS else author


def _article_length(words: str) -> int:
    """Return how many characters an opening `the ` takes in an author's words (0 with none)."""
    return 4 if words[:4].lower() == "the " else 0
