"""Dotted abbreviations read as their letters: a country's or a body's letters written with full stops (`U.S.`,
`U.N.`, `E.U.`, `D.C.`) stand for the same word as the letters without them (`us`, `un`, `eu`), so a subject's reading
in lower case treats `the U.S. attorney's office` as it treats `the US attorney's office` (wave 67v)."""
from __future__ import annotations

import re

DOTTED_LETTERS_RE = re.compile(r"(?:[A-Za-z]\.){1,5}[A-Za-z]\.?")
"""Two to six single letters each closed by a full stop, the last stop perhaps stripped already (`u.s.`, `U.N`,
`d.c.`): a dotted abbreviation, in either case."""


def undotted(word: str) -> str:
    """Return a word without the full stops of a dotted abbreviation (`u.s.` -> `us`, `U.N` -> `UN`); any other word
    unchanged (`st.`, `inc.`, `www.x.org`)."""
    return word.replace(".", "") if DOTTED_LETTERS_RE.fullmatch(word) else word
