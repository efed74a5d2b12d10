"""A title whose portfolio is a series with commas (`the Minister for Farming, Fisheries and the Coast Ruairi
Delbeck`): the capitalised runs stop at each comma, so the title and the name after the series were read apart
and named nobody. A run that opens with a portfolio title (`data/portfolio_titles.txt`) and ends at `for X`, then
a series of capitalised items closed by `and` (`, Fisheries and the Coast`), is one run with them; an item that opens
with a given name (`, Jo Roe and Ann Holt`) is a person, no portfolio. An item may join two words with an
ampersand (`, Fire & Rescue and Crime`)."""
from __future__ import annotations

import re

from .given_people import opens_on_given_name
from .vocabulary import load_words

PORTFOLIO_TITLES = load_words("portfolio_titles")
"""Titles whose portfolio follows `for` (`minister`, `secretary`)."""

_ITEM = r"[A-Z][\w'\u2019-]*(?:(?: &)? [A-Z][\w'\u2019-]*)*"
"""A series item: capitalised words, two of them perhaps joined by an ampersand (`Fire & Rescue`, wave 42f)."""
_SERIES_RE = re.compile(rf", ({_ITEM})(?:, ({_ITEM}))* and (?:the )?[A-Z]")
"""The rest of a portfolio series after its first item: `, Fisheries and the Coast`, `, Parks, Canals and Roads`."""
_TITLE_FOR_RE = re.compile(r"(?:[Tt]he )?(?:[A-Z][a-z]+ )?([A-Z][a-z]+)(?: of State)? for [A-Z]")
"""A run opening with a title and `for` (`the Minister for`, `Junior Minister for`, `Secretary of State for`)."""


def joins_portfolio(text: str, before: str, before_end: int) -> bool:
    """Say whether the run after `before` (ending at before_end, then `, `) continues a portfolio series."""
    opened = _TITLE_FOR_RE.match(before)
    if opened is None or opened.group(1).lower() not in PORTFOLIO_TITLES:
        return False
    series = _SERIES_RE.match(text, before_end)
    return series is not None and not opens_on_given_name(series.group(1))

