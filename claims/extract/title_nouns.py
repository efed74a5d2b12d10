"""A common noun written as a title before a person's name (`Midwife Ellen Garvey`, `Surveyor Ian Blythe`,
`Beekeeper Tomasz Nowak`): the person is the name without it.

Reporters put any occupation or description before a name as if it were a title, and no role list holds them all.
A word is such a noun when English writes it in lower case and never as a name: the `web2` word list that ships
inside the `english-words` package (Webster's Second, 236,000 words, read once at import) holds `surveyor` and
`midwife` in lower case only, and given names that are also words (`Mark`, `Grace`, `Martin`, `Will`) with a capital
too, so those stay names. A person of three words or more loses such words from the front while the rest is still
two words or more whose first reads as a given name (a capitalised entry, or no word at all: `Tomasz`) and whose
last the text never writes in lower case, and which the text never writes before a body's noun; `Keep Alder
Green` (a campaign read as a person: `the Keep Alder Green group`), `Owen Rhys Parry`, `Sir Neville Crane` and
titles the role list knows are left as they are.
"""
from __future__ import annotations

import re
from itertools import dropwhile

from english_words import get_english_words_set

from ..finding import find_all
from .vocabulary import GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, ORG_REFERENCES, ROLES, load_words

WORDS: frozenset[str] = frozenset(get_english_words_set(["web2"], lower=False, alpha=True)) | load_words("modern_words")
"""Webster's Second's words as it writes them (common words in lower case, names with a capital), and the common
words it never knew (`wellbeing`, `broadband`: `data/modern_words.txt`, wave 46w)."""
FAMILY_NAME_WORDS: frozenset[str] = load_words("family_name_words")
"""Family names that are also common words (`Wong`, `Tan`, `Lim`): a name's own word, never a title noun (46a)."""
NAME_ARTICLES: frozenset[str] = load_words("name_articles")
"""Articles that open a place's or a family's name (`El`, `Las`): a name's own word, never a title noun (61e)."""
_BODY_NOUNS: frozenset[str] = ORG_HEADS | ORG_REFERENCES | frozenset({"campaign", "group"})
"""Nouns that make the name before them a body's (`the Keep Alder Green group`)."""


_BRITISH_ENDINGS: tuple[tuple[str, str], ...] = (("isation", "ization"), ("isations", "izations"))
"""British spellings of a noun's ending and the word list's (`Decarbonisation`: `decarbonization`, wave 25a)."""


def in_word_list(lower: str) -> str:
    """Return a lower-case word as the word list spells it: as written, or its British ending in the list's spelling
    (`decarbonisation` -> `decarbonization`); the word itself when neither is listed."""
    if lower in WORDS:
        return lower
    for british, listed in _BRITISH_ENDINGS:
        if lower.endswith(british) and (spelled := lower[:-len(british)] + listed) in WORDS:
            return spelled
    return lower


def is_common_noun(word: str) -> bool:
    """Say whether a capitalised word is only ever a common word (`Surveyor`, `Decarbonisation`), never a name
    (`Mark`, `Ian`)."""
    lower = in_word_list(word.lower())
    return word[:1].isupper() and lower in WORDS and word not in WORDS and lower.capitalize() not in WORDS \
        and lower not in ROLES and lower not in NAME_PARTICLES and lower not in FAMILY_NAME_WORDS \
        and lower not in NAME_ARTICLES


_PLURAL_ENDINGS: tuple[tuple[str, str], ...] = (("ies", "y"), ("es", ""), ("s", ""))
"""A plural's ending and its singular's (`Ferries`: `ferry`, `Boxes`: `box`, `Bridges`: `bridge`), wave 33c."""
_NO_PLURAL_ENDINGS: tuple[str, ...] = ("ss", "us", "is")
"""Endings in `s` of words that are no plural (`Glass`, `Rufus`, `Iris`)."""
_MIN_STEM = 3
"""The fewest letters a plural's singular has (`Gus` is no plural of `gu`)."""


