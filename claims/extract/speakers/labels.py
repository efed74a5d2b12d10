"""A label or a bare head read as the speaker, and the party the text says it stands for: a party-and-state label
after a US name (`Ruth Okafor, R-Marietta,`) is that person; a body's head alone (`the Service said`, `a Commission
spokesperson`) is the one body the text names with that head; a title the text sets beside a name (`the
Cathaoirleach, Cllr Tomás Geraghty,`) is that person.

Read once per text, after every claim has its speaker, for the few distinct speakers these shapes fit.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...model import BODY_KINDS
from ...finding import find_all
from ..entities import find_mentions, org_kind
from ..vocabulary import INSPECTORATE_HEADS, ORG_HEADS, ROLES

from .words import PEOPLE_GROUPS

_PARTY_LABEL_RE = re.compile(r"(?:[DRI]|Dem|Rep|Ind)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?")
"""A US party-and-place label: `R-Marietta`, `D-Ohio`, `R-Ky.`."""
_HEADS: frozenset[str] = ORG_HEADS | INSPECTORATE_HEADS
"""Words that end a body's name (`Service`, `Commission`)."""


def labelled_speakers(text: str, speakers: Iterable[tuple[str, str]],
                      kinds: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Map each label, bare head or title the text gives a party for to that party, with its kind."""
    found: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        if kind == "person":
            continue  # a person's name is read by the name rules
        party = None
        if kind in BODY_KINDS and _PARTY_LABEL_RE.fullmatch(speaker):
            party = party_holder(text, speaker)
        elif kind in BODY_KINDS and speaker.lower() in _HEADS and speaker[:1].isupper():
            party = head_body(speaker, kinds)
        elif kind in BODY_KINDS and " and " in speaker:
            party = unglued_body(text, speaker, kinds)
        if party is None and title_like(speaker):
            party = titled_person(text, speaker)
        if party is None and kind in BODY_KINDS and title_like(speaker) and len(speaker.split()) > 1:
            party = speaker, "unresolved"  # "the Chief Executive's report shows": a post, no body, no one named
        if party is not None:
            found[speaker] = party
    return found


def title_like(speaker: str) -> bool:
    """Say whether a speaker may be a title: one capitalised word (`Cathaoirleach`) or words of roles (`Chief
    Executive`), never letters (`NHS`)."""
    words = speaker.removeprefix("the ").removeprefix("The ").split()
    if not words or not words[0][:1].isupper() or speaker.isupper():
        return False
    return len(words) == 1 or all(w.lower() in ROLES for w in words)


def unglued_body(text: str, speaker: str, kinds: Mapping[str, str]) -> tuple[str, str] | None:
    """Return the body a name glued to a group of people stands for (`GPs and HSE` from `given by GPs and HSE
    teams`, when the text says `the HSE` on its own), else None: two bodies joined stay joined."""
    group, _, body = speaker.partition(" and ")
    if not (_GROUP_RE.fullmatch(group) or group.lower() in PEOPLE_GROUPS):
        return None
    if f"the {body} " not in text and f"The {body} " not in text:
        return None
    return body, kinds.get(body, org_kind(body))


_GROUP_RE = re.compile(r"[A-Z]{2,}s")
"""A plural of letters naming people, not a body: `GPs`, `MPs`, `PCSOs`."""


def party_holder(text: str, label: str) -> tuple[str, str] | None:
    """Return the person a party label follows (`Ruth Okafor, R-Marietta,`, `Tom Hale (D-Ohio)`), else None."""
    for at in find_all(text, label):
        before = text[max(0, at - 80):at]
        cut = len(before.rstrip(" (,"))
        people = [m for m in find_mentions(text, at - len(before), at - len(before) + cut) if m.kind == "person"]
        if people and people[-1].end == at - len(before) + cut:
            return people[-1].name, "person"
    return None


def head_body(head: str, kinds: Mapping[str, str]) -> tuple[str, str] | None:
    """Return the one body whose name ends with a head word said alone (`Service` after `Northmoor Fire and
    Rescue Service`), else None (none, or two such bodies)."""
    bodies = [name for name, kind in kinds.items() if kind in BODY_KINDS and name != head
              and name.endswith(" " + head)]
    return (bodies[0], kinds[bodies[0]]) if len(bodies) == 1 else None


def titled_person(text: str, title: str) -> tuple[str, str] | None:
    """Return the one person the text names right after a title and a comma (`the Cathaoirleach, Cllr Tomás
    Geraghty,`), else None."""
    bare = title.removeprefix("the ").removeprefix("The ")
    needle = f"he {bare}, "
    names = set()
    for at in find_all(text, needle):
        start = at + len(needle)
        people = [m for m in find_mentions(text, start, min(len(text), start + 60)) if m.kind == "person"]
        gap = text[start:people[0].start].strip(" .") if people else "-"
        if gap == "" or (gap.isalpha() and gap[:1].isupper() and len(gap) <= 5):  # "Cllr ", "Mr "
            names.add(people[0].name)
    return (names.pop(), "person") if len(names) == 1 else None


def participle_opening(text: str, words: list[str]) -> bool:
    """Say whether a one-word `name` is a participle opening the sentence (`Responding, the airport said`): a
    capitalised word ending in `ing` the text writes nowhere else (`Reading Borough Council` is written again)."""
    return len(words) == 1 and words[0].endswith("ing") and words[0][:1].isupper() and text.count(words[0]) == 1
