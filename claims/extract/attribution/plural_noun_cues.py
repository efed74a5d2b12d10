"""A cue word in `-s` that heads a noun phrase after a capitalised modifier (wave 26f): `through MOT records, service
invoices and auction paperwork` (a list of things), `Mortgage rates on the island have fallen` (the subject of a
later verb). The capitalised word before it names what the records or rates are of, never a party that records or
rates, and no claim follows the word."""
from __future__ import annotations

from .patterns import NOUN_CUES

LIST_OPENERS_NOT: frozenset[str] = frozenset(
    "and or but as however though although too also meanwhile therefore moreover nevertheless again instead now then "
    "in on at for with after before like unlike according while whereas which who that adding saying".split())
"""Words after the comma that open an aside, a clause or a linked sentence, not the list's next item (`Acme reports,
however, that`, `beating City forecasts, as fewer customers ...`)."""
PLACING_PREPOSITIONS: frozenset[str] = frozenset("on in at across for among over within throughout".split())
"""Prepositions that may open a plural noun's modifier (`rates on the island`, `records across the county`)."""
LATER_VERBS: frozenset[str] = frozenset("have has had are were is was fell rose remain remained stood show showed".split())
"""Verbs whose subject is the plural noun when they follow its modifier (`rates on the island have fallen`)."""
MAX_LIST_WORDS = 4
"""How many words a list's next item may have before its `and`, `or` or comma (`service invoices and`)."""
MAX_MODIFIER_WORDS = 8
"""How many words a plural noun's modifier may have before the verb it is the subject of."""


def plural_noun_cue(ahead: list[str]) -> bool:
    """Say whether the words from a cue word on (`records,`, `service`, `invoices`, `and`, ...) use it as a plural
    noun: a list's item (a comma, then lower-case words up to an `and`, `or` or comma) or the subject of a verb after
    a modifier opened by a preposition, before any `that`."""
    if not ahead:
        return False
    word = ahead[0].lower()
    if not word.rstrip(",").endswith("s") or word.rstrip(",") not in NOUN_CUES:
        return False
    rest = ahead[1:]
    if word.endswith(","):
        return _list_goes_on(rest)
    return bool(rest) and rest[0].lower() in PLACING_PREPOSITIONS and _verb_after_modifier(rest[1:])


def _list_goes_on(rest: list[str]) -> bool:
    """Say whether the words after a comma are a list's next item: lower case, not an aside's opener, ended by a
    comma or followed by `and`/`or` within a few words."""
    if not rest or not rest[0].isalpha() or not rest[0].islower() or rest[0] in LIST_OPENERS_NOT:
        return False
    for index, word in enumerate(rest[:MAX_LIST_WORDS]):
        if word in ("and", "or") and index > 0 or word.endswith(",") and word.rstrip(",").isalpha():
            return True
        if not word.isalpha() or not word.islower() or word == "that":
            return False
    return False


def _verb_after_modifier(rest: list[str]) -> bool:
    """Say whether a finite verb follows a plural noun's modifier (`the island have fallen`) before any `that` or
    comma."""
    for word in rest[:MAX_MODIFIER_WORDS]:
        bare = word.lower().strip(",.;:")
        if bare == "that" or word.endswith((",", ";", ":")) and bare not in LATER_VERBS:
            return False
        if bare in LATER_VERBS:
            return True
    return False
