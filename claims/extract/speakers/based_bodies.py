"""A body described by where it is based (`Kelvale-based Tallow Pharma Ltd`): `the Kelvale-based firm` later in the
text means it, not the body named last (wave 47g)."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text_caches import per_text

_NAME_SPAN = 100
"""How far after `<Place>-based` a body's name is read."""


@per_text(64)
def based_body(text: str, place: str) -> tuple[str, int, int] | None:
    """Return the one body a text names right after `<place>-based` (`Kelvale-based Tallow Pharma Ltd`), with its
    offsets, else None (none, or two bodies so described)."""
    found: dict[str, tuple[str, int, int]] = {}
    for described in re.finditer(rf"\b{re.escape(place)}-based[ \t]+(?:the[ \t]+)?(?=[A-Z])", text, re.IGNORECASE):
        at = described.end()
        mention = next(iter(find_mentions(text, at, min(len(text), at + _NAME_SPAN))), None)
        if mention is not None and mention.start == at and mention.kind == "org":
            found[mention.name] = (mention.name, mention.start, mention.end)
    return next(iter(found.values())) if len(found) == 1 else None
