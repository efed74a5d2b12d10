"""An aside between a cue's subject and its verb that names whom the subject acts for (wave 55e): `Today, Jo Roe,
Minister of Labour, on behalf of Al Key, Minister of Industry, and Mo Vance, Minister of Health, announced`. The
subject before `on behalf of` speaks; the parties it acts for are no speaker, so the subject region ends where the
aside opens. An aside at the sentence's start (`On behalf of the board, Jo Roe said`) has no comma before it inside the
region and is read as before, as is a cue's `on behalf of` after the verb (`said Jo Roe on behalf of the club`)."""
from __future__ import annotations

import re

BEHALF_ASIDE_RE = re.compile(r",[ \t]+on[ \t]+behalf[ \t]+of[ \t]+[^;:.!?\"\u201c\u201d\n]{3,300}?,[ \t]*\Z")
"""A behalf aside set off by commas that runs to the verb: `, on behalf of Al Key, Minister of Industry, `; the search
ends at the verb, so `\\Z` is the region's end, and the leftmost opening wins."""
MAX_BEHALF_CHARS = 320
"""How far before a cue a behalf aside may open (the pattern's longest match)."""


def behalf_aside_start(text: str, start: int, end: int) -> int | None:
    """Return where an aside naming whom a cue's subject acts for opens in the subject region `text[start:end]`, else
    None; words must stand before it (the subject)."""
    if "behalf" not in text[start:end]:
        return None  # the common case: nobody acted for
    match = BEHALF_ASIDE_RE.search(text, max(start, end - MAX_BEHALF_CHARS), end)
    if match is None or not text[start:match.start()].strip(" ,"):
        return None
    return match.start()
