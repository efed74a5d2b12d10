"""A bare `a spokesperson` whose body the words around it never name (`The university expects to save £14m, a
spokesperson said.`, `Harmby's defended its methods. A spokesman said ...`): the body that opens the sentence of the
claim, or, when the voice opens it, the body that opens the sentence before it in the same paragraph; a person, a
group or a body only mentioned later in the sentence leaves the words unresolved (wave 25b). A voice described by its
body's kind (`A company spokeswoman said`) that opens its sentence speaks for the body opening the sentence before it
in the paragraph when the noun may name that body, whether or not it has spoken (wave 44d)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import first_mention, head_noun
from ..text import line_start
from ..vocabulary import ORG_HEADS, ORG_REFERENCES, VOICE_ROLES

from .body_traits import may_be_called, same_head
from .context import Context
from .words import COMPANY_WORDS, sentence_starts

BARE_VOICES: frozenset[str] = frozenset(f"{article} {role}" for article in ("a", "an") for role in VOICE_ROLES)
"""Speakers that are an article and a voice role alone (`a spokesperson`, `A spokesman`)."""
_THE_NOUN_RE = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)\b")
"""`The university`, `the company`: a reference opening a sentence."""


def bare_voice(speaker: str) -> bool:
    """Say whether a speaker is only an article and a voice role (`a spokesperson`), no body."""
    return speaker.lower() in BARE_VOICES


def opening_body(text: str, at: int, ctx: Context) -> str | None:
    """Return the body whose name or reference opens text at `at` (`Harmby's defended`, `The university expects`),
    one of the bodies that speak in the text; else None (`Unite, ..., has called a ballot. A spokesperson said`:
    a party the text never gives a claim may have been named only to be answered)."""
    found = _opening_name(text, at, ctx)
    match = _THE_NOUN_RE.match(text, at) if found is None else None
    found = found if match is None else ctx.resolve_reference(match.group("noun"))
    if found is None or ctx.kinds.get(found) not in BODY_KINDS:
        return None
    return found if found in ctx.org_speakers or ctx.full_org(found) in ctx.org_speakers else None


def _opening_name(text: str, at: int, ctx: Context) -> str | None:
    """Return the longest name of a body the text registered that opens text at `at` (`Harmby's defended`), else None."""
    names = [name for name in ctx.orgs if ctx.kinds.get(name) in BODY_KINDS
             and text.startswith(name, at) and not text[at + len(name):at + len(name) + 1].isalnum()]
    return max(names, key=len) if names else None


def kind_voice_subject(text: str, at: int, words: list[str], ctx: Context) -> str | None:
    """Return the body a voice described by its body's kind (`a company spokeswoman`, `a council spokesman`) speaks
    for when the voice opens its sentence at `at` and a body the noun may name opens the sentence before it in the same
    paragraph (`Chatterbox pushed back. A company spokeswoman said`), else None (wave 44d)."""
    if len(words) != 3 or words[0] not in ("a", "an") or words[2] not in VOICE_ROLES \
            or words[1] not in ORG_REFERENCES and words[1] not in ORG_HEADS:
        return None  # the cheap test first: `a spokesperson for X`, `its spokesman`
    paragraph = line_start(text, at)
    starts = sentence_starts(text, paragraph, at + 1)  # one character on: the next sentence's capital is looked at
    if len(starts) < 2 or starts[-1] != at:
        return None  # the voice does not open its sentence, or opens its paragraph
    body = _opening_name(text, starts[-2], ctx)
    if body is None:
        opening = first_mention(text, starts[-2], starts[-1])
        body = ctx.add(opening) if opening is not None and opening.kind == "org" and opening.start == starts[-2] \
            else None  # "Wexcombe City Council has published its figures.": named here first
    return body if body is not None and may_be_called(body, words[1]) and _head_fits(body, words[1]) else None


def _head_fits(body: str, noun: str) -> bool:
    """Say whether a body's name may be what a kind's noun calls it: its head is that noun, a company's word, or no
    body's head at all (`Chatterbox`); a union is never `a company spokesperson`'s."""
    head = head_noun(body)
    return same_head(head, noun) or head not in ORG_HEADS or head in COMPANY_WORDS


def voice_subject(text: str, start: int, ctx: Context) -> str | None:
    """Return the body a bare voice speaks for, given where its claim starts: the opening of the claim's sentence,
    or of the sentence before the voice's own sentence in its paragraph; else None."""
    paragraph = line_start(text, start)
    starts = sentence_starts(text, paragraph, start)
    own = starts[-1]
    if text[own:start].strip() == "":
        return opening_body(text, own, ctx)  # "The university expects ..., a spokesperson said."
    if not any(text[own:start].lower().startswith(voice) for voice in BARE_VOICES):
        return None  # "About 140 people had called ..., a spokesperson said": no body opens it
    return opening_body(text, starts[-2], ctx) if len(starts) > 1 else None  # "X defended it. A spokesman said"
