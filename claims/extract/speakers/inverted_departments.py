"""A department named by its field first (`the Health Department`, `the Transportation Department`) after its full
name with the field last (`the Corland State Department of Health`): the same body, as US press writes it (wave 61e).

The short name is `<field> Department`, its field one or two capitalised words; the full name ends in `Department of
<field>`. The latest body the text has named so is the one meant; a text naming none keeps the short name as it is.
"""
from __future__ import annotations

from collections.abc import Iterable

_HEAD = "department"
"""The head noun the two orders share."""
_MAX_FIELD_WORDS = 2
"""The most words a department's field has (`Public Works`)."""


def inverted_field(name: str) -> str | None:
    """Return the field of a department named field first (`Health Department` -> `health`), else None."""
    if _HEAD.capitalize() not in name:
        return None  # the cheap test first: asked for most bodies a text names, few of them departments (62s)
    words = name.split()
    field = words[:-1]
    if words[-1:] != [_HEAD.capitalize()] or not 1 <= len(field) <= _MAX_FIELD_WORDS \
            or not all(word[:1].isupper() and word.isalpha() for word in field):
        return None
    return " ".join(field).lower()


def inverted_department(name: str, known: Iterable[str]) -> str | None:
    """Return the latest known body whose name ends in `Department of <field>` for a department named field first
    (`Health Department` -> `Corland State Department of Health`), else None."""
    field = inverted_field(name)
    if field is None:
        return None
    ending = f"{_HEAD} of {field}"
    return next((body for body in reversed(list(known)) if body.lower().endswith(ending)), None)
