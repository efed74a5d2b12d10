"""A bare `a spokesperson` whose body the words around it never name (`The university expects to save £14m, a
spokesperson said.`, `Harmby's defended its methods. A spokesman said ...`): the body that opens the sentence of the
claim, or, when the voice opens it, the body that opens the sentence before it in the same paragraph; a person, a
group or a body only mentioned later in the sentence leaves the words unresolved (wave 25b)."""
from __future__ import annotations

import re

from ..vocabulary import VOICE_ROLES

from .context import Context
from .words import sentence_starts

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
    names = [name for name in ctx.orgs if ctx.kinds.get(name) in ("organisation", "inspectorate")
             and text.startswith(name, at) and not text[at + len(name):at + len(name) + 1].isalnum()]
    match = _THE_NOUN_RE.match(text, at) if not names else None
    found = max(names, key=len) if names else ctx.resolve_reference(match.group("noun")) if match else None
    if found is None or ctx.kinds.get(found) not in ("organisation", "inspectorate"):
        return None
    return found if found in ctx.org_speakers or ctx.full_org(found) in ctx.org_speakers else None


def voice_subject(text: str, start: int, ctx: Context) -> str | None:
    """Return the body a bare voice speaks for, given where its claim starts: the opening of the claim's sentence,
    or of the sentence before the voice's own sentence in its paragraph; else None."""
    paragraph = text.rfind("\n", 0, start) + 1
    starts = sentence_starts(text, paragraph, start)
    own = starts[-1]
    if text[own:start].strip() == "":
        return opening_body(text, own, ctx)  # "The university expects ..., a spokesperson said."
    if not any(text[own:start].lower().startswith(voice) for voice in BARE_VOICES):
        return None  # "About 140 people had called ..., a spokesperson said": no body opens it
    return opening_body(text, starts[-2], ctx) if len(starts) > 1 else None  # "X defended it. A spokesman said"
