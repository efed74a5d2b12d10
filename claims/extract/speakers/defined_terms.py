"""A body's defined term: results, notices and filings define the short reference they will use in a bracket after the
name (`Acme Foods plc ("Acme" or "the Group")`, `Veltrane plc (the "Company")`, `X DAC ("X" or "the Firm")`), so a
later `The Group expects` is that body, whoever else the text names. What a text defines is read once per text and
forgotten with the other readers' answers once its rows are made (`text_caches.per_text`, wave 63x)."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text_caches import per_text
from ..vocabulary import without_possessive
from .words import REFERENCE_WORDS

DEFINED_TERM_RE = re.compile(
    r"\((?:[\"\u201c\u2018][^\"\u201d\u2019()\n]{1,40}[\"\u201d\u2019][ \t]+or[ \t]+)?"
    r"(?:(?P<article>the)[ \t]+[\"\u201c\u2018]|[\"\u201c\u2018](?P<inner>the)[ \t]+)"
    r"(?P<noun>[A-Za-z]+)[\"\u201d\u2019]\)", re.IGNORECASE)
"""A bracket defining a reference with `the` and quotation marks: `("Acme" or "the Group")`, `(the "Company")`."""
QUOTED_TERMS_RE = re.compile(
    r"\((?P<terms>(?:['\"\u201c\u2018][^'\"\u201c\u201d\u2018\u2019()\n]{1,40}['\"\u201d\u2019](?:[ \t]*,[ \t]*|[ \t]+or[ \t]+)?){2,4})"
    r"\)")
"""A bracket of two to four quoted terms, `or` or a comma between them, in any quotation marks, straight single ones
too, with or without `the`: `('Group' or 'Company')`, `('Kelvo', 'KV or Company')` (wave 62f)."""
QUOTED_TERM_RE = re.compile(r"['\"\u201c\u2018](?P<term>[^'\"\u201c\u201d\u2018\u2019]+)['\"\u201d\u2019]")
"""One quoted term of such a bracket."""
NAME_GAP = 2
"""How far before the bracket the defined body's name may end (a space)."""
NAME_REACH = 120
"""How far before the bracket the defined body's name may start."""


@per_text(4)
def defined_references(text: str) -> dict[str, str]:
    """Map each reference noun the text defines in a bracket (`group`, `company`, `firm`) to the body named right
    before it; a noun two bodies define is nobody's (once per text)."""
    found: dict[str, set[str]] = {}
    if "(" not in text:
        return {}  # no bracket: nothing defined, no pattern run
    terms = [(match.start(), match.group("noun").lower()) for match in DEFINED_TERM_RE.finditer(text)]
    for start, noun in terms + quoted_terms(text):
        if noun not in REFERENCE_WORDS:
            continue  # `(the "Acquisition")`, `("the Player")`: no body
        bodies = [m for m in find_mentions(text, max(0, start - NAME_REACH), start) if m.kind == "org"]
        if bodies and start - bodies[-1].end <= NAME_GAP:
            found.setdefault(noun, set()).add(bodies[-1].name)
    return {noun: next(iter(names)) for noun, names in found.items() if len(names) == 1}


def quoted_terms(text: str) -> list[tuple[int, str]]:
    """Return (bracket's start, noun) for each one-word term, `the` set aside, of a bracket of quoted terms
    (`('Group' or 'KF or Company')`: `group`, `company`), a term's own `or` splitting it (wave 62f)."""
    found = []
    for match in QUOTED_TERMS_RE.finditer(text):
        for quoted in QUOTED_TERM_RE.finditer(match.group("terms")):
            for term in re.split(r"[ \t]+or[ \t]+", quoted.group("term").strip()):
                words = term.split()
                words = words[1:] if len(words) == 2 and words[0].lower() == "the" else words
                if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha():
                    found.append((match.start(), words[0].lower()))
    return found


def defined_body(text: str, word: str) -> str | None:
    """Return the body the text defines a reference word as (`the Group` after `Acme plc ("the Group")`), else None."""
    return defined_references(text).get(word.lower()) if word.lower() in REFERENCE_WORDS else None


@per_text(4)
def defined_people(text: str) -> dict[str, str]:
    """Map each noun a text defines in a bracket right after a person's name to that person (`Orrin Roe ("the
    Athlete")`, `Ann Lee (the "Claimant")`; wave 22a): judgments, decisions and filings name a party once and then
    by the noun; a noun two people define is nobody's (once per text)."""
    found: dict[str, set[str]] = {}
    if "(" not in text:
        return {}  # no bracket: nothing defined, no pattern run
    for match in DEFINED_TERM_RE.finditer(text):
        noun = match.group("noun").lower()
        if noun in REFERENCE_WORDS:
            continue  # `("the Group")`: a body's reference, read by `defined_references`
        people = find_mentions(text, max(0, match.start() - NAME_REACH), match.start())
        if people and people[-1].kind == "person" and match.start() - people[-1].end <= NAME_GAP:
            found.setdefault(noun, set()).add(people[-1].name)
    return {noun: next(iter(names)) for noun, names in found.items() if len(names) == 1}


def defined_person(text: str, word: str) -> str | None:
    """Return the person the text defines a noun as (`The Athlete` after `Orrin Roe ("the Athlete")`), else None."""
    return defined_people(text).get(without_possessive(word).lower()) if "(" in text else None
