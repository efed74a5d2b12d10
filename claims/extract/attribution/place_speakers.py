"""Places as speakers (wave 37b): a speaker the text writes only as a place is no party (`seized 340 kits from a
godown in Shivaji Peth, the officer said`, `the line from Kankanady to Kottara Chowki`, `a festival in Westport, Co
Mayo`, `A practice in Meadow Lake told us`).

A spot places a name when a preposition of place (`data/place_prepositions.txt`) or a compass word
(`data/region_words.txt`: `southern`) stands right before it, optionally with `the`; when it closes a stretch between
two places (`from A to B`, `between A and B`, `data/range_openings.txt`); or when it is a region set off after a town
(`Westport, Co Mayo`). A speaker of two words or more placed at every spot it is written, in no body's shape (no head
noun, no trade's word, no surname the text writes after an honorific, `Ms Marsh`), and never an owner (`at Jo Roe's
farm`) nor a firm its people work at (`analysts at X`, `data/placing_people.txt`), keeps its words and becomes
unresolved: the table names no party it cannot stand behind. A head that also names an area is no body's shape there
(`homelessness in Sacramento County`, `data/placed_body_heads.txt`, wave 54q: a station's story whose `their findings`
and `the report` had fallen back on it).

A speaker that is only a known place (`places.only_place`: a country, a large city, a US state, a Canadian province, an
Australian state: `Nairobi`, `Maryland`, a dateline's `KUALA LUMPUR`) is no party either, wherever the text writes it
(wave 56g), unless the text writes it as a person's name: after an honorific, a given name or a role (`Ms Jordan`,
`Coach Georgia`), or before an age (`Jordan, 19,`, as `aged_names.AGE_AFTER_RE` reads one). A known place that is
also a common given name (`places.given_name_place`: `Sofia`, `Georgia`) is a person's name too where the text refers
to it as a person's: `who` right after it or a person's pronoun later in its sentence (`Sofia said she`; round 57m).
"""
from __future__ import annotations

import re

from ..aged_names import AGE_AFTER_RE
from ..entities import names_an_organisation
from ..speakers.honoured_names import honoured_surname
from ..speakers.town_regions import is_region_form
from ..places import given_name_place, only_place
from ..vocabulary import GIVEN_NAMES, ORG_HEADS, PLACE_PREPOSITIONS, REGION_WORDS, ROLES, TRADE_ENDINGS, load_words
from .records import Found, unresolve_where

COMPASS_WORDS: frozenset[str] = REGION_WORDS
"""Words of a country's parts (`southern`, `north`): before a name they place it."""
PLACING_WORDS: frozenset[str] = PLACE_PREPOSITIONS | COMPASS_WORDS
"""Every word that places a name right after it (a preposition of place or a compass word)."""
RANGE_OPENINGS: frozenset[str] = load_words("range_openings")
"""Words that open a stretch between two places (`from`, `between`)."""
PLACING_PEOPLE: frozenset[str] = load_words("placing_people")
"""People whose place of work is a party (`analysts at X`)."""
PLACED_BODY_HEADS: frozenset[str] = load_words("placed_body_heads")
"""Heads of a body's name that also name its area (`county`): written only as a place, such a name is the area."""

_WORD_RE = re.compile(r"[^\W\d_][\w'’&.-]*")
_BEFORE_RE = re.compile(r"(?:^|[^\w'’-])(?:(?P<who>[A-Za-z]+)[ \t]+)?(?P<word>[a-z]+)[ \t]+(?:the[ \t]+)?$")
"""The lower-case word right before a name, past an optional `the`, and the word before that."""
_RANGE_RE = re.compile(r"\b(?P<opening>[a-z]+)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:to|and)[ \t]+$")
"""A stretch's first place and its `to` or `and` right before a name (`from Kankanady to`)."""
_TOWN_RE = re.compile(r"[A-Z][\w'’.-]*,[ \t]+$")
"""A town and its comma right before a region (`Westport, `)."""
_SPAN = 60
"""How far before a name its placing words are read."""
PERSON_PRONOUNS: frozenset[str] = load_words("person_pronouns")
"""A person's pronouns (`she`, `him`, `his`): later in a sentence, they refer to a given name before them."""
_PERSON_AFTER_RE = re.compile(rf",?[ \t]+who\b|[^.!?\n]*?\b(?:{'|'.join(sorted(PERSON_PRONOUNS))})\b", re.IGNORECASE)
"""`who` right after a name, or a person's pronoun later in its sentence (`Sofia said she`)."""
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
"""The word right before a name."""
_EDGE_RE = re.compile(r"[\w-]")
"""A character that, right before or after a name, makes it part of a longer word."""


