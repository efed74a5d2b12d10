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


def on_byline_credit(text: str, at: int) -> bool:
    """Say whether a position lies on the credit line right under a `By` line (no blank line between), not on a date
    line."""
    start = text.rfind("\n", 0, at) + 1
    if start < 2 or text[start - 2] == "\n" or DATE_LINE_RE.match(text, start):
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return BYLINE_RE.match(text, above, start - 1) is not None


def on_photo_credit(text: str, at: int) -> bool:
    """Say whether a position lies after a photo's credit label on its line (`Photograph: Jo Roe/Acme Agency`)."""
    start = text.rfind("\n", 0, at) + 1
    if text.find(":", start, at) >= 0 and PHOTO_CREDIT_RE.search(text, start, at) is not None:
        return True
    if on_flat_credit(text, at):
        return True  # "Pupils at a desk Image copyright PA": a broadcaster's credit, no colon (59d)
    return text.find("(", start, at) >= 0 and _in_bracket_credit(text, start, at)  # the cheap test first


def _in_bracket_credit(text: str, start: int, at: int) -> bool:
    """Say whether a position lies inside a photo's credit in brackets after a caption's sentence (`(AAN: Jo Roe)`)."""
    opening = text.rfind("(", start, at)
    if opening < 1:
        return False
    sentence_end = start + len(text[start:opening].rstrip(" \t"))  # the caption's stop, right before the bracket
    credit = BRACKET_CREDIT_RE.match(text, sentence_end)
    return credit is not None and at < credit.end()
