"""Where a capitalised run's name begins and ends, where the plain rules cut it wrong: a style of address that opens
a body's name (`His Majesty's Inspectorate of X`), a campaign's name joined by `to` (`Right to Roam Alliance`), a
forum of people named `Voice` (`Tenant Voice Eastby`) and a hyphenated description before a name
(`London-based Acme`); wave 31c: the areas a body's name lists before its head (`the Foreign, Commonwealth and
Development Office`) and a word describing a document before its body's name (`Separate Acme Water figures`); wave
32e: a body's head, `on` and what it deals with (`the Committee on Standards`, `Commission on the Defence Forces`);
wave 46w: a unit, `at` and the body that hosts it (`the Independent Monitoring Board at HMP X`); wave 51w: a campaign
named by its aim, `the` inside (`Save the Tarnby Meadows`, `Stop the X: Friends of Y`)."""

from __future__ import annotations

import re

from .vocabulary import (
    DESCRIBED_PEOPLE, DOCUMENT_NOUNS, NOT_NAMES, ORG_HEADS, REGION_WORDS, ROLES, SINGULAR_POSSESSIVES, load_words,
)

HONORIFIC_POSSESSIVES = load_words("honorific_possessives")
"""Styles of address a body's name opens with after a pronoun: `Majesty` of `His Majesty's Treasury`."""
CAMPAIGN_VERBS = load_words("campaign_verbs")
"""Verbs a campaign's name opens on before `the` and its aim: `Save` of `Save the Tarnby Meadows`."""
TO_HEADS = load_words("to_heads")
"""Heads of a campaigning body whose name goes on with `to`: `Alliance to End Hunger`."""
TO_OPENINGS = load_words("to_openings")
"""Words opening a campaign's name before `to` and its aim: `Right` of `Right to Roam Alliance`."""
_STYLE_PRONOUNS: frozenset[str] = frozenset("his her their".split())
"""Pronouns that open a style of address (`His Majesty's`), not a sentence, before a possessive style."""
_PLACE_OPENERS: frozenset[str] = REGION_WORDS | frozenset({"greater", "mid"})
"""Words that open a place's name (`Greater Manchester`, `North West`, `Mid Wales`), never a given name."""
_VOICE_HEADS: frozenset[str] = frozenset("voice voices".split())
"""The head of a forum that speaks for a group of people (`Patient Voice`, `Parents' Voices`)."""
_VOICE_FORMS: frozenset[str] = frozenset(f(w) for w in _VOICE_HEADS for f in (str.lower, str.title, str.upper))
"""`_VOICE_HEADS` as written in a run (`Voice`, `VOICES`): a set test before the words are read one by one."""
DESCRIPTION_RE = re.compile(r"[A-Z][A-Za-z]*(?:-[a-z]+)+")
"""A hyphenated description before a name (`Dad-of-two`, `UK-listed`, `London-based`): never the name's part."""
PLACE_DESCRIPTION_RE = re.compile(r"[A-Z][A-Za-z.'\u2019]*-(?:based|headquartered)")
"""The last word of a place of several words made a description (`York-based` of `New York-based`, `Louis-based` of
`St. Louis-based`): never the name's part, nor the words of the place before it."""
MAX_PLACE_WORDS = 3
"""The most words a place so described runs to (`Salt Lake City-based`)."""
_ARTICLES: frozenset[str] = frozenset("The A An".split())
"""An article before a campaign's name in a run (`The Right`, `An Alliance`): not the name's first word."""
_CAMPAIGN_LINKS: frozenset[str] = frozenset("of for and the".split())
"""Lower-case words inside the rest of a campaign's name (`Save the Pell Lido: Friends of Pell Park`)."""
CAMPAIGN_GAP = ": "
"""The gap between a campaign's aim and the group's own name it is joined across (`Stop the X: Friends of Y`)."""
TO_GAP = " to "
"""The one gap a campaign's name is joined across (`Right to Repair Coalition`)."""
ON_HEADS = load_words("on_heads")
"""Heads of a body whose name goes on with `on` (`Committee on Standards`; `data/on_heads.txt`)."""
ON_GAPS: tuple[str, ...] = (" on ", " on the ")
"""The gaps such a name is joined across (`Committee on Ethics`, `Commission on the Future of Policing`)."""
AT_GAP = " at "
"""The gap a unit's name is joined across to its host's (`Research Unit at Harbury University`)."""
AT_HEADS = load_words("at_heads")
"""Heads of a unit named with `at` and its host (`Board`, `Unit`; `data/at_heads.txt`)."""
HOST_OPENINGS = load_words("host_openings")
"""Words opening a host's name besides a body's heads (`HMP`, `Coleg`; `data/host_openings.txt`)."""
_NO_HOSTS: frozenset[str] = frozenset("court courts tribunal".split())
"""Heads of a place where something is done to a unit, never its host (`the Board at Harbury Crown Court`)."""


