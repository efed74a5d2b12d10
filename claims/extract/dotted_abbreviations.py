"""Dotted abbreviations read as their letters: a country's or a body's letters written with full stops (`U.S.`,
`U.N.`, `E.U.`, `D.C.`) stand for the same word as the letters without them (`us`, `un`, `eu`), so a subject's reading
in lower case treats `the U.S. attorney's office` as it treats `the US attorney's office` (wave 67v).

A word of a body's name written short with a full stop (`Bros.`, `Intl.`) is read by what follows it (wave 68x): a
legal form (`Tarn Bros. Ltd.`, `Orrel Intl. Inc.`) shows the stop is the name's own, so neither the sentence nor the
name ends there; a new sentence's capital (`Sales fell at Tarn Bros. Tarn Bros. said`) shows it ends both. A word
joining the short word to the rest of the name before a capital (`Tarn Assn. of Growers`, `Orrel Natl. Assn. for
Carers`, `Pellow Bros. & Sons`: wave 69k) shows the same as a legal form: no sentence opens on `of`, and the name goes
on past the stop."""
from __future__ import annotations

import re

from .vocabulary import LEGAL_FORMS, load_words

DOTTED_LETTERS_RE = re.compile(r"(?:[A-Za-z]\.){1,5}[A-Za-z]\.?")
"""Two to six single letters each closed by a full stop, the last stop perhaps stripped already (`u.s.`, `U.N`,
`d.c.`): a dotted abbreviation, in either case."""


def undotted(word: str) -> str:
    """Return a word without the full stops of a dotted abbreviation (`u.s.` -> `us`, `U.N` -> `UN`); any other word
    unchanged (`st.`, `inc.`, `www.x.org`)."""
    return word.replace(".", "") if DOTTED_LETTERS_RE.fullmatch(word) else word


FULL_BODY_WORDS: dict[str, str] = dict(line.split() for line in load_words("dotted_body_words"))
"""Words of a body's name written short with a full stop, lower case, without the stop, and the words they shorten
(`assn` -> `association`, `bros` -> `brothers`)."""
DOTTED_BODY_WORDS: frozenset[str] = frozenset(FULL_BODY_WORDS)
"""Words of a body's name written short with a full stop (`bros`, `intl`, `assn`), lower case, without the stop."""
_SHORT_WORDS = "|".join(word.capitalize() for word in sorted(DOTTED_BODY_WORDS))
"""Regex source: the short body words as a name writes them, capitalised (`Assn|Bros|...`), without their stop."""
_DOTTED_BODY_WORD_RE = re.compile(rf"\b(?:{_SHORT_WORDS})\.")
"""A capitalised short body word and its stop inside a name (`Assn.`)."""


def full_body_words(name: str) -> str:
    """Return a name with each capitalised short body word written out (`Tarn Assn. of Growers` -> `Tarn Association
    of Growers`), for reading its kind; a name without one unchanged."""
    return _DOTTED_BODY_WORD_RE.sub(lambda short: FULL_BODY_WORDS[short.group()[:-1].lower()].capitalize(), name)


CLOSING_FORMS: frozenset[str] = LEGAL_FORMS | {"co", "cos", "corp", "company"}
"""What closes a company's name after a short body word: a legal form (`Ltd`, `Inc`, `plc`) or `Co`/`Corp`."""
_FORMS = "|".join(sorted(CLOSING_FORMS, key=len, reverse=True))
NAME_JOINS: tuple[str, ...] = ("of", "for", "&")
"""Words that join a short body word to the rest of its name before a capital (`Assn. of Growers`, `Bros. & Sons`);
never `and`, which may join two bodies (`Pellow Bros. and Tarn Ltd said`)."""
_JOINS = "|".join(re.escape(word) for word in NAME_JOINS)
FORM_AHEAD = (rf"(?=[ \t\u00a0]+(?:(?i:{_FORMS})(?![\w'\u2019-])"
              rf"|(?:{_JOINS})[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z]|(?:{_SHORT_WORDS})\.))")
"""Regex source: a legal form follows, after spaces (`Bros.` in `Tarn Bros. Ltd.`), never a longer word, a
possessive or a hyphen's compound (`Co-workers`); a joining word before a capital (`Assn. of Growers`, `Univ. of
the Marches`); or another short body word (`Natl. Assn.`)."""
BODY_WORD_TOKEN = rf"(?:{_SHORT_WORDS})\.{FORM_AHEAD}"
"""Regex source: a capitalised short body word and its stop before a legal form (`Intl.` in `Orrel Intl. Inc.`): one
token of a name."""
_FORM_AHEAD_RE = re.compile(FORM_AHEAD)


def inner_body_stop(word: str, text: str, dot: int) -> bool:
    """Say whether the full stop at `dot` after `word` is a body's name's own (`Tarn Bros. Ltd.`: a short body word
    before a legal form), so no sentence ends there; before any other word it may end one."""
    return word.lower() in DOTTED_BODY_WORDS and word[:1].isupper() and _FORM_AHEAD_RE.match(text, dot + 1) is not None
