"""63f: `the court`, `the bank`, `the commission` left unresolved, read as the body that opens the text's lead as a
verb's subject when that body's head is the reference's noun (`The Kelby Appeals Court has upheld ... the court
said`, `Tarrow Valley Bank cuts rates ... the bank said`). The lead is what the text is about, so a rival of the same
kind named later (`a 2019 District Court ruling`) is what the lead's body acted on, not who speaks. The counterpart of
`lead_company` for a body whose name carries its kind."""
from __future__ import annotations

from typing import Iterable

from ..entities import head_noun, org_kind
from ..vocabulary import ORG_HEADS

from .lead_company import lead_subject
from .words import COMPANY_WORDS

LEAD_LINES = 5
"""How many of a text's first lines with small letters may hold the lead (a name line, `Media release`, a place and
date line before it)."""


def head_reference(speaker: str) -> str | None:
    """Return the noun of `the <noun>` when the noun is a body's head and no company's noun (`the court`: court)."""
    words = speaker.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].islower():
        return None
    noun = words[1]
    return noun if noun in ORG_HEADS and noun not in COMPANY_WORDS else None


def lead_references(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved `the <noun>` to the body opening the text's lead whose head is that noun, its name more
    than the noun (`Court rules` in a headline is no body's name)."""
    nouns = {speaker: noun for speaker, kind in set(speakers) if kind == "unresolved"
             for noun in [head_reference(speaker)] if noun is not None}
    if not nouns:
        return {}
    wanted = set(nouns.values())
    subject = lead_subject(text, lambda name: " " in name and org_kind(name) == "organisation"
                           and head_noun(name) in wanted, LEAD_LINES)
    if subject is None:
        return {}
    head = head_noun(subject)
    return {speaker: (subject, "organisation") for speaker, noun in nouns.items() if noun == head}
