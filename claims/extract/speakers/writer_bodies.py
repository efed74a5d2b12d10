"""The body that writes a first-person text, read from its opening when no letterhead names it, and the `our ...`
phrases that are that body's own (`our tracking data`, `after our investigation`, `Our own tally`, `Our field
engineers`) (wave 26b)."""
from __future__ import annotations

import re
from itertools import islice

from ..entities import Mention, find_mentions
from ..text import split_sentences
from ..text_caches import per_text
from ..vocabulary import BODY_PEOPLE, CASE_NOUNS, DOCUMENT_NOUNS, HONORIFICS, OWN_RECORDS, names_no_one

from ..given_people import given_person
from .words import CLAUSE_OPENERS

OWN_NOUNS: frozenset[str] = DOCUMENT_NOUNS | CASE_NOUNS | OWN_RECORDS | BODY_PEOPLE
"""What a writer's `our` phrase may end on: its documents, inquiries, counts and people at work."""
MAX_OUR_WORDS = 5
"""The longest `our` phrase read as one noun phrase (`our own tracking data`, `our customer service teams`)."""
OPENING_BLOCKS = 6
"""How many of a text's first paragraphs may name its writer."""

_NAME = r"[A-Z][\w&\-]*(?:['\u2019]s?)?"
"""One capitalised word of a name (`Tenants'`, `Residents'`, `Ofwire`)."""
_NAME_RUN = rf"{_NAME}(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+)*{_NAME})*"
"""A body's name: capitalised words, with the small words names hold between them."""
SUBJECT_RE = re.compile(rf"(?:The[ \t]+)?(?P<name>{_NAME_RUN})[ \t]+(?P<verb>(?:has|have|had|can|is|was|will|would)\b"
                        rf"(?:[ \t]+(?P<confirm>confirm)\b)?)")
"""A name opening a sentence as its subject, before an auxiliary (`Ofwire has today fined`, `X can confirm`)."""
BEHALF_RE = re.compile(rf"\b[Ww]e\b[^.\n]{{0,60}}?\bon[ \t]+behalf[ \t]+of[ \t]+"
                       rf"(?:the[ \t]+(?:members|tenants|residents|staff)[ \t]+of[ \t]+)?(?:the[ \t]+)?"
                       rf"(?P<name>{_NAME_RUN})(?=[ \t]*(?:\(|,|\.|[ \t][a-z]))")
"""A letter's writers speaking for a body: `We are writing on behalf of the members of the X Association`."""
NAME_LINE_RE = re.compile(r"[ \t]*(?:From:[ \t]*)?(?P<name>[^<\n]*?)[ \t]*(?:<[^>\n]*>)?[ \t]*$", re.MULTILINE)
"""A first line that may hold only a name: `Tarnwick Cloud`, an e-mail's `From: X <address>`."""
HONORIFIC_RE = r"\b(?:%s)\.?[ \t]+" % "|".join(sorted(h.capitalize() for h in HONORIFICS))
"""An honorific before a surname (`Ms `): the surname after it is a person's."""
FIRST_PERSON_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
"""A first-person word: the sentence is the writer's own voice."""


def our_phrase(words: list[str]) -> list[str] | None:
    """Return the `our` phrase closing a speaker's words, opening them or after a clause opener (`X has fined Y after
    our investigation`), when it ends on a writer's own document, inquiry, count or people, else None (`our bank` is
    another body, `our customers` other people, `the increases our members` no phrase of its own)."""
    start = len(words) - 1 - words[::-1].index("our") if "our" in words else -1
    if start < 0 or start > 0 and words[start - 1] not in CLAUSE_OPENERS:
        return None
    phrase = words[start:]
    cut = next((i for i in range(2, len(phrase)) if phrase[i] in _QUALIFIER_OPENERS), len(phrase))
    phrase = phrase[:cut]  # "our survey of 180 households in May": the survey (wave 52b)
    return phrase if len(phrase) <= MAX_OUR_WORDS and phrase[-1] in OWN_NOUNS else None


_QUALIFIER_OPENERS: frozenset[str] = frozenset("of into from".split())
"""Words after an `our` phrase's noun that open what it is of or drawn from (`our survey of 180 households`)."""


def writer_named(text: str) -> Mention | None:
    """Return the body a first-person text's opening names as its writer: a letter's `on behalf of X`, else a body
    opening a sentence that says `we` or `our` too or that `can confirm`, never a name a known given name opens;
    None when the opening has neither."""
    blocks = list(islice(re.finditer(r"[^\n]+", text), OPENING_BLOCKS))  # the opening only, not every line
    for block in blocks:
        behalf = BEHALF_RE.search(text, block.start(), block.end())
        if behalf is not None:
            return _mention(behalf, "name")
    for block in blocks:
        for start, end in split_sentences(text, block.start(), block.end()):  # the package's sentences (wave 27a)
            subject = SUBJECT_RE.match(text, start, end)
            if subject is not None and not names_no_one(subject.group("name").split()[0]) \
                    and (subject.group("confirm") or FIRST_PERSON_RE.search(text, start, end)) \
                    and not given_person(subject.group("name")):  # "Brenda Okafor can confirm": a person (35h)
                return _mention(subject, "name")
    return None


def _mention(match: re.Match[str], group: str) -> Mention:
    """Return the body a match names, as a mention of an organisation."""
    return Mention(match.start(group), match.end(group), match.group(group), "org")


@per_text(4)
def name_line(text: str) -> Mention | None:
    """Return the name a first-person text's first line holds alone, read as an untitled person's (`Tarnwick Cloud`,
    `From: Orrin Lensworks <help@orrin.example>`), as the body that writes it, unless the text calls its last word
    a person's by an honorific (`Ms Cloud`); else None (wave 33d)."""
    start = len(text) - len(text.lstrip())
    line = NAME_LINE_RE.match(text, start, start + len(text[start:].split("\n", 1)[0]))
    if line is None or not line.group("name"):
        return None
    mentions = find_mentions(text, line.start("name"), line.end("name"))
    if len(mentions) != 1 or mentions[0].kind != "person" or mentions[0].title \
            or (mentions[0].start, mentions[0].end) != line.span("name"):
        return None
    last = re.escape(mentions[0].name.split()[-1])
    if re.search(HONORIFIC_RE + last + r"\b", text):
        return None  # "Ms Cloud said": a person after all
    return mentions[0]._replace(kind="org")