def _style_word(word: str) -> bool:
    """Say whether a word is a possessive style of address: `Majesty's`, `Excellency\u2019s`."""
    return word[-2:] in SINGULAR_POSSESSIVES and word[:-2].lower() in HONORIFIC_POSSESSIVES


def opens_with_style(words: list[str]) -> bool:
    """Say whether a run's first words are a pronoun and a possessive style (`His Majesty's Inspectorate of X`):
    the pronoun is the name's, not a sentence's opening."""
    return len(words) >= 2 and words[0].lower() in _STYLE_PRONOUNS and _style_word(words[1])


def ends_with_style(run: str) -> bool:
    """Say whether a run is a pronoun and a possessive style alone (`Her Majesty's`): the body's name goes on."""
    return opens_with_style(run.split()) and run.count(" ") == 1


def names_a_forum(words: list[str]) -> bool:
    """Say whether a run names a forum of people by `Voice` after a people's noun (`Patient Voice Eastby`, `Carers'
    Voices`, `SEND Voices`): a body, not a person named Voice."""
    if _VOICE_FORMS.isdisjoint(words):
        return False  # the common case, tested at once
    at = next((i for i, w in enumerate(words) if i and w.lower() in _VOICE_HEADS), 0)
    if not at:
        return False
    before = words[at - 1].rstrip("'\u2019")
    return before.isupper() or before.lower() in DESCRIBED_PEOPLE or before.endswith("s")


def joins_by_to(before: str, after: str) -> bool:
    """Say whether two runs with ` to ` between them are one campaign's name: a campaign's head then its aim of two
    words or more (`The Alliance` + `End Child Hunger`), or an aim's opening then a body's head (`Right` + `Roam
    Alliance`); `Jo Roe` + `Acme Trust` and `the Fund` + `Acme Trust` (a payment's way) join nothing."""
    first, rest = before.split(), after.split()
    if first[0] in _ARTICLES:
        first = first[1:]
    if len(first) != 1 or len(rest) < 2:
        return False
    if first[0].lower() in TO_HEADS:
        return rest[-1].lower() not in ORG_HEADS
    return first[0].lower() in TO_OPENINGS and rest[-1].lower() in ORG_HEADS


def on_gap(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] is ` on ` or ` on the `, the gap a body's name may go on across."""
    return end - start in (4, 8) and text[start:end] in ON_GAPS


def joins_by_on(before: str, after: str) -> bool:
    """Say whether two runs with ` on ` between them are one body's name: a capitalised head that takes `on`, then
    what the body deals with (`Joint Committee` + `Rural Transport`); a day or month (`the Committee on Monday`) or a
    possessive (`on Jo Roe's`) after it, a title and a person's name ending it (`on Rural Transport Chairman Jo Roe`),
    or any other head, joins nothing."""
    last, words = before.split()[-1], after.split()
    return last[:1].isupper() and last.lower() in ON_HEADS and words[0].lower() not in NOT_NAMES \
        and not after.endswith(SINGULAR_POSSESSIVES) and not words[0].endswith(SINGULAR_POSSESSIVES) \
        and not _titled_person_after(words)


def joins_by_at(before: str, after: str) -> bool:
    """Say whether two runs with ` at ` between them are one unit's name: a name of two words or more ending in a
    unit's head (`Independent Monitoring Board`), then its host, a body's name by its first or last word (`HMP X`,
    `Harbury University`), never a court, a person or a street."""
    first, words = before.split(), after.split()
    if first[0] in _ARTICLES:
        first = first[1:]
    if len(first) < 2 or len(words) < 2 or first[-1].lower() not in AT_HEADS or not first[-1][:1].isupper():
        return False
    opening, head = words[0].lower(), words[-1].lower().rstrip("'\u2019")
    return head not in _NO_HOSTS and not after.endswith(SINGULAR_POSSESSIVES) \
        and (head in ORG_HEADS or opening in ORG_HEADS or opening in HOST_OPENINGS)


def _titled_person_after(words: list[str]) -> bool:
    """Say whether a title past a run's first word has two words or more after it (`Transport Chairman Jo Roe`)."""
    return any(word.lower() in ROLES and len(words) - at > 2 for at, word in enumerate(words) if at)


