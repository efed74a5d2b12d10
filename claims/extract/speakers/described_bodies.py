"""A body the lead introduces only by a description (`Tarrow Athletic were docked six points by an independent
disciplinary commission`, `The quarry was refused by the county's independent planning panel`) and the text later
calls by its noun alone (`the commission said`, `The panel found`): the reference means that description, in the
text's own words, an indefinite article left out (`independent disciplinary commission`) and a definite description
whole (`the county's independent planning panel`), as the annotation guide asks for a party the text never names.

The lead is the text's first paragraph that is a sentence (a headline, a byline and a date come before it). The
description is an article, maybe an owner's possessive, one to three describing words in lower case and the noun;
never a description the text owns by a preposition and a name after it (`a disciplinary commission of the Tarrow
League`), and never when the text names a body with that noun as its head anywhere (`the Tarrow League Disciplinary
Commission`): the reference is then that body's, read by `context` (wave 35c)."""
from __future__ import annotations

import re

from ..entities import head_noun, org_kind
from ..text_caches import per_text
from ..vocabulary import CLOSED_WORDS, ORG_HEADS, ORG_REFERENCES, ROLES, load_words

from .body_traits import same_head
from .context import Context
from .words import DETERMINERS, PEOPLE_GROUPS

OWNING_PREPOSITIONS: frozenset[str] = load_words("owning_prepositions")
"""Prepositions that give a description an owner when a name follows (`a panel of the X League`;
`data/owning_prepositions.txt`)."""
PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
"""A paragraph: lines with no blank line between them."""
SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t]*$")
"""The end of a paragraph that is a sentence: a full stop, maybe closing quotation marks or a bracket."""
OWNED_RE = re.compile(r"\s+(?P<word>[a-z]+)\s+(?:the\s+)?[A-Z]")
"""A preposition and a name right after a description (`of the Tarrow League`)."""
DESCRIPTION_RE = r"\b(?P<article>[Aa]n?|[Tt]he)\s+(?P<owner>[a-z]+['\u2019]s\s+)?" \
    r"(?P<words>(?:[a-z][\w-]*\s+){{1,3}}){noun}\b"
"""A description of a body of a noun: an article, maybe an owner's possessive, describing words, the noun."""
NEXT_WORD_RE = re.compile(r"\s(?P<word>[a-z]+)\b")
"""The word in lower case right after a description's noun (`company` in `the oldest theater company`)."""
APPOSITION_RE = re.compile(r"[A-Z][\w'\u2019.-]*,\s+\Z")
"""A name and a comma right before a description: an apposition that describes the body just named."""
PHRASE_NOUNS: frozenset[str] = ORG_HEADS | ORG_REFERENCES | ROLES | PEOPLE_GROUPS
"""Nouns after a description's noun that make it a modifier (`theater company`, `commission staff`)."""


@per_text(4)
def lead_of(text: str) -> str:
    """Return the text's lead: its first paragraph that ends as a sentence, else ``."""
    for paragraph in PARAGRAPH_RE.finditer(text):
        if SENTENCE_END_RE.search(paragraph.group()) is not None:
            return paragraph.group()
    return ""


def _describing(words: list[str]) -> bool:
    """Say whether words are one to three describing words in lower case (`independent disciplinary`)."""
    return 1 <= len(words) <= 3 and all(word.islower() and word not in DETERMINERS and word not in CLOSED_WORDS
                                        for word in words)


def _stands_alone(lead: str, start: int, end: int) -> bool:
    """Say whether a description at lead[start:end] is a body of its own: its noun closes the phrase (never `theater
    company`), no preposition and name own it (`of the Tarrow League`), and it sets off no name before it."""
    owned = OWNED_RE.match(lead, end)
    after = NEXT_WORD_RE.match(lead, end)
    return not (owned and owned.group("word") in OWNING_PREPOSITIONS) \
        and not (after and after.group("word") in PHRASE_NOUNS) and APPOSITION_RE.search(lead, 0, start) is None


def lead_description(lead: str, noun: str) -> str | None:
    """Return the description a lead gives a body of this noun in its own words (`independent disciplinary
    commission`, `the county's independent planning panel`), else None."""
    if noun not in lead:
        return None  # the common case: the lead holds no such noun (a cheap test first)
    for match in re.finditer(DESCRIPTION_RE.format(noun=re.escape(noun)), lead):
        if _describing(match.group("words").split()) and _stands_alone(lead, match.start(), match.end()):
            whole = " ".join(match.group().split())
            return whole.split(" ", 1)[1] if match.group("article").lower() != "the" else whole.lower()
    return None


def described_body(noun: str, ctx: Context) -> str | None:
    """Return the description the lead gives the body a bare `the <noun>` means, registered as a body of the kind its
    words show, when the text names no body with that noun as its head, else None."""
    description = lead_description(lead_of(ctx.text), noun)
    if description is None or any(same_head(head_noun(mention.name), noun) for mention in ctx.bodies_named()):
        return None
    return ctx.register_org_once(description, org_kind)
