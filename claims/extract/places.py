"""A speaker's name that is only a place (`Nairobi`, `Maryland`, `KUALA LUMPUR`, `Hong Kong`): a place is no party
that speaks, a dateline never a speaker; a body named by its place (`Nairobi County`, `Maryland Department of
Health`) is one, by its own name (wave 56g)."""
from __future__ import annotations

import functools

from .countries import COUNTRIES
from .vocabulary import GIVEN_NAMES, load_words

_EDGES = " \t:;,.-\u2013\u2014'\"\u2018\u2019\u201c\u201d()"
"""What a dateline or a quoted name leaves around a place (`KUALA LUMPUR:`)."""


@functools.cache
def places() -> frozenset[str]:
    """Every country, large city, US state, Canadian province and Australian state, lower case (read once)."""
    return COUNTRIES | load_words("places")


@functools.cache
def given_name_places() -> frozenset[str]:
    """The places that are also common given names (`sofia`, `georgia`), lower case (read once)."""
    return places() & (GIVEN_NAMES | load_words("place_given_names"))


def bare_place(name: str) -> str:
    """Return a speaker's name without what a dateline or a quotation leaves around it, lower case."""
    return name.strip(_EDGES).removeprefix("the ").removeprefix("The ").strip(_EDGES).lower()


def only_place(name: str) -> bool:
    """Say whether a speaker's name is a place and nothing else (`Nairobi`, `the United States`, `KUALA LUMPUR:`)."""
    return bare_place(name) in places()


def given_name_place(name: str) -> bool:
    """Say whether a speaker's name is a place that is also a common given name (`Sofia`, `Georgia`)."""
    return bare_place(name) in given_name_places()