def whole_body_name(words: list[str]) -> bool:
    """Say whether a run's words are a body's whole name as written, opening word and all: a style of address
    (`His Majesty's Inspectorate of X`) or a forum of people (`Patient Voice Eastby`)."""
    return opens_with_style(words) or names_a_forum(words)


def campaign_words(words: list[str]) -> list[str] | None:
    """Return the words of a run that name a campaign by its aim in the imperative, `the` inside (`Save the Tarnby
    Meadows`, `Stop the Orwell Pylons: Friends of Pell Park`), an article before them dropped (`The Save the X group`),
    else None: `Stop the clocks` names nothing."""
    name = words[1:] if words[:1] == ["The"] else words
    if len(name) < 3 or name[1] != "the" or name[0].lower() not in CAMPAIGN_VERBS or not name[0][0].isupper():
        return None
    return name if name[-1][0].isupper() and all(word[0].isupper() or word in _CAMPAIGN_LINKS for word in name[2:]) \
        else None


def head_then_aim(words: list[str]) -> bool:
    """Say whether a name is a campaign's head, `to` and its aim (`Campaign to Protect Quiet Lanes`): a body."""
    return len(words) >= 4 and words[1] == "to" and words[0].lower() in TO_HEADS  # `words[1]` first: cheap


def place_after_acronym(words: list[str]) -> bool:
    """Say whether a run is a body's acronym and the place it serves (`NHS Greater Manchester`, `ACAS North West`):
    a body, not a person named after the acronym."""
    return len(words) >= 3 and words[1].lower() in _PLACE_OPENERS and words[0].isupper()


_AREAS_BEFORE_RE = re.compile(r"\b(?:the|The)[ \t]+(?P<areas>(?:[A-Z][a-z]+,[ \t]+)+)$")
"""The areas a body's name lists before the run that holds its head, after an article (`the Foreign, `)."""
_AREAS_REACH = 60
"""How far before a run the article opening such a list may stand."""
AREA_LINK = " and "
"""The word joining the last two areas of a body's name (`Commonwealth and Development Office`)."""


def areas_before(text: str, start: int, name: str) -> int:
    """Return where a body's name begins when the areas it lists open before the run read at `start` (`the Foreign,
    ` + `Commonwealth and Development Office`; wave 31c), else `start`."""
    if text[start - 2:start] != ", " or AREA_LINK not in name or name.rsplit(None, 1)[-1].lower() not in ORG_HEADS:
        return start
    found = _AREAS_BEFORE_RE.search(text, max(0, start - _AREAS_REACH), start)
    return found.start("areas") if found is not None else start


DOCUMENT_OPENERS = load_words("document_openers")
"""Words describing a document that open a sentence before its body's name: `Separate` of `Separate X figures show`."""


HEAD_DOCUMENT_OPENERS = load_words("head_document_openers")
"""Words describing a document that also open bodies' names: `New` of `New Department of X data shows`."""


def document_opener(name: str, after: str) -> int:
    """Return how many characters a word describing a document takes at the front of a body's name read before that
    document's noun (`Separate ` of `Separate Acme Water` + ` figures show`), else 0."""
    first, _, rest = name.partition(" ")
    if not rest or not (first.lower() in DOCUMENT_OPENERS or _opens_before_head(first, rest)):
        return 0
    noun = after.split(None, 1)[:1]
    return len(first) + 1 if noun and noun[0].lower() in DOCUMENT_NOUNS else 0


def _opens_before_head(first: str, rest: str) -> bool:
    """Say whether a word that also opens bodies' names stands before a name opening on its head noun (`New` +
    `Department of X`; wave 42f)."""
    return first.lower() in HEAD_DOCUMENT_OPENERS and rest.split(None, 1)[0].lower() in ORG_HEADS


def past_place_description(words: list[str]) -> list[str]:
    """Return a run's words after a place of several words described as where a body is based (wave 48e: `St.
    Louis-based Acme Inc.` -> `Acme Inc.`, `Salt Lake City-based Brook Foods` -> `Brook Foods`), or of one word
    abbreviated with its full stops (wave 55e: `R.I.-based Lifespan`, `Tenn.-based Acme`), else the words."""
    for at in range(0, min(MAX_PLACE_WORDS, len(words) - 1) + 1):
        if PLACE_DESCRIPTION_RE.fullmatch(words[at]):
            return words[at + 1:] if all(w[:1].isupper() for w in words[:at]) else words
    return words
