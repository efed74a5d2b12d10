"""The extractor's table as (speaker, speaker_kind, quote) tuples, for the phenomenon tests to compare whole."""
from claims.extract import find_rows


def rows(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.quote) for r in find_rows(text, "t.txt")]


def cued_rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]
