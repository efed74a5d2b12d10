"""63f: a body a text's lead calls only by a description (`The troubled water board says it will ...`, `..., according
to the charity's figures.`) before the text has named any body, and names later as the subject opening a sentence
(`Kelmere Water has been rated ...`, `Hearth for Families has called on ...`): the description is that body. A body
named after it only inside a sentence (`a rating by the Care Standards Office`) is what the lead speaks of, not who
speaks; a first subject whose head is another kind of body (`Ashby Council said`, for `the charity`) stops the reading."""
from __future__ import annotations

import re
from typing import Iterable

from ..entities import find_mentions, head_noun, is_person_name
from ..vocabulary import ORG_HEADS, SENTENCE_STARTERS, load_words

from .body_traits import may_be_charity, same_head
from .lead_company import SUBJECT_VERB

LATER_NAMED_NOUNS: frozenset[str] = load_words("later_named_nouns")
"""Nouns a lead may call a body by before naming it (`charity`, `trust`, `board`): bodies that stand alone, never a
document (`the draft programme`), a people group (`the partners`) or a political grouping (`the ruling coalition`)."""
MAX_DESCRIBING_WORDS = 3
"""Words between `the` and the noun (`the troubled health trust`)."""
_SUBJECT_VERB_RE = re.compile(r"(?:[ \t]+\([A-Z][A-Za-z]{1,9}\))?[ \t]+" + SUBJECT_VERB)
"""What follows a name opening a sentence as its subject: maybe its letters in brackets, then a verb."""
MIN_MENTIONS = 2
"""How often the text must write the later subject's name: a body it goes on about, not a passing name."""


def description_noun(speaker: str) -> str | None:
    """Return the noun of `the [describing words] <body noun>` (`the troubled health trust`: trust), else None."""
    words = speaker.split()
    if not 2 <= len(words) <= 2 + MAX_DESCRIBING_WORDS or words[0].lower() != "the" \
            or not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    noun = words[-1]
    return noun if noun in LATER_NAMED_NOUNS else None


_OPENING_NAME_RE = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"'\u201d\u2019][ \t]))(?:The[ \t]+)?"
                              r"(?P<name>[A-Z][\w'\u2019&.\-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w'\u2019&.\-]*)*)"
                              + _SUBJECT_VERB_RE.pattern, re.MULTILINE)
"""A capitalised name opening a sentence as a verb's subject (`Hearth for Families has called`, `The Kelmere Water
Board said`), its words joined by `of`, `for`, `and`."""


def _subjects_after(text: str, start: int) -> list[str]:
    """Return the names opening sentences as subjects from a point on, in order: of two words or more (`Department
    said` is a head alone), written twice or more in the text, no person's and no sentence's opening word."""
    names = (m.group("name") for m in _OPENING_NAME_RE.finditer(text, start))
    return [name for name in names if " " in name and name.split()[0].lower() not in SENTENCE_STARTERS
            and not is_person_name(name)
            and len(re.findall(r"\b" + re.escape(name) + r"\b", text)) >= MIN_MENTIONS]


def later_subject(text: str, speaker: str, noun: str) -> str | None:
    """Return the body first named as a sentence's subject after the description's first writing, when no body is
    named before that writing and the subject's head fits the noun, else None."""
    written = re.search(r"\b" + r"\s+".join(re.escape(w) for w in speaker.split()) + r"\b", text, re.IGNORECASE)
    if written is None:
        return None
    if any(m.kind == "org" and m.start < written.start() for m in find_mentions(text, 0, written.start())):
        return None  # a body named before the description: the description may be it
    subject = next(iter(_subjects_after(text, written.end())), None)
    if subject is None:
        return None
    head = head_noun(subject)
    if head in ORG_HEADS and not _fits(subject, speaker, noun) or not may_be_charity(subject, noun):
        return None  # "the charity ... Ashby Council said": another kind of body
    return subject


def _fits(name: str, speaker: str, noun: str) -> bool:
    """Say whether a name whose head is a body's fits the description: the same head, or a describing word of the
    description in the name (`the struggling water board` for `Dunford and Kelmere Water`)."""
    words = name.lower().split()
    return same_head(head_noun(name), noun) or any(word in words for word in speaker.lower().split()[1:-1])


def later_named_leads(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved lead description to the body the text later names as a sentence's subject."""
    found: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        noun = description_noun(speaker) if kind == "unresolved" else None
        subject = later_subject(text, speaker, noun) if noun is not None else None
        if subject is not None:
            found[speaker] = (subject, "organisation")
    return found
