"""A body's name with one lower-case word inside it (wave 28f): `the Standards in Public Office Commission`, `The
Fitness to Practise Committee of X`, `The Medicines and Healthcare products Regulatory Agency`. A capitalised run
stops at a lower-case word other than `of`, `for`, `and`, `the`, so the words before it were lost and the rest spoke
(`Public Office Commission`, `Regulatory Agency`). After an article, capitalised common nouns alone name no party:
with one lower-case word and a body's name ending in its head after them, the three are one name. Not a body before
the word (`the Trust in Harbour Council`), not people (`the Residents in Harbour Tenants' Association`), not a place
(`the Museum in Lowesby`), not a word of place or agency (`the Figures from Harbour Council`).

Wave 32f: a committee's or a commission's remit after `on`, and the remit's field after `in`, are the name's too
(`the Committee on Standards in Public Life`, `Commission on Public Trust in Local Democracy`); the run stopped at
`on` and `in`, and the last words spoke as a person (`Public Life`). The remit is capitalised common words only: no
day or month (`the Council on Monday`), no place after `in` (`the Committee on Housing in Dunmore`), no other body
(`the Committee on Harbour Standards Council`), and only after the heads of `data/remit_heads.txt`."""

from __future__ import annotations

import re

from .title_nouns import WORDS, in_word_list, is_common_noun
from .vocabulary import DESCRIBED_PEOPLE, NOT_NAMES, ORG_HEADS, ROLES, load_words

INNER_GAP_RE = re.compile(r" ([a-z]+) ")
"""The one lower-case word between two runs of a name, a space either side (`in`, `to`, `products`)."""
NOT_INNER_WORDS = load_words("not_inner_words")
"""Lower-case words that end a name rather than sit inside one: places, agents, sources (`at`, `from`, `by`)."""
PARTY_MEMBERS = load_words("party_members")
"""Plurals naming a party's members (`Greens`, `Conservatives`): people, never a name's opening words."""
_ARTICLES: frozenset[str] = frozenset({"The", "the"})
"""An article before the opening words: `the Standards in ...`, `The Fitness to ...`."""
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w\-'\u2019])the $")
"""A lower-case `the` right before a run (`under the Standards in ...`)."""
_JOINING_WORDS: frozenset[str] = frozenset({"and", "&"})
REMIT_HEADS = load_words("remit_heads")
"""Heads of a body named for its remit after `on` (`Committee`, `Commission`; `data/remit_heads.txt`)."""
_REMIT_LINK = " on "
"""The word between a remit's head and the remit (`Committee on Standards`)."""
"""Words that join two common nouns in the name's opening (`Medicines and Healthcare`)."""


def _plain_noun(word: str) -> bool:
    """Say whether a capitalised word is a common noun or its plural (`Standards`, `Fitness`): no head, post, people."""
    lower = word.lower()
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return (is_common_noun(word) or is_common_noun(singular)) and lower not in ORG_HEADS and lower not in ROLES \
        and lower not in DESCRIBED_PEOPLE and singular.lower() not in DESCRIBED_PEOPLE and lower not in PARTY_MEMBERS


def _unlisted_word(word: str) -> bool:
    """Say whether a capitalised word is in no word list at all, as a name or as a word (`Healthcare`), no acronym."""
    return word[1:].islower() and word.lower() not in WORDS and word not in WORDS and word.lower() not in ORG_HEADS


def opens_on_common_nouns(words: list[str]) -> bool:
    """Say whether a run's words are capitalised common nouns, joined by `and` if at all (`Medicines and
    Healthcare`): words that name nothing alone. A word no list holds, or a body's head after `and` (`Healthcare`),
    may stand beside a common noun; a head alone (`the Trust in X Council`) names a body."""
    if not words or words[0] in _JOINING_WORDS or words[-1] in _JOINING_WORDS:
        return False
    paired = [w for i, w in enumerate(words) if i and words[i - 1] in _JOINING_WORDS]
    nouns = [w for w in words if w not in _JOINING_WORDS]
    return any(_plain_noun(w) for w in nouns) and all(
        _plain_noun(w) or _unlisted_word(w) or w in paired and w.lower() in ORG_HEADS for w in nouns)


def article_before(text: str, at: int) -> bool:
    """Say whether a lower-case `the` stands right before a run that starts at `at`."""
    return _ARTICLE_BEFORE_RE.search(text, max(0, at - 5), at) is not None


def joins_by_inner_word(article: bool, before: str, word: str, after: str) -> bool:
    """Say whether two runs with one lower-case word between them are one body's name: an article, common nouns,
    the word, then a name of two words or more ending in a body's head (`the Standards` + `in` + `Public Office
    Commission`)."""
    first, rest = before.split(), after.split()
    if first and first[0] in _ARTICLES:
        first, article = first[1:], True
    return article and word not in NOT_INNER_WORDS and len(rest) >= 2 \
        and rest[-1].lower().rstrip("'\u2019") in ORG_HEADS and opens_on_common_nouns(first)


def _remit_word(word: str) -> bool:
    """Say whether a capitalised word may stand in a body's remit: a common word in the singular or the plural
    (`Standards`, `Public`, `Housing`), no name, day or month (`Mark`, `Monday`, `May`)."""
    lower = word.lower()
    return word[:1].isupper() and lower not in NOT_NAMES and word.capitalize() not in WORDS and (
        in_word_list(lower) in WORDS or lower.endswith("s") and in_word_list(lower[:-1]) in WORDS)


def _is_remit(words: list[str]) -> bool:
    """Say whether capitalised words are a remit: common words, `and` between them, no body's head ending them."""
    return bool(words) and words[-1].lower() not in ORG_HEADS and words[0] not in _JOINING_WORDS \
        and words[-1] not in _JOINING_WORDS and all(w in _JOINING_WORDS or _remit_word(w) for w in words)


def joins_by_remit(before: str, word: str, after: str) -> bool:
    """Say whether two runs with `on` or `in` between them are one body's name: a remit's head, `on` and a remit
    (`The Committee` + `on` + `Standards`), or such a name, `in` and the remit's field (+ `in` + `Public Life`)."""
    if not _is_remit(after.split()):
        return False
    if word == "on":
        return before.rsplit(None, 1)[-1].lower() in REMIT_HEADS and before[-1:].isalpha()
    head, link, remit = before.rpartition(_REMIT_LINK)
    return word == "in" and bool(link) and head.rsplit(None, 1)[-1].lower() in REMIT_HEADS and _is_remit(remit.split())
