"""The extractor's table as (speaker, speaker_kind, quote) tuples, for the phenomenon tests to compare whole."""
import functools
import gc

from claims.extract import find_rows
from claims.extract.entities import find_mentions
from claims.extract.speakers import Context


def rows(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.quote) for r in find_rows(text, "t.txt")]


def cued_rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]


def clear_extract_caches() -> None:
    """Empty every cache of `claims.extract` (mentions are cached by text: a mutant run forked from a warm process
    would otherwise read the unmutated results of the same text)."""
    for cached in [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)]:
        if getattr(cached, "__module__", "").startswith("claims.extract"):
            cached.cache_clear()


def named_context(text: str) -> Context:
    """Return a context of the text in which every name the text holds is already registered."""
    ctx = Context(text=text)
    for mention in find_mentions(text, 0, len(text)):
        ctx.add(mention)
    return ctx


def subject_words(subject: str) -> tuple[list[str], list[str]]:
    """Return a subject's raw words and its words as `regions` reads them (lower case, quotes and stops stripped)."""
    raw = subject.split()
    return raw, [w.lower().strip("\u2019'\".,") for w in raw]


def full_rows(text: str) -> list[tuple[str, str, str, str, float]]:
    """Return (speaker, speaker_kind, cue, quote, speaker_confidence) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote, r.speaker_confidence) for r in find_rows(text, "t.txt")]


def curled(rows: list[tuple[str, str, str, str, float]]) -> list[tuple[str, str, str, str, float]]:
    """Return rows with every straight apostrophe of their words made curly (`’`), as a curly text's rows should be."""
    return [(speaker.replace("'", "\u2019"), kind, cue.replace("'", "\u2019"), quote.replace("'", "\u2019"), share)
            for speaker, kind, cue, quote, share in rows]
