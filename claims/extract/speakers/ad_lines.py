"""An advertising slot's line (wave 62d): a scraped web page keeps the labels of its advertising slots as lines of their
own between paragraphs (`Hide Ad`, `Advertisement`, `Story continues below advertisement`; `data/ad_lines.txt`). Such a
line is furniture, never a party: no name on it is registered nor read among the bodies the text names, so that the
`he said` after it means the person the story named before the slot, never `Hide Ad` read as a person's name."""
from __future__ import annotations

from ..text import line_start
from ..vocabulary import load_words

AD_LINES: frozenset[str] = load_words("ad_lines")
"""The whole lines, in lower case, that an advertising slot leaves in a page's text."""

MAX_AD_LINE_CHARS = 60
"""The longest line read as an advertising slot's label: longer lines are never compared."""


def on_ad_line(text: str, at: int) -> bool:
    """Say whether a position lies on a line that is only an advertising slot's label (`Hide Ad`)."""
    start = line_start(text, at)
    end = text.find("\n", at, at + MAX_AD_LINE_CHARS + 1)
    end = len(text) if end < 0 and len(text) - at <= MAX_AD_LINE_CHARS else end
    if at - start > MAX_AD_LINE_CHARS or end < 0:
        return False  # no break within a label's length on one side: a longer line, read no further
    return end - start <= MAX_AD_LINE_CHARS and " ".join(text[start:end].lower().split()) in AD_LINES