def is_common_plural(word: str) -> bool:
    """Say whether a capitalised word is the plural of a common word the word list holds in its singular only
    (`Ferries`, `Bridges`; never `Miles`, which it capitalises, nor `Glass`): the list holds no plurals (wave 33c)."""
    lower = word.lower()
    if not word[:1].isupper() or word.capitalize() in WORDS or lower in WORDS or lower.endswith(_NO_PLURAL_ENDINGS):
        return False
    return any(lower.endswith(end) and len(stem := lower[:-len(end)] + singular) >= _MIN_STEM and stem in WORDS
               for end, singular in _PLURAL_ENDINGS)


def opens_on_plural(name: str) -> bool:
    """Say whether a name read as a person's opens, after common words, on a common word's plural and goes on in
    common words only (`Ferries Fortnight`, `Coastal Bridges Bulletin`): an event's, a journal's or a place's name cut
    at its opening word, no person's, for a given name is never a plural (wave 33c); `Tarrow Beans Co`, `Bridges
    Ferrand` close on a name's word and are left as they are."""
    rest = list(dropwhile(is_common_noun, name.split()))
    return len(rest) >= 2 and is_common_plural(rest[0]) \
        and all(is_common_noun(word) or is_common_plural(word) for word in rest[1:])


def common_word_no_given_name(word: str) -> bool:
    """Say whether a capitalised word is a common English word written so only by its place and no given name
    (`Fresh`, `Repair`, `Head`; never `Frank`, `Dana`, `Mark`, which the word list capitalises or the given names
    hold): a name
    opening on it may be a scheme's or a thing's (wave 67x's `scheme_names`, 68d's `thing_names`)."""
    return word.lower() in WORDS and word not in WORDS and word.lower() not in GIVEN_NAMES


def may_open_a_name(word: str) -> bool:
    """Say whether a capitalised word may open a person's name: a name the word list capitalises, no word, a family
    name that is also a word (`Tan`) or a given name that is (`Vera`, wave 63x)."""
    return word[:1].isupper() and (word.capitalize() in WORDS or word.lower() not in WORDS
                                   or word.lower() in FAMILY_NAME_WORDS or word.lower() in GIVEN_NAMES)


_JOINS_RE = re.compile(r"(,\s+(?:and\s+)?|\s+and\s+)")
"""What joins people in a list (`, `, `, and `, ` and `), kept as written."""


def without_title_nouns(name: str, text: str = "") -> str:
    """Drop the common nouns written as titles before a person's name (`Midwife Ellen Garvey` -> `Ellen Garvey`),
    a plural after one of them with them (`Consumer Rights Pat Lowe`: a remit, no given name; 43e); a name whose last
    word the text also writes in lower case (`Keep Alder Green`, `green`) is no person's. Joint people are read one
    by one (`Ama Orrin and Ted Voss`: `Ama`, a word in lower case too, opens a two-word name, no title), and a given
    name (`data/given_names.txt`) is never such a noun (`Vera Mac Orrin`; wave 63x)."""
    parts = _JOINS_RE.split(name)
    return "".join(part if at % 2 else _without_title_nouns_one(part, text) for at, part in enumerate(parts))


def _without_title_nouns_one(name: str, text: str) -> str:
    """Drop the common nouns written as titles before one person's name (`without_title_nouns`)."""
    words = name.split()
    cut = 0
    while len(words) - cut >= 3 and words[cut].lower() not in GIVEN_NAMES \
            and (is_common_noun(words[cut]) or (cut or len(words) == 3) and is_common_plural(words[cut])):
        cut += 1  # `Affairs Tova Brennick` of `Director of Corporate Affairs Tova Brennick`: a remit's plural (64d)
    if not cut or not may_open_a_name(words[cut]) or written_lower(text, words[-1]) or _heads_a_body(text, name):
        return name
    return " ".join(words[cut:])


def _heads_a_body(text: str, name: str) -> bool:
    """Say whether the text writes the name before a body's noun (`the Keep Alder Green group`): no person's."""
    for at in find_all(text, name):
        following = text[at + len(name):at + len(name) + 30].split()[:1]
        if following and following[0].strip(",.;:").lower() in _BODY_NOUNS:
            return True
    return False


def written_lower(text: str, word: str) -> bool:
    """Say whether the text writes a word in lower case somewhere, as a whole word (`local` for `Local`)."""
    lower = word.lower()
    if lower == word:
        return True
    return any(not text[at - 1:at].isalpha() and not text[at + len(lower):at + len(lower) + 1].isalpha()
               for at in find_all(text, lower))
