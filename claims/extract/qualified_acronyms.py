"""A nationality's adjective before a body's acronym (wave 42b): `Canadian NHL teams mean money` names the NHL, the
adjective qualifying it; a headline's `Canadian NHL` is no fuller name for the `NHL` the text then writes."""
from __future__ import annotations

import re

from .vocabulary import NATIONALITY_ADJECTIVES
_QUALIFIED_RE = re.compile(r"(?P<adjective>[A-Z][a-z]+)\s+(?P<acronym>[A-Z]{2,6})")
"""An adjective and an acronym, the whole of a name (`Canadian NHL`)."""


def qualified_acronym_start(name: str) -> int:
    """Return where the acronym starts in a name that is a nationality's adjective and an acronym (`Canadian NHL` ->
    9), else 0."""
    found = _QUALIFIED_RE.fullmatch(name)
    if found is None or found.group("adjective").lower() not in NATIONALITY_ADJECTIVES:
        return 0
    return found.start("acronym")
