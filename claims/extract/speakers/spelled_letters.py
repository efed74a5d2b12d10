"""Where a text spells out a body's letters, wherever it does so (wave 29d): a heading may name a body by its letters
(`FSA Ruling on ...`, `EnReg finds ...`) before the text gives its name, or give the name only in a closing note
(`The Food Standards Authority (FSA) is ...`). The body is the name in brackets right before the letters, else the one
name whose capitalised words' initials spell them (`Food Standards Authority`, `Data Protection Commissioner's
Office`); small joining words (`of`, `for`, `and`, `the`) may stand between those words."""
from __future__ import annotations

import re
from ..dotted_abbreviations import undotted
from ..text_caches import per_text

LETTERS_RE = re.compile(r"[A-Z][A-Z&]{1,7}")
"""A name of capital letters only (`FCA`, `NAO`, `A&E`), as a body's short name is written."""
SHORT_NAME_RE = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{2,7}")
"""A body's short name of mixed case with two capitals or more (`ComReg`, `EnReg`): spelled by no initials, so read
only from the brackets after the body's name."""
WORD = r"[A-Z][\w\u2019'\-]*"
"""One capitalised word of a body's name (`Commissioner's` with its possessive)."""
JOIN = r"(?:\s+(?:of|for|and|the|on|in))*\s+"
"""The small words that may stand between two capitalised words of a name (`Commission for Energy Regulation`)."""
NAME_BEFORE = r"(%s(?:%s%s){1,7})\s*\(%s\)"
"""A name of two capitalised words or more, then the short name in brackets."""


def letters_only(word: str) -> bool:
    """Say whether a word is capital letters only, two or more (`UN`, `KVLA`; never `A&E`, `ComReg`): a body's letters,
    which hide its head noun (`lettered_bodies`, `body_units`: one test, wave 53g); written with full stops too (`U.N.`,
    wave 67v)."""
    word = undotted(word)
    return len(word) >= 2 and word.isalpha() and word.isupper()


def is_short_name(name: str) -> bool:
    """Say whether a name may be a body's short name: capital letters only, or mixed case with two capitals or more."""
    return LETTERS_RE.fullmatch(name) is not None or SHORT_NAME_RE.fullmatch(name) is not None


def named_before(short: str, text: str) -> str | None:
    """Return the one name the text writes right before the short name in brackets (`the Food Standards Authority
    (FSA)`), None when none or two different names do."""
    if f"({short})" not in text:
        return None  # the short name is never written in brackets (the cheap test before a pattern made for it)
    found = {m.group(1).removeprefix("The ") for m in re.finditer(NAME_BEFORE % (WORD, JOIN, WORD, re.escape(short)),
                                                                   text)}
    return found.pop() if len(found) == 1 else None


INITIAL_PAIR_RE = re.compile(r"\b(?=(?P<first>[A-Z])[\w\u2019'\-]*%s(?P<next>[A-Z]))" % JOIN)
"""Where a word opens on a capital, that capital and the capital opening the next word of a name after `JOIN`."""


@per_text(8)
def initial_pairs(text: str) -> frozenset[str]:
    """Return the two capitals that open each two neighbouring words of a name in the text (`FS` and `SA` of `Food
    Standards Authority`): a name whose initials spell letters holds each two letters side by side among them."""
    return frozenset(found.group("first") + found.group("next") for found in INITIAL_PAIR_RE.finditer(text))


def spelled_by_initials(letters: str, text: str) -> str | None:
    """Return the one name in the text whose capitalised words' initials spell the letters (`Food Standards
    Authority` for `FSA`), None when the letters are no capitals only or when none or two different names do."""
    if LETTERS_RE.fullmatch(letters) is None:
        return None
    spelled = letters.replace("&", "")
    if not all(spelled[at:at + 2] in initial_pairs(text) for at in range(len(spelled) - 1)):
        return None  # two of its letters open no neighbouring words (the cheap test before a pattern made for them)
    words = [r"\b%s[\w\u2019'\-]*" % re.escape(letter) for letter in spelled]
    found = {m.group(0) for m in re.finditer(JOIN.join(words) + r"\b", text)}
    return found.pop() if len(found) == 1 else None


WORD_SHORT_NAME_RE = re.compile(r"[A-Z][a-z]{2,7}")
"""A body's short name written as one word with one capital (`Hiqa`, `Wqb`): its letters read as a word, which only
the brackets after the body's name show as letters (wave 69k)."""


def bracketed_word_name(short: str, text: str) -> str | None:
    """Return the body whose name the text writes right before a short name written as a word, in brackets (`Wexmoor
    Quality Board (Wqb)` for `Wqb`), else None; a name of capitals is `spelled_out`'s."""
    return named_before(short, text) if WORD_SHORT_NAME_RE.fullmatch(short) else None


@per_text(64)
def spelled_out(short: str, text: str) -> str | None:
    """Return the body the text names for a short name anywhere in it: the name in brackets before it, else the one
    name its letters spell; None when the text names none (or two); remembered, as a text asks again for the same
    letters and each asking builds a pattern for them."""
    if not is_short_name(short):
        return None
    return named_before(short, text) or spelled_by_initials(short, text)
