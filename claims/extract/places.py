"""A speaker's name that is only a place (`Nairobi`, `Maryland`, `KUALA LUMPUR`, `Hong Kong`): a place is no party
that speaks, a dateline never a speaker; a body named by its place (`Nairobi County`, `Maryland Department of
Health`) is one, by its own name (wave 56g)."""
from __future__ import annotations

import functools

from .countries import COUNTRIES
from .vocabulary import load_words

_EDGES = " \t:;,.-\u2013\u2014'\"\u2018\u2019\u201c\u201d()"
"""What a dateline or a quoted name leaves around a place (`KUALA LUMPUR:`)."""


@functools.cache
def places() -> frozenset[str]:
    """Every country, large city, US state, Canadian province and Australian state, lower case (read once)."""
    return COUNTRIES | load_words("places")


def only_place(name: str) -> bool:
    """Say whether a speaker's name is a place and nothing else (`Nairobi`, `the United States`, `KUALA LUMPUR:`)."""
    bare = name.strip(_EDGES).removeprefix("the ").removeprefix("The ").strip(_EDGES)
    return bare.lower() in places()
