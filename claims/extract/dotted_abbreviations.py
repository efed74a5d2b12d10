"""Dotted abbreviations read as their letters: a country's or a body's letters written with full stops (`U.S.`,
`U.N.`, `E.U.`, `D.C.`) stand for the same word as the letters without them (`us`, `un`, `eu`), so a subject's reading
in lower case treats `the U.S. attorney's office` as it treats `the US attorney's office` (wave 67v)."""
from __future__ import annotations

import re

DOTTED_LETTERS_RE = re.compile(r"(?:[a-z]\.){1,5}[a-z]\.?")
"""Two to six single letters each closed by a full stop, the last stop perhaps stripped already (`u.s.`, `u.s`,
`d.c.`): a dotted abbreviation in lower case."""


def undotted(word: str) -> str:
    """Return a lower-case word without the full stops of a dotted abbreviation (`u.s.` -> `us`, `u.s` -> `us`); any
    other word unchanged (`st.`, `inc.`, `www.x.org`)."""
    return word.replace(".", "") if DOTTED_LETTERS_RE.fullmatch(word) else word
