"""A subject left unresolved shown as the text writes it (wave 50g): the readers compare words in lower case, and a
reference no body resolves came back so (`the dunmore pay review provider`, `the kelso-based carrier`); a speaker
shown to an analyst keeps the text's capitals (`the Dunmore Pay Review Provider`), its article in lower case."""
from __future__ import annotations

from ..dotted_abbreviations import undotted
from .words import DETERMINERS

SUBJECT_WORD_STRIP = "\u2019'\".,"
"""What the readers strip from a subject's word before comparing it (`regions.speaker_of_clause` too)."""


def with_text_capitals(found: tuple[str, str] | None, text: str, start: int, end: int) -> tuple[str, str] | None:
    """Return an unresolved subject read in lower case in the words text[start:end] writes with capitals after its
    first word, the article lower-cased; any other reading as it is."""
    if found is None or found[1] != "unresolved" or not found[0].islower():
        return found
    words = found[0].split()
    raw = [_shown(w) for w in text[start:end].split()]
    for at in range(len(raw) - len(words), -1, -1):
        run = raw[at:at + len(words)]
        if [undotted(w.lower().rstrip(".")) for w in run] == words:
            if not any(c.isupper() for w in run[1:] for c in w):
                return found
            first = run[0].lower() if run[0].lower() in DETERMINERS else run[0]
            return " ".join([first, *run[1:]]), found[1]
    return found


def _shown(word: str) -> str:
    """Return a subject's word as shown: its quotation marks and commas stripped, a dotted abbreviation keeping its
    last stop (`U.N.`, wave 67v), any other word its stops stripped too."""
    bare = word.strip(SUBJECT_WORD_STRIP)
    return word.strip("\u2019'\",") if undotted(bare.lower()) != bare.lower() else bare
