"""A name whose last word is an abstract or collective noun is no person's (wave 68x): `Tarnby Heritage said`, `a
paper in Orrel Science` were read as people, since a run of two capitalised words with no body's head noun reads as
a given name and a surname (a given name first still reads as a person's: `Marcus Dunnage`). English's abstract nouns (`heritage`, `science`, `welfare`, `wellbeing`) are never
family names, where its agent nouns (`Baker`, `Mason`, `Turner`) and its words of nature and colour (`Wood`, `Green`)
often are: a word that English writes only in lower case and ends as an abstract noun does (`data/
abstract_noun_endings.txt`: `-age`, `-ence`, `-ity`, `-ment`, `-ship`, ...) closes a body's name. Short words are
left out, where common surnames with such endings gather (`Pence`, `Savage`, `Gage`)."""
from __future__ import annotations

from .title_nouns import WORDS, is_common_noun
from .vocabulary import DOCUMENT_NOUNS, GIVEN_NAMES, load_words

ABSTRACT_ENDINGS: tuple[str, ...] = tuple(sorted(load_words("abstract_noun_endings")))
"""Endings of abstract and collective nouns (`age`, `ence`, `ity`)."""
MIN_LETTERS = 7
"""The fewest letters an abstract noun closing a body's name has (`Science`, `Heritage`; never `Pence`, `Savage`)."""


def never_surname(word: str) -> bool:
    """Say whether a capitalised word is an abstract noun no family name is (`Heritage`, `Science`; not `Baker`, nor a
    given name that is also a word, `Patience`)."""
    return len(word) >= MIN_LETTERS and word.isalpha() and word.lower().endswith(ABSTRACT_ENDINGS) \
        and word.lower() not in GIVEN_NAMES and is_common_noun(word)


def ends_on_abstract_noun(words: list[str]) -> bool:
    """Say whether a capitalised name of two words or more is proper names and an abstract noun (`Tarnby Heritage`,
    `Orrel Science`): a body's; a heading of common words (`Network Disruption`) or a document's noun (`Tarnby
    Statement`) is left to the readers of those."""
    return len(words) > 1 and all(word[:1].isupper() for word in words) and never_surname(words[-1]) \
        and words[-1].lower() not in DOCUMENT_NOUNS and words[0].lower() not in GIVEN_NAMES \
        and not any(_common_word(word) for word in words[:-1])


def _common_word(word: str) -> bool:
    """Say whether a word is one English lists, in lower case or capitalised (`Network`, `London`), or such a word's
    form in -s (`Requires`, `Meets`)."""
    lower = word.lower()
    return lower in WORDS or word in WORDS or lower.endswith("s") and lower[:-1] in WORDS
