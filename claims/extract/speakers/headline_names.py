"""A body the text names only inside its headline (`Rehab and CRC scandals still driving down donations`), never in
its body: a word of the headline's topic, not the body the text is about, so no unowned document is its (real pages,
wave 56p). A first line that holds the name alone is a letterhead, and names the writer."""
from __future__ import annotations

SENTENCE_ENDS: tuple[str, ...] = (".", "!", "?", ":")
"""What closes a first line that is a sentence or a lead-in rather than a headline."""


def headline_line(text: str) -> tuple[str, int]:
    """Return a text's first line, stripped, and where the text after it starts."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end].strip(), end


def named_in_headline_only(text: str, name: str) -> bool:
    """Say whether a name stands inside a headline (a first line that is more than the name and closes on no sentence's
    end) and nowhere in the text after it."""
    line, end = headline_line(text)
    return name in line and line != name and not line.endswith(SENTENCE_ENDS) and name not in text[end:]
