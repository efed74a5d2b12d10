"""A document described by a clause naming a party that did not write it (wave 37a): who commissioned it (`A review
commissioned by the department last year found`, `The national review of X commissioned by the Department of Y
reported`), whom it was presented or read to (`The public analyst's report, read to the court, found`, `according
to the budget report presented to the panel`) or, wave 42c, a news outlet that obtained it or had it released to it
(`Figures obtained by the Tarn Gazette show`, `New figures released to this newspaper show`, no article needed before
a plural document; never with a maker named before the noun, `Home Office figures released to the Courier`, nor for
a party that is no outlet, on which the gold files disagree). The party neither wrote nor published the document, so
the document speaks, named as the text names it: with its party (`A review commissioned by the department`) where its
noun and words of how it was made say too little (`an independent survey commissioned for the X Guild`, wave 42c), or
up to its noun and what it is `of` (`The public analyst's report`, `the budget report`). A participle naming the author
(`carried out by X`, `published by X`) is not read here.

Wave 51y: the words of a document made for a party (`A survey of 1,410 carers carried out for the union`, `conducted
for`, `paid for by`, `data/commissioning_asides.txt`) name no maker either, so the document speaks, named by its words
up to them without an opener (`survey of 1,410 carers`), with the party only when its noun stands alone; a maker named
after the party (`carried out for the Trust by Penfold Research`, `commissioned by X last year, led by Dr Jo Roe`) is
left to the makers' rules, and a survey `carried out for us` to the writer's.

Below `regions` (which tries it before any other reading of a subject).
"""
from __future__ import annotations

from ..name_edges import DOCUMENT_OPENERS
from ..vocabulary import (ARTICLES, COMMISSIONING_ASIDES, DOCUMENT_ADJECTIVES, DOCUMENT_NOUNS, NAME_LINKS, OUTLET_HEADS,
                          OUTLET_NOUNS, load_words, without_possessive)

from .words import PUBLISHED_BY_RE, SAME_DATA

RECEIVING_PARTICIPLES: frozenset[tuple[str, str]] = frozenset(
    (word, link) for word, link in (line.split() for line in load_words("receiving_participles")))
"""A participle and its preposition naming an outlet that received a document (`obtained by`, `released to`)."""
PARTY_PARTICIPLES: frozenset[tuple[str, str]] = frozenset(
    (word, link) for word, link in (line.split() for line in load_words("party_participles"))) | RECEIVING_PARTICIPLES
"""A participle and its preposition naming a party that did not write a document (`commissioned by`, `read to`)."""
OUTLET_WORDS: frozenset[str] = OUTLET_HEADS | OUTLET_NOUNS
"""Words ending the name of a party that receives a document as a news outlet (`Gazette`, `this newspaper`)."""
MADE_FOR: frozenset[tuple[str, ...]] = frozenset(
    tuple(line.split()) for line in COMMISSIONING_ASIDES) - PARTY_PARTICIPLES
"""The words of a document made for a party (`carried out for`, `paid for by`), besides `commissioned by` (wave 51y)."""
PARTICIPLE_WORDS: frozenset[str] = frozenset(participle for participle, *_ in PARTY_PARTICIPLES | MADE_FOR)
"""The participles alone: the cheap test before a subject's words are read."""
AGENT_ENDS: frozenset[str] = frozenset("last this next earlier in on at during and to from which that who with after under "
                                      "before".split())
"""Words that end a party named by a noun (`the department| last year`, `this newspaper| under FOI rules`)."""
AGENT_DETERMINERS: frozenset[str] = frozenset("the this our".split())
"""Words that open a party named by a noun (`the department`, `this newspaper`, `our reporters`)."""
MASS_DOCUMENTS: frozenset[str] = frozenset("data".split())
"""A document's noun that stands without an article though it does not end in `s` (`Data obtained by X show`)."""
DOCUMENT_TAILS: frozenset[str] = frozenset("of into on".split())
"""Words after a document's noun that go on naming what it is about (`review of rural fire crews`)."""


def party_document(raw: list[str], text: str = "") -> str | None:
    """Return the name of a document a subject's words (as written) describe by a party that did not write it,
    else None; an outlet's document whose publisher the `text` names (`Data released by X show`) is X's, not read."""
    lower = [word.lower().strip(",.;:") for word in raw]
    if PARTICIPLE_WORDS.isdisjoint(lower) or not lower:
        return None  # the cheap test first: most subjects hold no such participle
    opening = 1 if lower[0] in ARTICLES else 0  # "Figures obtained by the club": a plural document needs no article
    at, size = _participle_at(lower)
    noun = _document_noun(lower, at, opening) if at else None
    if not at or noun is None:
        return None
    agent = _agent_words(raw, at + size)
    made_for = size > 2 or tuple(lower[at:at + 2]) in MADE_FOR
    if "by" in lower[at + size + (0 if made_for else agent):-1] and (made_for or lower[at] in PARTICIPLE_MAKERS):
        return None  # "carried out for the Trust by X", "commissioned by Y last year, led by Jo Roe": its maker's
    if made_for:
        return _made_for(raw, lower, opening, noun, at, size + agent) if agent and opening else None
    if (lower[at], lower[at + 1]) in RECEIVING_PARTICIPLES:
        if not _outlet_received(raw, lower, opening, noun, at, agent) or _published(text, lower[noun]):
            return None  # "Home Office figures released to the CCA", "Figures obtained by the charity": not read here
    elif not opening:
        return None  # "Figures presented to the board of X": no article, no outlet
    named = [*raw[opening:at - 1], raw[at - 1].rstrip(",")]
    if sum(word.isalpha() and word not in DOCUMENT_ADJECTIVES for word in lower[opening:noun + 1]) >= 2:
        return " ".join(named)  # "the budget report presented to the panel": the budget report
    # "A review commissioned by the department": its noun alone says too little; a party in capitals tells it apart
    return " ".join([*named, *raw[at:at + 2 + agent]]).rstrip(",") if agent else None


