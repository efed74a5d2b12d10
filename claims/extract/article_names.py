"""A body whose name is one word with its article (`The Spoke`, `The Wheel`), wave 45f: inside a sentence the writer
keeps the article's capital (`a survey conducted by The Spoke`), which no common noun has, so the word after it is a
body's name throughout the text (`The Spoke's Annual Summit heard`, `The Spoke said`). After a preposition of place
(`in The Hague`, `at The Oval`) the capital names a place, and is left."""
from __future__ import annotations

import re
from .text_caches import per_text

_ARTICLE_NAME_RE = re.compile(r"The(?<=[a-z,] The)(?<!\bin The)(?<!\bat The)(?<!\bto The)(?<!\bnear The)"
                              r"(?<!\bfrom The)(?<!\binto The)"
                              r"[ \t]+(?P<name>[A-Z][a-z]{2,})\b(?![ \t]+[A-Z]|['\u2019\-][a-z]{2})")
"""`The` with its capital inside a sentence before one capitalised word ending the name: `by The Spoke` (`The` first,
what stands before it checked behind it, so that the engine skips fast to a `The`; wave 47s)."""
_RUN_RE = re.compile(r"The[ \t]+(?P<name>[A-Z][a-z]{2,})(?:['\u2019]s)?")
"""A run that is `The`, one word, and maybe `'s`: `The Spoke`, `The Spoke's`."""


@per_text(4)
def article_names(text: str) -> frozenset[str]:
    """Return the one-word names the text writes with a capital `The` inside a sentence (once per text)."""
    return frozenset(m.group("name") for m in _ARTICLE_NAME_RE.finditer(text)) if "The " in text else frozenset()


def article_name(text: str, run: str) -> str | None:
    """Return the name a run `The X` or `The X's` holds when the text writes `The X` as a body's name, else None."""
    found = _RUN_RE.fullmatch(run)
    return found.group("name") if found is not None and found.group("name") in article_names(text) else None
