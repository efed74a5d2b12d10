"""Caches of what is read from a whole text, emptied once the text is extracted (wave 58s; every one, wave 65z).

A cache keyed on a text keeps that text alive, and its answers with it: readers keeping hundreds of answers
(`first_references._first_use` kept 4,096) kept the last hundreds of texts in memory long after their rows were made.
`per_text` is `functools.lru_cache` for such a reader, the same answers within one text; `forget_texts` empties every
one of them, and `table.find_rows` calls it after each text. Every cache keyed on a text is a `per_text` cache, however
few answers it keeps (`tests/test_extract_text_caches.py` holds them to it): a plain cache of 4 or 8 texts kept the last
large texts and their readings (up to 6 MB after one 400 KB text), and when a text equal to a kept one came again as
another string object (the same text extracted twice in one session), every look-up compared the two texts character
by character, so the second extraction cost grew with the square of the text's length (3.2x on a doubled text, where
the first grew 2.0x; wave 65z)."""
from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

T = TypeVar("T")
"""What a cached reader returns."""

_CACHES: list[functools._lru_cache_wrapper[Any]] = []
"""Every cache `per_text` made, in the order the modules were imported."""


def per_text(maxsize: int) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """Return `functools.lru_cache(maxsize)` whose cache `forget_texts` empties."""
    def cache(reader: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        """Wrap a reader in a cache of `maxsize` answers and keep the cache to be emptied."""
        cached = functools.lru_cache(maxsize=maxsize)(reader)
        _CACHES.append(cached)
        return cached
    return cache


def forget_texts() -> None:
    """Empty every cache `per_text` made: no text read so far stays in memory through them."""
    for cached in _CACHES:
        cached.cache_clear()


def text_caches() -> tuple[functools._lru_cache_wrapper[Any], ...]:
    """Return every cache `per_text` made."""
    return tuple(_CACHES)
