"""A description after the claim as its speaker (wave 32f): `A ferry returned to Port Tarrow ..., federal health officials
said`, `Clerks at a Land Registry office ... were given two days' training, the records watchdog has found`. The
clause right before the cue is lower-case words ending in a watchdog's or an inspectorate's head, or in a body's
people (`officials`, `data/official_groups.txt`); when no reference resolves it, the regions read on into the claim
and its last name spoke, whatever its kind. That name speaks only where it fits the description: an inspectorate under
a watchdog, a body under officials. Otherwise the description speaks in its own words, an inspectorate's kind for a
watchdog, unresolved for officials (`Acme will close 38 shops, the company said` is resolved before and unchanged)."""
from __future__ import annotations

from ..entities import RELATIVE_PRONOUNS, Mention, find_mentions, org_kind
from ..examiner_offices import houses_examiner
from ..vocabulary import OFFICIAL_GROUPS, WATCHDOG_HEADS

MAX_DESCRIPTION_WORDS = 5
"""The most words a description before a cue holds (`the borders and immigration watchdog`)."""
_COORDINATORS: frozenset[str] = frozenset("and but or".split())
"""Words that open a clause of its own (`and the ombudsman found`), never a description set off after a claim."""


def description_kind(clause: str) -> str | None:
    """Return the kind a clause of lower-case words describes by its last word (`inspectorate` for `the borders
    watchdog`, `unresolved` for `federal health officials`: a body's people, unnamed), else None (a name in it, a reference, more words)."""
    words = clause.strip(" ,").split()
    if not words or len(words) > MAX_DESCRIPTION_WORDS or not all(w.isalpha() and w.islower() for w in words) \
            or words[0] in RELATIVE_PRONOUNS or words[0] in _COORDINATORS:
        return None  # "which obtained earlier inspection", "and the ombudsman": a clause, no description
    if words[-1] in WATCHDOG_HEADS:
        return "inspectorate"
    return "unresolved" if words[-1] in OFFICIAL_GROUPS else None


def _fits(kind: str, party: Mention) -> bool:
    """Say whether a party named in the claim fits a description's kind: an inspectorate for a watchdog, any body for
    officials."""
    if party.kind != "org":
        return False
    return kind != "inspectorate" or org_kind(party.name) == "inspectorate" or houses_examiner(party.name) \
        or not WATCHDOG_HEADS.isdisjoint(party.name.lower().split())  # "Financial Ombudsman Service"


def described_voice(text: str, clause: tuple[int, int], claim: tuple[int, int]) -> tuple[str, str] | None:
    """Return a description before a cue and its kind when the last party named in the claim before it does not fit
    it, else None (the claim's party is read as before)."""
    words = text[clause[0]:clause[1]].strip(" ,")
    kind = description_kind(words)
    if kind is None:
        return None
    mentions = find_mentions(text, *claim)
    return (words, kind) if mentions and not _fits(kind, mentions[-1]) else None


def misfit_in_claim(text: str, claim: tuple[int, int], name: str, clause: str) -> bool:
    """Say whether the party a description resolved to is a name read inside the claim that does not fit it (`Home
    Office` in `Caseworkers at a Home Office centre ..., the borders watchdog has found`)."""
    kind = description_kind(clause)
    return kind is not None and any(m.name == name and not _fits(kind, m) for m in find_mentions(text, *claim))


def unfit_walk(text: str, claim: tuple[int, int], name: str, clause: str) -> bool:
    """Say whether the regions, reading past a description of a body's people (`..., authorities said`) into the claim,
    found a name that is no body the claim names (`Maryland` in `a Dayton, Maryland, police officer`, a place): the
    description then speaks in its own words (wave 56e)."""
    if description_kind(clause) != "unresolved":
        return False
    return not any(m.name == name and m.kind == "org" for m in find_mentions(text, *claim))
