"""Commas inside a short quotation's closing mark (wave 40c): American pages set a sentence's comma inside the mark
that closes a quotation in its middle (`have had their supply "fully restored," X said`). The working copy moves that
comma outside the mark, where British pages put it, so that a cue after the quotation claims the whole sentence, the
quotation part of it; offsets do not move (the two characters trade places)."""
from __future__ import annotations

import re

from .vocabulary import QUOTING_VERBS

INSIDE_COMMA_RE = re.compile(
    r" (?<=[a-z] )(?:(?P<open>[\"\u201c])(?P<words>[^\"\u201c\u201d\n]{1,80}?[\w%)]),(?P<close>[\"\u201d])"
    r"|(?P<open1>['\u2018])(?P<words1>\w[^'\u2018\u2019\"\n]{0,79}?[\w%)]),(?P<close1>['\u2019]))"
    r"(?= (?!(?:but|and|or|yet|while|although|though|so|then)\b))")
"""A quotation opened after a lower-case word, closed with a comma inside its mark and a space after it, and no
conjunction after that (`"stretched," but stressed`: no cue can follow, so the comma is the clause's own); wave 48e:
single marks too (`called it 'a bit rich,' saying`), the words holding no single mark of their own. The space is
written first and the lower-case letter checked behind it, so that the engine skips fast to a space."""
COMMA_INSIDE_MARKS: tuple[str, ...] = (',"', ",\u201d", ",'", ",\u2019")
"""A comma right before a closing mark: a text holding none has no quotation to change (the cheap test first)."""
MAX_INSIDE_WORDS = 12
"""Longer quotations are speech of their own, read as such wherever the comma stands."""


def outside_commas(text: str) -> str:
    """Return the text with the comma inside a mid-sentence quotation's closing mark moved outside it (same length),
    unless a speech verb opens the quotation (`said "every village is back,"`: the speaker's quoted words)."""
    if not any(mark in text for mark in COMMA_INSIDE_MARKS):
        return text
    return INSIDE_COMMA_RE.sub(_moved, text)


def _moved(match: re.Match[str]) -> str:
    """Return one quotation with its comma outside its closing mark, or unchanged after a speech verb."""
    before = match.string[max(0, match.start() - 20):match.start()].split()
    opening, words, closing = (match.group("open"), match.group("words"), match.group("close")) if match.group("open") \
        else (match.group("open1"), match.group("words1"), match.group("close1"))
    if len(words.split()) > MAX_INSIDE_WORDS or (before and before[-1] in QUOTING_VERBS):
        return match.group()
    return f" {opening}{words}{closing},"


def with_closing_mark(original: str, copy: str, end: int) -> int:
    """Return a row's end in the original text past the closing mark the copy moved its comma across (the quote
    then ends `"fully restored,"`, its marks paired), else the end unchanged."""
    if 0 < end < len(original) and original[end - 1] == "," and copy[end - 1] in "\"\u201d'\u2019" \
            and original[end] == copy[end - 1]:
        return end + 1
    return end
