"""A body the text names only inside its headline (`Rehab and CRC scandals still driving down donations`), never in
its body: a word of the headline's topic, not the body the text is about, so no unowned document is its (real pages,
wave 56p). A first line that holds the name alone is a letterhead, and names the writer."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..full_names import variant_of
from ..text import line_end
from ..vocabulary import load_words

ISSUER_LINE_OPENERS: frozenset[str] = load_words("issuer_line_openers")
"""How a first line opens that names the page's issuer (`Issued by X`, `From: X`; `data/issuer_line_openers.txt`)."""
_FIELD_MARK = r"[ \t]*[:\-\u2013\u2014]"
"""What closes an issuer's field name (`From:`, `Source -`)."""
_ISSUER_LINE_RE = re.compile(
    rf"(?i:{'|'.join(sorted((re.escape(o) for o in ISSUER_LINE_OPENERS if ' ' in o), key=len, reverse=True))})"
    rf"(?:{_FIELD_MARK}|[ \t])"
    rf"|(?i:{'|'.join(sorted(re.escape(o) for o in ISSUER_LINE_OPENERS if ' ' not in o))}){_FIELD_MARK}")
"""An issuer's line: a phrase (`Issued by X`, `Issued by: X`), or a one-word field with its mark (`From: X`), never
a headline opening on the word (`From farm to fork: X cuts waste`)."""
_SENTENCE_INSIDE_RE = re.compile(r"[.!?][\"'\u2019\u201d)]*[ \t]+\S")
"""A sentence's end inside a line (`X has released its survey. The results show that`): the line is prose."""
SENTENCE_ENDS: tuple[str, ...] = (".", "!", "?", ":")
"""What closes a first line that is a sentence or a lead-in rather than a headline."""


def headline_line(text: str) -> tuple[str, int]:
    """Return a text's first line, stripped, and where the text after it starts."""
    start = len(text) - len(text.lstrip())
    end = line_end(text, start)
    return text[start:end].strip(), end


def is_headline(line: str) -> bool:
    """Say whether a first line reads as a headline: no sentence's end inside it or closing it, and no issuer's field
    opening it (`Issued by X`, `From: X`)."""
    return not line.endswith(SENTENCE_ENDS) and _SENTENCE_INSIDE_RE.search(line) is None \
        and _ISSUER_LINE_RE.match(line) is None


def named_in_headline_only(text: str, name: str, bodies: Iterable[str] = ()) -> bool:
    """Say whether a name stands inside a headline (a first line that is more than the name) and nowhere in the text
    after it, not even in a longer form of which it is a short one (`Medicaid Fraud Unit` in the headline,
    `Medicaid Fraud Control Unit` below)."""
    line, end = headline_line(text)
    if name not in line or line == name or not is_headline(line) or name in text[end:]:
        return False
    return variant_of(name, [body for body in bodies if body in text[end:]]) is None
