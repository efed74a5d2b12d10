"""A body's name read as a person's (`Wellmore Pharmacy said`, `Kilbrack Harbour Commissioners said`) that the text
later calls by its own last word (`The Leeds-based pharmacy said`, `The commissioners said`): the body speaks both.

A name with no organisation head reads like a person's, and the later reference then finds no body and stays
`unresolved`. Read once per text, after every claim has its speaker: a reference row (`the pharmacy`, `the
Leeds-based pharmacy`, `the commissioners`) means the one person-read speaker the text names before the reference
that

- the text never treats as a person's: no honorific before its last word (`Ms Pharmacy`), its last word never
  alone before a cue (`Pharmacy said`); and that
- the reference names: its noun is the name's last word (`the commissioners` for `Kilbrack Harbour Commissioners`,
  `the Leeds-based pharmacy` for `Wellmore Pharmacy`).

A company noun alone (`the group`, `the retailer`) is no such link: a person-read name may be a fragment of a longer
name or another party, and the row would then go from `unresolved` to a wrong speaker (precision first; the first
version also linked `the group` to a name whose first word the text writes as a modifier, `another Wellmore shop`,
and raised the wrong speakers on texts it was not written for).

Then the name is a body (kind `organisation`) in all its rows. Two such names, or none: nothing changes.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..finding import find_all
from .vocabulary import HONORIFICS, NOT_NAMES, initial_alternation

_REFERENCE_RE = re.compile(r"[Tt]he (?:[A-Za-z]+-[a-z]+ |[a-z]+ ){0,2}(?P<noun>[a-z]+)")
"""A reference as a row's speaker: `the pharmacy`, `The Leeds-based pharmacy`, `the commissioners`."""
_PERSON_MARK_RE = re.compile(r"\b(?:%s)\.?[ \t]+(?P<name>[A-Z][\w'\u2019-]+)" % initial_alternation(
    sorted({h.capitalize() for h in HONORIFICS} | set(HONORIFICS))))
"""An honorific and the family name after it: `Ms Pharmacy` would make `Wellmore Pharmacy` a person."""
CUES_AFTER_NAME = (" said", " says", " added", " told")
"""Cues after a bare family name (`Roe said`): a person's."""


def bodies_read_as_people(text: str, rows: Sequence[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each reference speaker (`the commissioners`) and the person-read name it means to (name, `organisation`),
    from the rows' (speaker, kind) in text order; empty when no reference or no single name fits."""
    references = {s: m.group("noun") for s, k in rows if k == "unresolved" and (m := _REFERENCE_RE.fullmatch(s))}
    if not references:
        return {}
    marked = {m.group("name") for m in _PERSON_MARK_RE.finditer(text)}
    people = list(dict.fromkeys(s for s, k in rows if k == "person"))
    folded = text.lower()
    found: dict[str, tuple[str, str]] = {}
    for reference, noun in references.items():
        before = _named_before(text, people, folded.find(reference.lower()))
        names = [n for n in before if _not_a_person(text, n, marked) and _named_by(n, noun)]
        if len(names) == 1:
            found[reference] = found[names[0]] = (names[0], "organisation")
    return found


def never_a_person(text: str, name: str) -> bool:
    """Say whether the text never treats a name of two or three words as a person's (`_not_a_person`, the
    honorifics of the whole text read once more)."""
    return _not_a_person(text, name, {m.group("name") for m in _PERSON_MARK_RE.finditer(text)})


def _named_before(text: str, people: list[str], at: int) -> list[str]:
    """Return the people (as speakers) whose name the text writes before offset `at`."""
    return [name for name in people if 0 <= text.find(name) < at]


def _not_a_person(text: str, name: str, marked: set[str]) -> bool:
    """Say whether the text never treats a name of two or three words as a person's: no honorific before its last
    word, and its last word never alone before a cue."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1] in marked or words[0].lower() in HONORIFICS | NOT_NAMES \
            or not all(w[:1].isupper() for w in words):
        return False  # "Her family", "Dr Jo Roe": no name of a body
    return not any(_alone(text, words[-1] + cue, name) for cue in CUES_AFTER_NAME)


def _named_by(name: str, noun: str) -> bool:
    """Say whether a reference's noun is this body's name's last word, singular or plural (`commissioners`)."""
    last = name.split()[-1].lower()
    return noun in (last, last + "s", last.removesuffix("s"))


def _alone(text: str, words: str, name: str) -> bool:
    """Say whether the text writes `words` as whole words anywhere outside an occurrence of the full name."""
    for at in find_all(text, words):
        whole = not text[at - 1:at].isalnum() and not text[at + len(words):at + len(words) + 1].isalnum()
        start = text.rfind(name, max(0, at - len(name)), at + len(name))
        if whole and not (0 <= start <= at < start + len(name)):
            return True
    return False
