"""63f: `the court`, `the bank`, `the commission` left unresolved, read as the body that opens the text's lead as a
verb's subject when that body's head is the reference's noun (`The Kelby Appeals Court has upheld ... the court
said`, `Tarrow Valley Bank cuts rates ... the bank said`). The lead is what the text is about, so a rival of the same
kind named later (`a 2019 District Court ruling`) is what the lead's body acted on, not who speaks. The counterpart of
`lead_company` for a body whose name carries its kind."""
from __future__ import annotations

import re
from typing import Iterable

from ..entities import find_mentions, head_noun, org_kind
from ..text import line_start
from ..vocabulary import ORG_HEADS, ROLES

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
    if rival_acts(text, subject, head):
        return {}  # "X Council approved it. Y Council objected.": either may be `the council`
    return {speaker: (subject, "organisation") for speaker, noun in nouns.items() if noun == head}


_ACTING_RE = re.compile(r"[ \t]+(?:(?:has|have|had|is|was|says|said|will|would|can|could|may|must|should|did|does"
                        r"|[a-z]{3,}(?:ed|es|s))\b|(?P<role>[a-z]+)[ \t]+[A-Z])")
"""What follows a rival opening a sentence that makes it act: a verb (`Y Council objected`), or a post and a name
(`Y Council chair Jo Roe said`)."""
_OPENING_RE = re.compile(r"(?:^|[.!?][\"'\u201d\u2019]?[ \t]+)(?:The[ \t]+)?$")
"""What stands before a name opening a sentence: a line's start or a sentence's end, maybe `The`."""


def rival_acts(text: str, subject: str, head: str) -> bool:
    """Say whether another body with the lead subject's head opens a sentence as a verb's subject or as a person's
    employer (`Tarrow Borough Council objected`, `Ellery Council chair Jo Roe said`): then the reference may mean
    either; a rival named inside a sentence (`a 2029 Circuit Court ruling`, `the Central Bank's decision`) is what the
    lead's body acted on."""
    for mention in find_mentions(text, 0, len(text)):
        if mention.kind != "org" or head_noun(mention.name) != head or subject in mention.name \
                or mention.name in subject:
            continue
        acting = _ACTING_RE.match(text, mention.end)
        if _OPENING_RE.search(text[max(line_start(text, mention.start), mention.start - 8):mention.start]) and acting \
                and (acting.group("role") is None or acting.group("role") in ROLES):
            return True
    return False
