"""The parties of a text: the speakers given first (the rows' and those saved), then the organisations and people
it names that none of them is (what an analyst may pick when a claim's speaker is wrong).

A named party comes from `entities.find_mentions`, then is read with the package's word lists: a possessive is
cut to its name (`Acme Water's` -> `Acme Water`), a release's closing heading word before it is cut (`About Acme`),
and a name made only of common, place or release furniture words (`Christmas`, `Northern Ireland`, `ENDS`), a post
alone (`Chief Executive`), or words in capitals that the text also writes otherwise (`STRIKE ... the strike`) is
no party.
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Sequence

from .entities import find_mentions
from .vocabulary import (FURNITURE_LABELS, HONORIFICS, NOT_NAMES, ORG_HEADS, PLACE_WORDS, REGION_WORDS, RELEASE_ENDS,
                         RELEASE_MARKERS, ROLE_WORDS, SENTENCE_STARTERS)

MENTION_KINDS = {"org": "organisation", "person": "person"}
"""The speaker kind of a name the text says, by the kind `find_mentions` gives it."""


def single_words(phrases: Iterable[str]) -> frozenset[str]:
    """The one-word entries of a word list (its phrases left out)."""
    return frozenset(p for p in phrases if " " not in p)


LEAD_WORDS = single_words(RELEASE_ENDS)
"""Words of a release's closing headings (`About`, `Contact`) that stand before a name, no part of it."""
COMMON_WORDS = (NOT_NAMES | SENTENCE_STARTERS | HONORIFICS | PLACE_WORDS | REGION_WORDS | LEAD_WORDS
                | single_words(RELEASE_MARKERS) | single_words(FURNITURE_LABELS))
"""Words that name no party on their own or together (`March`, `Christmas`, `North County`, `ENDS`)."""
POST_WORDS = ROLE_WORDS | ORG_HEADS | NOT_NAMES
"""Words of a post's title (`Group Chief Executive`, `Deputy Head of Media`): a post is no party's name."""
LINKS = frozenset({"of", "for"})
"""Words that tie a title to what it is of (`Minister for Health`, `Office of the Mayor`): one party's name."""
SHOUTED_LETTERS = 5
"""Capitals this long are words (`STRIKE`, `DUBLIN`) more often than acronyms (`HIQA`), which stay."""
POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
"""A possessive's ending (`Acme's`, `Lords'`)."""


class Party(NamedTuple):
    """A party that may speak a claim: its name as the text writes it and its speaker kind."""

    name: str
    kind: str


def fold_name(name: str) -> str:
    """Fold white space and case, for telling whether two names are one party."""
    return " ".join(name.split()).casefold()


def without_lead(name: str) -> str:
    """A name without a closing heading's word before it (`About the Acme Trust` -> `Acme Trust`)."""
    words = name.split(" ")
    if len(words) > 1 and words[0].lower() in LEAD_WORDS:
        words = words[2:] if words[1] in ("the", "The") else words[1:]
    return " ".join(words)


def name_words(name: str) -> list[str]:
    """A name's words in lower case, possessive endings and stops cut."""
    return [POSSESSIVE_RE.sub("", w).lower().strip(".,") for w in name.split()]


def is_common(name: str) -> bool:
    """True when every word of a name is a common, place or release furniture word of the package's lists."""
    return all(w in COMMON_WORDS for w in name_words(name))


def is_post(name: str) -> bool:
    """True for a post's title alone (`Chief Executive`, `Trust Chief Executive`): every word is a role, a body's
    head noun or a common word, it ends in a role, and it is of or for nothing (`Minister for Health` is one post)."""
    words = name_words(name)
    return bool(words) and words[-1] in ROLE_WORDS and all(w in POST_WORDS for w in words) \
        and LINKS.isdisjoint(words)


WORD_RE = re.compile(r"\w+")
"""A word of a text, for telling which words it writes other than in capitals."""


def written_words(text: str) -> frozenset[str]:
    """The words a text writes at least once other than in capitals (`Dublin`, `strike`), case folded."""
    return frozenset(word.casefold() for word in WORD_RE.findall(text) if not word.isupper())


def shouted_elsewhere(name: str, written: frozenset[str]) -> bool:
    """True for a name in capitals (`DUBLIN`, `PORT ALDER`) whose every word the text also writes in other letters
    (`written_words`): a dateline's or a heading's words, not a party named in capitals."""
    if not name.isupper() or len(name) < SHOUTED_LETTERS:
        return False
    return all(word.casefold() in written for word in WORD_RE.findall(name))


def party_name(name: str, written: frozenset[str] = frozenset()) -> str:
    """A mention's name read as a party's ("" when it is none): possessive and closing heading cut; `written`:
    the text's `written_words`."""
    name = without_lead(POSSESSIVE_RE.sub("", name.strip()))
    return "" if not name or is_common(name) or is_post(name) or shouted_elsewhere(name, written) else name


def named_parties(text: str) -> list[Party]:
    """The organisations and people the text names, once each in order of first mention."""
    seen: dict[str, Party] = {}
    written = written_words(text)
    for mention in find_mentions(text, 0, len(text)):
        name = party_name(mention.name, written)
        if mention.kind in MENTION_KINDS and name:
            seen.setdefault(fold_name(name), Party(name, MENTION_KINDS[mention.kind]))
    return list(seen.values())


def parties(spoken: Sequence[Party], named: Sequence[Party] = ()) -> list[Party]:
    """Every party of a text: the speakers first (as given), then the named parties none of them is."""
    found: dict[str, Party] = {}
    for party in [*spoken, *named]:
        found.setdefault(fold_name(party.name), party)
    return list(found.values())


def menu(speakers: Sequence[str], named: Sequence[Party]) -> list[str]:
    """The names to offer for a speaker: the speakers given (blank ones left out), then the named parties none of
    them is; each once (case and spaces folded), in the text's own spelling where the text names it."""
    spelling = {fold_name(party.name): party.name for party in named}
    given = [Party(name, "") for name in speakers if name.strip()]
    return [spelling.get(fold_name(party.name), party.name) for party in parties(given, named)]