def unresolve_places(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker that is only a place made unresolved (its words kept)."""
    return unresolve_where(found, lambda speaker: is_place_speaker(text, speaker) or is_known_place(text, speaker))


def is_known_place(text: str, speaker: str) -> bool:
    """Say whether a speaker is only a known place and the text never writes it as a person's name, nor refers to it
    as a person's when it is also a given name (`Sofia said she`)."""
    if not only_place(speaker) or honoured_surname(text, speaker):
        return False
    given = given_name_place(speaker)
    return not any(written_as_person(text, at, speaker) or given and referred_to_as_person(text, at, speaker)
                   for at in whole_word_spots(text, speaker))


def referred_to_as_person(text: str, at: int, name: str) -> bool:
    """Say whether the text refers to a spot of a name as a person: `who` right after it, or a person's pronoun later
    in its sentence (`Georgia, who joined in May,`, `Sofia said she liked the lambs`)."""
    return _PERSON_AFTER_RE.match(text, at + len(name)) is not None


def written_as_person(text: str, at: int, name: str) -> bool:
    """Say whether a spot of a name reads as a person's: a given name or a role right before it, or an age after it."""
    before = _WORD_BEFORE_RE.search(text, max(0, at - _SPAN), at)
    word = before.group(1) if before is not None else ""
    if word[:1].isupper() and word.lower() in GIVEN_NAMES or word.lower() in ROLES:
        return True
    return AGE_AFTER_RE.match(text, at + len(name)) is not None  # `, 19, `, `, aged 19, `: the name's reading


def is_place_speaker(text: str, speaker: str) -> bool:
    """Say whether a speaker of two words or more in no body's shape is written at every spot, one at least, as a
    place (one word is too often a brand: `Profits at Quorvane rose`)."""
    words = _WORD_RE.findall(speaker)
    if len(words) < 2 or not speaker[:1].isupper() or honoured_surname(text, speaker) \
            or reads_as_body(words) and words[-1].lower() not in PLACED_BODY_HEADS:
        return False  # `Ms Marsh`: a person the text writes with an honorific is no place
    spots = name_spots(text, speaker)
    return bool(spots) and all(placed_spot(text, at, speaker) for at in spots)


def reads_as_body(words: list[str]) -> bool:
    """Say whether a name's words read as a body's: a head noun or a trade's word last, or the name reader's body."""
    last = words[-1].lower()
    return last in ORG_HEADS or last in TRADE_ENDINGS or names_an_organisation(words)


def name_spots(text: str, name: str) -> list[int]:
    """Return where the text writes a name as a whole word, or no spot when it is once an owner (`X's`)."""
    starts = whole_word_spots(text, name)
    if any(text.startswith(("'s", "’s"), start + len(name)) for start in starts):
        return []  # `at Jo Roe's farm`: an owner, never only a place
    return starts


def whole_word_spots(text: str, name: str) -> list[int]:
    """Return where the text writes a name with no word character nor hyphen right before or after it, left to right
    and apart, as `re.finditer` of the name between `_EDGE_RE`'s negative lookarounds finds them, but with `str.find`
    (wave 40a: that pattern, one per speaker, was compiled afresh for most speakers of every text)."""
    if not name:
        return [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", text)]
    starts: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or _EDGE_RE.match(text, at - 1) is None) and _EDGE_RE.match(text, end) is None:
            starts.append(at)
            at = text.find(name, end)  # matches never overlap
        else:
            at = text.find(name, at + 1)
    return starts


def placed_spot(text: str, at: int, name: str) -> bool:
    """Say whether the words right before a spot of a name place it: a preposition or a compass word, a stretch's
    second end, or a town before a region."""
    before = text[max(0, at - _SPAN):at]
    found = _BEFORE_RE.search(before)
    if found is not None and found.group("word") in PLACING_WORDS:
        return (found.group("who") or "").lower() not in PLACING_PEOPLE
    stretch = _RANGE_RE.search(before)
    if stretch is not None and stretch.group("opening") in RANGE_OPENINGS:
        return True
    return _TOWN_RE.search(before) is not None and is_region_form(name)