PARTICIPLE_MAKERS: frozenset[str] = frozenset(["commissioned"])
"""The participles of ordering a document after which a later `by` names its maker (`commissioned by X, led by Y`)."""


PHRASE_SIZES: tuple[int, ...] = tuple(sorted({len(phrase) for phrase in PARTY_PARTICIPLES | MADE_FOR}))
"""How many words a party's participle phrase runs to, each length the lists hold (`commissioned by`, `conducted on
behalf of`, `carried out on behalf of`; round 52m: four words were never tried)."""


def _participle_at(lower: list[str]) -> tuple[int, int]:
    """Return where a party's participle opens in a subject's words and how many words it has, else (0, 0)."""
    for index in range(1, len(lower) - 1):
        if lower[index] not in PARTICIPLE_WORDS:
            continue
        for size in PHRASE_SIZES:
            phrase = tuple(lower[index:index + size])
            if phrase in PARTY_PARTICIPLES or phrase in MADE_FOR:
                return index, size
    return 0, 0


def made_for_party(raw: list[str]) -> tuple[str, list[str]] | None:
    """Return a subject's document noun and the words of the party it was made for when the subject is a document
    made for a party with no maker after `by` (`The survey of 900 drivers, carried out for the charity and its
    partner X,`: `survey`, `the charity ...`), else None (wave 55a)."""
    if not raw or raw[0].lower().strip(",.;:") not in ARTICLES:
        return None  # the cheapest test first: one word, not every word of the subject lowered (wave 56s)
    lower = [word.lower().strip(",.;:") for word in raw]
    if PARTICIPLE_WORDS.isdisjoint(lower):
        return None  # the cheap test next: most subjects hold no such participle
    at, size = _participle_at(lower)
    noun = _document_noun(lower, at) if at else None
    if noun is None or tuple(lower[at:at + size]) not in MADE_FOR or "by" in lower[at + size:]:
        return None  # "commissioned by X" names no party it was made for; "for X by Y": Y made it
    return without_possessive(lower[noun]), raw[at + size:]


def _made_for(raw: list[str], lower: list[str], opening: int, noun: int, at: int, party: int) -> str:
    """Name a document made for a party by its words before the participle, no opener (`survey of 620 carers`), and
    with the participle and the party only when its noun stands alone (`survey carried out for the X Union`)."""
    first = opening + (lower[opening] in DOCUMENT_OPENERS)
    named = [*raw[first:at - 1], raw[at - 1].rstrip(",")]
    if noun + 1 < at or sum(word.isalpha() and word not in DOCUMENT_ADJECTIVES for word in lower[first:noun + 1]) >= 2:
        return " ".join(named)
    return " ".join([*named, *raw[at:at + party]]).rstrip(",")


def _outlet_received(raw: list[str], lower: list[str], opening: int, noun: int, at: int, agent: int) -> bool:
    """Say whether a document a receiving participle describes went to a news outlet (`obtained by this newspaper`,
    `released to the Irish Daily Mail`), no maker's name in capitals before its noun, and needs no article only when
    plural."""
    last = lower[at + 1 + agent] if agent else ""
    return last in OUTLET_WORDS and (opening > 0 or _bare_plural(lower[noun])) \
        and not any(word[:1].isupper() for word in raw[1:noun])  # past the article, or a plural's opening capital


def _published(text: str, noun: str) -> bool:
    """Say whether the text names who published a document of this noun or its kin (`Data released by X shows`)."""
    nouns = {noun, *SAME_DATA.get(noun, ())}
    return any(match.group("noun").lower() in nouns for match in PUBLISHED_BY_RE.finditer(text))


def _bare_plural(noun: str) -> bool:
    """Say whether a document's noun may stand without an article (`figures`, `data`), never a singular `report`."""
    return noun.endswith("s") or noun in MASS_DOCUMENTS


def _document_noun(lower: list[str], at: int, opening: int = 1) -> int | None:
    """Return where a document's noun stands before a participle, alone or with what it is `of`, from the subject's
    `opening` word on (after its article, or its first word), no other article before it; else None."""
    for index in range(at - 1, opening - 1, -1):
        if without_possessive(lower[index]) in DOCUMENT_NOUNS:
            tail = lower[index + 1:at]
            if ARTICLES.isdisjoint(lower[opening:index]) and (not tail or tail[0] in DOCUMENT_TAILS):
                return index
            return None  # "The union welcomed the report presented to": a verb's object, not the subject's document
    return None


def _agent_words(raw: list[str], start: int) -> int:
    """Return how many words from `start` name a commissioner: `the` and its nouns (`the sports commission`, `the
    department| last year`), or a capitalised name and its small words (`the Department of Housing, Local Government
    and Heritage`); 0 for none."""
    words = raw[start:]
    if len(words) >= 2 and words[0] in AGENT_DETERMINERS and words[1][:1].islower():
        count = 1
        for word in words[1:]:
            bare = word.rstrip(",.;:")
            if not bare.isalpha() or bare in AGENT_ENDS:
                break
            count += 1
            if bare != word:
                break  # "the department, led by": a comma ends it
        return count if count > 1 else 0
    count = 0
    for index, word in enumerate(words):
        if word[:1].isupper():
            count = index + 1
        elif not (word.lower() in NAME_LINKS and (index > 0 or word == "the")):
            break
    return count
