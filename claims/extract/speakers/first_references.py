"""A reference noun the text first used of the body it had just named as a sentence's subject (`Acme Support Service
cut its waits. The agency received 4,100 claims.`, `Acme Trust announced ... in the charity's history`): further
down, `the agency` still means that body, even when another body of a like kind was named or spoke in between
(wave 40b)."""
from __future__ import annotations

import re

from ..company_forms import COMPANY_FORMS
from ..text import Span, line_start, split_sentences
from ..vocabulary import PUBLIC_HEADS, load_words
from ..text_caches import per_text

COMPANY_ENDS: frozenset[str] = COMPANY_FORMS | load_words("company_ends")
"""Last words of a company's name: its legal forms, `Co.`, `Company`."""


def first_referent(text: str, word: str, before: int, names: list[str]) -> str | None:
    """Return the body of `names` the text's first `the <word>` meant, when that use ends before `before`: the one
    named first in the sentence it refers back to; else None."""
    first, earlier = _first_use(text, word)
    if not 0 <= first < before or earlier is None:
        return None
    found = [(at, -len(name), name) for name in names if (at := text.find(name, *earlier)) >= 0]
    if not found:
        return None
    at, _, name = min(found)  # the subject: a `Co.` is never `the agency`, nor is what it names after it
    return None if word in PUBLIC_HEADS and _has_company_form(text, at) else name


@per_text(4096)
def _first_use(text: str, word: str) -> tuple[int, Span | None]:
    """Return where the text first says `the <word>` (lower case: no name) and the sentence naming what it means: the
    sentence before when it opens its sentence; its own sentence before it when it owns something there (`the
    charity's history`: a subject named first in its sentence says `said the board`, never of itself)."""
    use = re.search(rf"\b[Tt]he\s+{re.escape(word)}(?:\b(?![\-\u2010\u2011'\u2019])|['\u2019]s\b)", text)
    if use is None:
        return -1, None
    line = line_start(text, use.start())
    sentences = [s for s in split_sentences(text, line, use.start()) if text[s[0]:s[1]].strip()]
    opening = not sentences or text[sentences[-1][0]:sentences[-1][1]].rstrip()[-1:] in ".!?\"\u201d"
    if opening:
        return use.end(), sentences[-1] if sentences else _last_sentence_above(text, line)
    owner = use.group().endswith("s") and not use.group().endswith(word)  # "X announced ... the charity's history"
    return use.end(), (sentences[-1][0], use.start()) if owner else None


def _last_sentence_above(text: str, line: int) -> Span | None:
    """Return the last sentence of the nearest line above `line` that holds any words."""
    end = line - 1
    while end > 0:
        start = line_start(text, end)
        sentences = [s for s in split_sentences(text, start, end) if text[s[0]:s[1]].strip()]
        if sentences:
            return sentences[-1]
        end = start - 1
    return None


def _has_company_form(text: str, at: int) -> bool:
    """Say whether the name written at `at` ends in a company's legal form (`Hearthline Appliance Co.`, `Acme Ltd`),
    however short the name registered for it (`Hearthline`)."""
    run = _CAPITALS_RE.match(text, at)
    return run is not None and run.group().split()[-1].lower().strip(".,") in COMPANY_ENDS


_CAPITALS_RE = re.compile(r"[A-Z][\w&'\u2019.\-]*(?:[ \t]+[A-Z][\w&'\u2019.\-]*)*")
"""A run of capitalised words: a name as the text writes it."""
