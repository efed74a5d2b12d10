"""Where a string occurs in a text: every start, overlapping ones included, found with `str.find`."""
from __future__ import annotations

from collections.abc import Iterator


def find_all(text: str, needle: str) -> Iterator[int]:
    """Yield every offset at which `needle` occurs verbatim in the text, first to last, overlapping ones included
    (none for an empty needle); read only as far as the caller asks."""
    at = text.find(needle) if needle else -1
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)
