"""63f: a document cited with no maker where it speaks (`A new poll has revealed ...`, `The Spring 2031 Trade
Survey shows ...`) and left unresolved, read as the one body the text names as the maker of a document of that noun
anywhere else: by its possessive (`the Chamber's twice-yearly members' survey`) or after the noun (`the poll,
carried out for Kelby Health Trust`). Two such makers, or none, leave it unresolved."""
from __future__ import annotations

import re
from typing import Iterable

from ..entities import is_person_name
from ..vocabulary import DOCUMENT_NOUNS, SENTENCE_STARTERS, load_words

MAKER_NOUNS: frozenset[str] = load_words("maker_nouns")
"""Document nouns a text names one maker for: what a body runs or commissions, never a bare `figures` or `data`
(`data/maker_nouns.txt`)."""
_NAME = r"(?!The[ \t])[A-Z][\w&\-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&\-]*)*"
"""A capitalised name: its words, joined by `of`, `for`, `and`; `The` before it is no word of it."""
_GAP = r"(?:[\w\-\u2019']+[ \t]+){0,5}"
"""Up to five words between a maker's possessive and the noun (`twice-yearly members' trade conditions`)."""


def document_noun(speaker: str) -> str | None:
    """Return the maker noun a speaker's words end on, or hold with one participle after it (`A fresh poll released`)."""
    words = speaker.lower().split()
    if len(words) >= 2 and words[-1] in MAKER_NOUNS:
        return words[-1]
    if len(words) >= 3 and words[-2] in MAKER_NOUNS and words[-1].endswith("ed"):
        return words[-2]
    return None


def makers_named(text: str, noun: str) -> set[str]:
    """Return the bodies the text names as a maker of a document of this noun: `X's ... <noun>`, `<noun> by X`,
    `<noun> (conducted|carried out|commissioned) (by|for) X`; no person's name, no sentence's opening word."""
    owned = re.finditer(rf"(?<![\w-])(?P<maker>{_NAME})(?:['\u2019]s|(?<=s)['\u2019])[ \t]+{_GAP}{noun}s?\b", text)
    made = re.finditer(rf"\b{noun}s?,?[ \t]+(?:(?:conducted|carried[ \t]+out|commissioned|run|published)[ \t]+)?"
                       rf"(?:by|for)[ \t]+(?:the[ \t]+)?(?P<maker>{_NAME})", text)
    found = {m.group("maker") for m in (*owned, *made)}
    return {name for name in found if name.split()[0].lower() not in SENTENCE_STARTERS and not is_person_name(name)}


def makers_elsewhere(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved document without a maker to the one body the text names as a maker of that noun."""
    found: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        noun = document_noun(speaker) if kind == "unresolved" else None
        makers = makers_named(text, noun) if noun is not None and noun in DOCUMENT_NOUNS | MAKER_NOUNS else set()
        if len(makers) == 1:
            found[speaker] = (makers.pop(), "organisation")
    return found
