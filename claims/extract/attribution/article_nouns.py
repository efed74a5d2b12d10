"""A cue word that is also a singular noun, after an article and its noun phrase (wave 67g): `a Foxley Analytics report
that cast doubt on`, `read the full staffing review 2031 here`, `the latest Treasury note on rates`. No subject takes
this form of the verb after a singular article and its modifiers, so the word is the phrase's noun, not a cue: the row
it would start (`that cast doubt on ...`, `2031 here`) is a fragment or the writer's narration. A verb phrase has a
word no noun phrase holds (`the board will report`, `the firm did not report`); a plural before the word is its
subject (`the regional offices report that`, `the police report that`)."""
from __future__ import annotations

from ..vocabulary import ARTICLES, CLOSED_WORDS, load_words

VERB_PHRASE_WORDS: frozenset[str] = load_words("verb_phrase_words")
"""Auxiliaries, modals and pre-verb adverbs: never a modifier (`data/verb_phrase_words.txt`)."""
PLURAL_SUBJECT_NOUNS: frozenset[str] = load_words("plural_subject_nouns")
"""Nouns taking a plural verb with no plural ending (`police`, `staff`; `data/plural_subject_nouns.txt`)."""
MAX_MODIFIERS = 4
"""At most this many words stand between the article and the noun (`the full Coldmere workforce`)."""


def is_modifier(word: str, indefinite: bool) -> bool:
    """Say whether a word can stand between an article and a singular noun: a name, an acronym, a year or a
    singular word that is no auxiliary, adverb or closed-class word. After `a` or `an` a capitalised word ending in
    `s` is a name (`a Foxley Analytics report`); after `the` it may be the verb's plural subject (`the Greens note`)."""
    bare = word.strip("\u2019'")
    low = bare.lower()
    if not bare.replace("-", "").isalnum() or low in CLOSED_WORDS or low in VERB_PHRASE_WORDS:
        return False
    if bare.isupper() or bare.isdigit() or indefinite and bare[:1].isupper():
        return True  # "a KORVEX report", "the 2031 review", "a Foxley Analytics report"
    return not low.endswith("ly") and low not in PLURAL_SUBJECT_NOUNS \
        and not (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def article_noun(before: list[str]) -> bool:
    """Say whether the words before a cue word are an article and one to four modifiers (`a KORVEX`, `the full
    staffing`): the cue word is the noun of their phrase."""
    words = before[-(MAX_MODIFIERS + 1):]
    opening = next((i for i in range(len(words) - 2, -1, -1) if words[i].lower() in ARTICLES), None)
    if opening is None:
        return False
    indefinite = words[opening].lower() != "the"
    return all(is_modifier(word, indefinite) for word in words[opening + 1:])


def noun_phrase_end(ahead: list[str]) -> bool:
    """Say whether the noun (the first word ahead) ends its phrase with no preposition or aside after it: a relative
    `that`, a figure or any open word follows (`report that cast`, `report 2031 here`); `report on its inspection`,
    `report,` and a sentence's last `report.` are left to the cue rules, which read the phrase's owner around it."""
    if len(ahead) < 2 or not ahead[0].isalpha():
        return False
    after = ahead[1].lower().strip(".,;:")
    return after == "that" or after not in CLOSED_WORDS
