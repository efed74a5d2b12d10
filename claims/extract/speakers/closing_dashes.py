"""Where the words before a cue end (wave 60f): past the spaces and commas that close them, and past a dash that closes
an aside set off by dashes right before the cue (`Jo Roe, chief executive at Varn Hospital in Eastby – which ranked
ninth from the foot of a table – says`, `Only 40% of users of the X service — which runs to Y — reported`). Left on, the closing
dash cut an empty last clause, so the clause before the aside (its body, `Varn Hospital`) was read as the speaker
instead of the person whose post it is; a comma closing the same aside was always stripped."""
from __future__ import annotations

CLOSING_MARKS = " ,\u00a0\u2013\u2014"
"""Marks that may close the words before a cue: a space, a comma, a no-break space, an en dash and an em dash."""


def words_end(text: str, start: int, end: int) -> int:
    """Return where the words in text[start:end] end, before the spaces, commas and dashes closing them."""
    return start + len(text[start:end].rstrip(CLOSING_MARKS))
