"""A byline's credit line (wave 28c): the line right under a `By` line, with no blank line between (`By Jo Roe` /
`Valley News Service`). It names the writer's outlet or desk, never a party of the story: a name on it is neither
registered nor among the bodies the text names, so that a later `the service said` means a body the story names,
never the outlet that filed it. An outlet the story itself names (`a review by the Valley News found`) is read where
the story names it; a date line under the byline (`Published 4 May 2026`) is no credit.

A photo's credit (wave 41g) is the same: `Photograph: Jo Roe/Acme Agency`, `File photo: Acme News Agency (ANA)` at the
start of a line or after a caption's sentence names the photographer and their agency, never a party, so no name after
the label is registered (a later `it` means a body the story names, not the agency that took the picture). So is a
credit in brackets right after a caption's sentence (wave 42a: `(Photo: Acme Agency/Jo Roe)`, `(AAN: Jo Roe)`), whose
agency would otherwise take a later `new data shows`."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..text import before_space, line_start, line_starts
from ..text_caches import per_text
from ..vocabulary import BYLINE_RE, DATE_LINE_RE

from .flat_credits import on_flat_credit

PHOTO_CREDIT_RE = re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?i:(?:file[ \t]+)?(?:photograph|photo|picture|pic|image)s?"
                             r"(?:[ \t]+credit)?)[ \t]*:", re.MULTILINE)
"""A photo's credit label at the start of a line or after a caption's sentence: `Photograph:`, `File photo:`."""


BRACKET_CREDIT_RE = re.compile(r"(?<=[.!?])[ \t]*\((?:(?i:(?:file[ \t]+)?(?:photograph|photo|picture|pic|image)s?)[ \t]*:"
                               r"[^()\n]*|(?!Sources?\b)[A-Z][\w&]*(?:[ \t][A-Z][\w&]*){0,3}:[ \t]*"
                               r"[A-Z][\w'\u2019.\-]+(?:[ \t][A-Z][\w'\u2019.\-]+){1,3}"
                               r"|[A-Z][\w'\u2019.\-]*(?:[ \t][A-Z][\w'\u2019.\-]*){0,3}/(?:[Tt]he[ \t])?[A-Z][\w&.\-]*"
                               r"(?:[ \t][A-Z][\w&.\-]*){0,3})\)")
"""A photo's credit in brackets right after a caption's sentence (wave 42a): `(Photo: Acme Agency/Jo Roe)`, an
agency and its photographer `(AAN: Jo Roe)`; never a source (`(Source: X)`); wave 48e: the North American form,
photographer and outlet split by a slash (`(Jo Roe/Valley News)`, `(VN Photo/Jo Roe)`, `(Jo Roe/The Valley Press)`)."""


@per_text(64)
def credit_lines(text: str) -> frozenset[int]:
    """Return where each credit line right under a `By` line opens (no blank line between, no date line), once a
    text."""
    return frozenset(start for above, start in zip(line_starts(text), line_starts(text)[1:])
                     if BYLINE_RE.match(text, above, start - 1) and text[start - 2] != "\n"
                     and not DATE_LINE_RE.match(text, start))


def on_byline_credit(text: str, at: int) -> bool:
    """Say whether a position lies on the credit line right under a `By` line (no blank line between), not on a date
    line."""
    return line_start(text, at) in credit_lines(text)


@per_text(64)
def photo_credit_labels(text: str) -> tuple[tuple[int, int], ...]:
    """Return where each photo credit's label of a text starts and ends (`Photograph:`), in order, once a text."""
    return tuple(label.span() for label in PHOTO_CREDIT_RE.finditer(text)) if ":" in text else ()


@per_text(64)
def bracket_openings(text: str) -> tuple[int, ...]:
    """Return where each opening bracket of a text stands, in order, once a text."""
    return tuple(found.start() for found in _OPENING_RE.finditer(text))


_OPENING_RE = re.compile(r"\(")
"""An opening bracket."""


def on_photo_credit(text: str, at: int) -> bool:
    """Say whether a position lies after a photo's credit label on its line (`Photograph: Jo Roe/Acme Agency`)."""
    start = line_start(text, at)
    labels = photo_credit_labels(text)
    first = bisect_left(labels, (start,))  # the first label on the line or after it: it ends first
    if first < len(labels) and labels[first][1] <= at:
        return True
    if on_flat_credit(text, at):
        return True  # "Pupils at a desk Image copyright PA": a broadcaster's credit, no colon (59d)
    return _in_bracket_credit(text, start, at)


def _in_bracket_credit(text: str, start: int, at: int) -> bool:
    """Say whether a position lies inside a photo's credit in brackets after a caption's sentence (`(AAN: Jo Roe)`)."""
    openings = bracket_openings(text)
    last = bisect_left(openings, at) - 1  # the last bracket opening before the position
    if last < 0 or openings[last] < max(start, 1):
        return False  # none on its line (or the text's first character)
    sentence_end = max(start, before_space(text, openings[last], " \t"))  # the caption's stop, right before it
    credit = BRACKET_CREDIT_RE.match(text, sentence_end)
    return credit is not None and at < credit.end()
