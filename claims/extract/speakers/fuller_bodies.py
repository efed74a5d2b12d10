"""A body registered by its opening word only (`Kittridge`, read from a headline's `Kittridge police say`) is no
`department` of its own: `the department` means the body the text names in full from that word to a head the
reference fits (`Kittridge Police Department`), the short form being a part of the full name (wave 61r)."""
from __future__ import annotations

from collections.abc import Iterable

from ..entities import Mention, head_noun

from .body_traits import same_head


def fuller_body(short: str, noun: str, named: Iterable[Mention]) -> Mention | None:
    """Return the one body of `named` whose name opens on a short name and ends on a head the reference's noun fits
    (`Kittridge Police Department` for `Kittridge` and `department`), when the short name's own head does not fit;
    else None."""
    if same_head(head_noun(short), noun):
        return None
    found = {m.name: m for m in named if m.name.startswith(short + " ") and same_head(head_noun(m.name), noun)}
    return next(iter(found.values())) if len(found) == 1 else None
