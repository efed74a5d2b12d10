"""A news lead's speaker described as one person before the text names them (wave 59d): `A HOSPITAL boss has conceded
wards are fuller than ever ...` then `Jo Roe, the chief executive of X, told governors`; `A Dunford Water Trust
leader has said ...` then `Al Ash, Chief Executive of X, ...`; `A Marshby woman says ...` then `Ada Brell (52)
has complained ... but says`. The description is the person whose full name opens the very next paragraph, in a
sentence that reports them (a cue: `told`, `reported`, `says`); a person named there without one is someone the lead
tells of (`A coroner has warned ...` then `Kenneth Ashdown, 81, fell at his home`), and so is one when the lead
itself tells of another person it describes (`A coroner has said ... after an 84-year-old man who fell`). Read only in
a lead,
before anyone has spoken, for an indefinite description ending on a person's noun (never a spokesperson's: a body's
voice is not the person named next); otherwise the description is read as before. The person counterpart of
`lead_bodies` and `described_leads`."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..text import line_end, past_space
from ..vocabulary import CUE_VERBS, DESCRIBED_PEOPLE, PLACED_PEOPLE, STANDALONE_ROLES, VOICE_ROLES, load_words

from .context import Context

LEAD_PERSON_NOUNS: frozenset[str] = load_words("lead_person_nouns") | DESCRIBED_PEOPLE | PLACED_PEOPLE | STANDALONE_ROLES
"""Nouns that end a lead's description of one person (`boss`, `woman`, `leader`, `tenant`, `driver`)."""
MAX_DESCRIPTION_WORDS = 6
"""The words of a lead's description, its article included (`A Dunford Water Trust leader`)."""
OPENING_SPAN = 80
"""How far into the next paragraph the person's name may reach."""
_STOP_RE = re.compile(r"[.!?](?=\s|$)")
"""A sentence's full stop."""
_WORD_STRIP = ".!?,;:()\"'\u2018\u2019\u201c\u201d"
"""Punctuation around a word of the sentence, its full stop too (`the death of a woman.`, 60m)."""


def lead_person(text: str, end: int, raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the person whose full name opens the paragraph after a lead's indefinite description of one person
    (`A hospital boss has conceded`), else None."""
    if not 2 <= len(words) <= MAX_DESCRIPTION_WORDS or words[0] not in ("a", "an") or not raw[-1].isalpha() \
            or words[-1] not in LEAD_PERSON_NOUNS or words[-1] in VOICE_ROLES \
            or ctx.org_speakers or ctx.last_speaker is not None:
        return None
    if _tells_of_another(text, end):
        return None  # "A coroner has said ... an 84-year-old man who fell": the person named next may be either
    named = _opening_person(text, end)
    if named is None or _named_before(text, end, named.name):
        return None  # "Ada Brell opened the ward. A HOSPITAL boss has admitted ...": a writer who knew her would name her
    return ctx.add(named), "person"


def _named_before(text: str, end: int, name: str) -> bool:
    """Say whether the text names the person before the lead's paragraph (`held_posts` reads a lead's post so too)."""
    return text.find(name, 0, text.rfind("\n", 0, end) + 1) >= 0


def _tells_of_another(text: str, end: int) -> bool:
    """Say whether the lead's paragraph, from its cue on, describes another person (`an 84-year-old man`, `a Boston
    grandfather`)."""
    words = [word.strip(_WORD_STRIP).lower() for word in text[end:line_end(text, end)].split()]
    return any(word in ("a", "an") and any(later in LEAD_PERSON_NOUNS or later.endswith("-year-old")
                                           for later in words[index + 1:index + 1 + MAX_DESCRIPTION_WORDS])
               for index, word in enumerate(words))


def _opening_person(text: str, end: int) -> Mention | None:
    """Return the person whose name of two words or more opens the paragraph after the one holding `end`, else None."""
    stop = text.find("\n", end)
    if stop < 0:
        return None  # the lead is the text's last paragraph: nobody named after it
    opening = past_space(text, stop)
    mentions = find_mentions(text, opening, min(len(text), opening + OPENING_SPAN))
    if not mentions or mentions[0].start != opening or mentions[0].kind != "person" or len(mentions[0].name.split()) < 2:
        return None
    return mentions[0] if _reports(text, mentions[0].end) else None


def _reports(text: str, at: int) -> bool:
    """Say whether the sentence going on from `at` holds a cue (`, the chief executive of X, told governors`)."""
    full_stop = _STOP_RE.search(text, at)
    stop = min(line_end(text, at), full_stop.start() if full_stop else len(text))
    return any(word.strip(_WORD_STRIP).lower() in CUE_VERBS for word in text[at:stop].split())
