"""Bodies as speakers (wave 9): when a named person speaks through a body's role, which capitalised phrases are a
body's name and which are not, and which of two bodies a short reference means.

Small tests over words and offsets that `speakers` and `attribution` call from short hooks; this module
imports only the vocabulary and the name reader, so any of them may use it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Protocol

from .company_forms import without_cut_names
from .entities import Mention, find_mentions
from .given_people import trade_name
from .text_caches import per_text
from .vocabulary import (
    CUE_VERBS, DESCRIBED_PEOPLE, NOT_NAMES, ORG_REFERENCES, ROLES, TAKING_VERBS, VOICE_ROLE_RE, VOICE_ROLES,
    without_possessive,
)

_NOT_BODIES: frozenset[str] = frozenset({"person", "unresolved"})
"""Kinds of a registered name that are no body."""
MAX_VOICE_WORDS = 7
"""How many words a voice role's apposition may hold (`the Acme party's health and social care spokesperson`)."""


def voice_apposition(clause: str) -> bool:
    """Say whether a clause set off after a name is a voice role (`the Green Party's health spokesperson`, `Acme's
    spokesman`): the person named before it speaks in that role, not the body."""
    lowered = clause.lower()
    if VOICE_ROLE_RE.search(lowered) is None:
        return False  # most clauses name no voice (a cheap test first)
    words = [w.lower().strip(".,;:") for w in clause.split()]
    if not words or words[0] in ("said", "says"):
        return False
    if words[-1] in VOICE_ROLES:
        return len(words) <= MAX_VOICE_WORDS
    return _voice_for_body(clause.split(), words)


VOICE_LINKS: frozenset[str] = frozenset("for at of".split())
"""Words that tie a voice role to the body it speaks for (`housing spokesperson for the X Association`)."""


def _voice_for_body(original: list[str], words: list[str]) -> bool:
    """Say whether a voice role is followed by the body it speaks for, named in capitals (`housing spokesperson for
    the Local Government Association`, wave 24a): the person set off before it speaks, as before `Acme's spokesman`;
    a topic after it (`spokesman on health`) is no body."""
    voice = next((i for i, w in enumerate(words[:MAX_VOICE_WORDS]) if w in VOICE_ROLES), None)
    if voice is None or voice + 2 >= len(words) or words[voice + 1] not in VOICE_LINKS:
        return False
    body = voice + 3 if words[voice + 2] == "the" and voice + 3 < len(words) else voice + 2
    return original[body][:1].isupper()


class Registry(Protocol):
    """What a body's name is resolved against: the speakers' context (`speakers.Context`)."""

    def add(self, mention: Mention) -> str:
        """Register a name the text gives and return its full form."""

    def kind_of(self, name: str) -> str:
        """Return the speaker kind of a registered name."""

    def resolve_reference(self, word: str) -> str | None:
        """Return the one body a common noun (`the ministry`) means, else None."""


ACCORDING_TAIL_RE = re.compile(r",?\s+according\s+to\s+(?:the\s+)?(?P<who>[^,;:]{2,100}?)\s*[.;]?\s*$")
"""A source named at the end, closing a claim and no part of it (`X reported A, according to figures released
today`; a list item's own source: `..., according to the ministry.`); `who` holds the source's words."""


ACCORDING_INSIDE_RE = re.compile(r",\s+according\s+to\s+(?:the\s+)?(?P<who>[^,;:()]{2,100}?),\s+(?=\S)")
"""A source set off by commas inside a list item (`X recorded 21,400 visits, according to Y, and about half were
minor`): the whole item, the source's words and all, is the source's (wave 51y)."""


def item_speaker(text: str, row: tuple[int, int], ctx: Registry) -> tuple[tuple[str, str, str], tuple[int, int]] | None:
    """Return (speaker, kind, cue) and the item's claim when a list item under another body's lead-in names its own
    source as its subject (`The Ministry of Water reports 310 wells failed`), at its end (`..., according to the
    ministry`) or set off inside it (`..., according to Y, and ...`, the words kept), else None: a body quoted inside
    another's release speaks for itself, its words left out of the claim."""
    start, end = row
    own = _item_subject(text, start, end)
    if own is not None:
        name = ctx.add(own[0])
        after = own[0].end + len(own[1]) + 1
        after += 5 if text.startswith(" that ", after) else 0  # "reports that 310 wells": the claim opens after it
        return (name, ctx.kind_of(name), own[1]), (after + len(text[after:end]) - len(text[after:end].lstrip()), end)
    referred = _item_reference(text, start, end, ctx)
    if referred is not None:
        return referred
    if text.find("according to", start, end) < 0:
        return None
    tail = ACCORDING_TAIL_RE.search(text, start, end)
    who = _named_source(text, tail.start("who"), tail.end("who"), ctx) if tail else None
    if who and tail:
        return who, (start, tail.start())
    inside = ACCORDING_INSIDE_RE.search(text, start, end)  # "X recorded 21,400 visits, according to Y, and about
    who = _named_source(text, inside.start("who"), inside.end("who"), ctx) if inside else None  # half were ...": Y's
    return (who, (start, end)) if who else None


_REFERENCE_ITEM_RE = re.compile(r"(?:The|the)[ \t]+(?P<noun>[a-z]+)[ \t]+(?P<verb>[a-z]+)\b(?:(?:[ \t]+[a-z]+){1,3}?[ \t]+that\b)?")
"""An item opening on a body's common noun and a reporting verb (`The trust told the inquest that`, `The council
said`), up to a `that` three words on at most."""


def _item_reference(text: str, start: int, end: int, ctx: Registry) \
        -> tuple[tuple[str, str, str], tuple[int, int]] | None:
    """Return (speaker, kind, cue) and the item's claim when a list item under another party's lead-in opens on the
    common noun of one body named before and a reporting verb (`The trust told the inquest that 23% ...`), else None
    (wave 43d): that body speaks for itself, as a named one does."""
    opened = _REFERENCE_ITEM_RE.match(text, start, end)
    if opened is None or opened.group("verb") not in CUE_VERBS or _taken(text, opened.end("verb"), opened.group("verb")):
        return None
    body = ctx.resolve_reference(opened.group("noun"))
    if body is None or ctx.kind_of(body) in _NOT_BODIES:
        return None
    after = opened.end() + len(text[opened.end():end]) - len(text[opened.end():end].lstrip())
    return (body, ctx.kind_of(body), opened.group("verb")), (after, end)


def _item_subject(text: str, start: int, end: int) -> tuple[Mention, str] | None:
    """Return a body named first in an item and the reporting verb right after it (`The Ministry reports`)."""
    begin = start + 4 if text.startswith(("The ", "the "), start) else start
    if not text[begin:begin + 1].isupper():
        return None  # "- 41% have had ...": no name opens the item (a cheap test first)
    mentions = find_mentions(text, begin, min(end, begin + 80))
    if not mentions or mentions[0].start != begin or mentions[0].possessive \
            or mentions[0].kind != "org" and not trade_name(mentions[0].name):
        return None  # "- Tallis Midstream said": a firm named by its trade speaks for itself too (wave 39d)
    verb = text[mentions[0].end + 1:mentions[0].end + 20].split(" ")[:1]
    spaced = text[mentions[0].end:mentions[0].end + 1] == " "
    if not spaced or not verb or verb[0] not in CUE_VERBS or _taken(text, mentions[0].end + 1, verb[0]):
        return None
    return mentions[0], verb[0]


def _taken(text: str, verb_start: int, verb: str) -> bool:
    """Say whether an item's verb tells what its party took or turned down (`accepted £5.2m`, `rejected two loans`):
    an act, not words, so the lead-in's party speaks; `accepted that ...` is the party's own statement (wave 40i)."""
    return verb in TAKING_VERBS and not text.startswith(" that ", verb_start + len(verb))


def _named_source(text: str, start: int, end: int, ctx: Registry) -> tuple[str, str, str] | None:
    """Resolve the source an item's `according to` names: a body's name, or a reference the text resolves."""
    mentions = find_mentions(text, start, end)
    if mentions and mentions[0].kind == "org" and mentions[0].end == end:
        name = ctx.add(mentions[0])
        return name, ctx.kind_of(name), "according to"
    words = text[start:end]
    if " " in words or not words.islower():
        return None
    known = ctx.resolve_reference(words)
    return (known, ctx.kind_of(known), "according to") if known else None


def short_owner(word: str, orgs: Iterable[str], kinds: Mapping[str, str]) -> str | None:
    """Return the one body named before whose name opens with a possessive's word (`Dunhill's annual report` after
    `Dunhill Homes`); the word itself, as the text wrote it, when two bodies open with it (either may own it); else
    None (no such body, or a common noun: `the company's`)."""
    bare = without_possessive(word.lower())
    if bare == word.lower() or not bare.isalpha() or bare in ORG_REFERENCES or bare in NOT_NAMES:
        return None
    longer = set(without_cut_names([known for known in orgs if known.lower().startswith(bare + " ")
                                    and kinds.get(known) not in _NOT_BODIES]))  # "X Motors (UK) Ltd": one (26e)
    return longer.pop() if len(longer) == 1 else word[:1].upper() + word[1:] if longer else None


ORIGIN_RE = re.compile(r"an?\s+(?P<words>(?:[\w\-]+\s+){1,4}?)(?:from|(?:owned|run|managed|operated|built|let)\s+by)"
                       r"\s+(?:the\s+)?[A-Z]")
"""`a 34-year-old from Hollin Bay`, `a mother of two from Tarrow`, `a block of 48 flats owned by Acme Homes`: a subject
described by where it comes from or whose it is."""


def origin_apposition(clause: str) -> bool:
    """Say whether a clause set off after a subject describes it by where it comes from or whose it is (`The owner, a
    34-year-old from Hollin Bay who asked not to be named, said`, `Residents of X, a block owned by Acme Homes, told`):
    the place or the owner never speaks, the subject does; a voice or a post before `from` (`a spokesman from Acme`,
    `an officer from the force`) is left to the rules for them."""
    if clause.find(" from ") < 0 and clause.find(" by ") < 0:
        return False  # most clauses (a cheap test first)
    found = ORIGIN_RE.match(clause.strip())
    if found is None:
        return False
    words = [w.lower() for w in found.group("words").split()]
    return not any(_post(w) or w in VOICE_ROLES or _post(w.rstrip("s")) for w in words)


def _post(word: str) -> bool:
    """Say whether a word is a post someone holds at a body (`nurse`, `officer`), not what a person is (`mother`)."""
    return word in ROLES and word not in DESCRIBED_PEOPLE


POSSESSED_KIND_RE = re.compile(r"their\s+(?P<kind>[a-z][a-z\-]+)\s+(?P<noun>[a-z]+)\b")
"""`their housing association`: the people's own party, a lower-case word and a noun (`their` opens the pattern, so
the engine skips fast to it)."""


@per_text(8)
def _possessed(text: str) -> dict[str, frozenset[str]]:
    """Return, once per text, each noun after a possessive and a lower-case word, with those words (`association`:
    {`housing`} for `their housing association`)."""
    found: dict[str, set[str]] = {}
    if text.find("their ") < 0:
        return {}  # most texts: no `their` at all (a cheap test first)
    for match in POSSESSED_KIND_RE.finditer(text):
        found.setdefault(match.group("noun"), set()).add(match.group("kind"))
    return {noun: frozenset(kinds) for noun, kinds in found.items()}


def _possessed_kinds(text: str, word: str) -> frozenset[str]:
    """Return the lower-case words before a body's noun after `their` (`their housing association`): how the text
    describes people's own party without naming it by that noun."""
    return _possessed(text).get(word, frozenset())


def another_party_so_called(text: str, word: str, orgs: Iterable[str]) -> bool:
    """Say whether `the association` may mean a party other than the body named with that head: the text also calls
    someone's party by the noun with a word that body's name lacks (`their housing association` beside `Oakway
    Residents' Association`), so either may be meant and nobody is sure."""
    kinds = _possessed_kinds(text, word)
    if not kinds:
        return False  # most texts describe nobody's party so (a dictionary look-up first)
    named = [o.lower() for o in orgs if o.lower().rstrip("s").endswith(word)]
    return any(k not in name for k in kinds for name in named)
