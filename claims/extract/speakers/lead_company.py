"""14a: `the company`, `the airline`, `the retailer` left unresolved, read as the company the text is about: the name
that opens its lead as the subject of a verb (`Larkwell has reported ...`, `Skyvane cancels ...`) and that the text
names far more often than any other body that speaks."""
from __future__ import annotations

import re
from typing import Iterable

from ..entities import is_person_name
from ..vocabulary import CUE_VERBS, ORG_REFERENCES, PREPOSITIONS, SENTENCE_STARTERS

from .body_traits import company_like
from .words import COMPANY_WORDS

LEAD_LINES = 3
"""How many of a text's first non-empty lines (a headline, a standfirst, the lead) may name its subject."""
MIN_MENTIONS = 2
"""How often the subject's name must be written in the whole text."""
_SUBJECT_RE = re.compile(r"(?P<name>[A-Z][\w&'\u2019\-]+(?:[ \t]+[A-Z][\w&'\u2019\-]+){0,3})[ \t]+"
                         r"(?:has|have|had|is|was|says|said|[a-z]{3,}(?:ed|es|s))\b")
"""A lead opening with a capitalised name and a verb (`Skyvane cancels`, `Larkwell has reported`)."""
_NAME = r"(?P<name>[A-Z][\w&'\u2019\-]+(?:[ \t]+[A-Z][\w&'\u2019\-]+){0,3})"
_VERB = r"(?:has|have|had|is|was|says|said|[a-z]{3,}(?:ed|es|s))\b"
_DESCRIBED_RE = re.compile(r"(?P<describer>[A-Z][\w\-]*(?:[ \t]+[a-z][\w\-]*){1,2})[ \t]+" + _NAME + r"[ \t]+" + _VERB)
"""A headline naming the company after a describing noun (`Durham spin-out Lumenrx raises`, 25b)."""
_SET_OFF_RE = re.compile(_NAME + r",[ \t]+(?P<apposition>(?:a|an|the)[ \t][^,\n]+)(?:,[^,\n]+)?,[ \t]+" + _VERB)
"""A lead setting the name off with an apposition before its verb (`Lumenrx, a Durham University spin-out ..., has
raised`, 25b)."""


def lead_subject(text: str) -> str | None:
    """Return the name that opens one of the text's first lines as a verb's subject and may be a company's."""
    lines = [line.strip() for line in text.split("\n", 12)[:12]
             if any(c.islower() for c in line)][:LEAD_LINES]  # "PRESS RELEASE", "EMBARGOED UNTIL ...": no lead (25b)
    for line in lines:
        match = _SUBJECT_RE.match(line) or _described(line) or _SET_OFF_RE.match(line)
        if match is None:
            continue
        name = match.group("name")
        person = is_person_name(name) and not _body_apposition(match)
        if name.split()[0].lower() not in SENTENCE_STARTERS and not person and company_like(name):
            return name
    return None


def _body_apposition(match: re.Match[str]) -> bool:
    """Say whether a name is set off by an apposition whose noun says it is a body (`Threlmoor Fibre, the full-fibre
    broadband provider for ...,`): a name that reads as a person's is then a company's."""
    apposition = match.groupdict().get("apposition")
    if not apposition:
        return False
    words = apposition.lower().split()
    cut = next((i for i, word in enumerate(words) if word in PREPOSITIONS or word in ("that", "which", "who")
                or word.endswith("ing")), len(words))
    return cut > 1 and words[cut - 1] in ORG_REFERENCES


def _described(line: str) -> re.Match[str] | None:
    """Return a headline's name after a describing noun (`Galway agritech Teelin raises`), never after a verb of
    speech (`Critics say Teelin hides`)."""
    match = _DESCRIBED_RE.match(line)
    if match is None or CUE_VERBS.intersection(match.group("describer").lower().split()):
        return None
    return match


def company_reference(speaker: str) -> bool:
    """Say whether a speaker is `the` and a company's noun (`the airline`), no name."""
    words = speaker.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in COMPANY_WORDS


def lead_company(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved company reference to the text's lead subject, when the text names it at least
    MIN_MENTIONS times and more often than any other body that speaks in it."""
    pairs = set(speakers)
    references = [s for s, kind in pairs if kind == "unresolved" and company_reference(s)]
    subject = lead_subject(text) if references else None
    if subject is None or text.count(subject) < MIN_MENTIONS:
        return {}
    others = [text.count(s) for s, kind in pairs if kind == "organisation" and s != subject and subject not in s]
    if others and max(others) * 2 > text.count(subject):
        return {}  # another body speaks nearly as often: the reference may be its
    return {s: (subject, "organisation") for s in references}
