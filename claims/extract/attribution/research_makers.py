"""A text that says whose research it reports (`according to fresh research by the pollsters X`, `Research
published by X shows`) gives that maker the survey, poll, analysis, findings or data it then reports with no maker of
its own words (`In a poll released on Monday, ...`, `X's analysis ... shows` read at a sentence's start as a lower-case
document, `According to the data the charity has gathered`): the annotation guide's "the trust's annual report shows"
is the trust (wave 65g). A text naming two such makers, or none, leaves the row as it was."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..speakers.words import NAME_RUN
from ..vocabulary import ARTICLES, load_words

RESEARCH_KINDS: frozenset[str] = load_words("research_kinds")
"""Nouns of the pieces research is reported in (`survey`, `analysis`, `data`)."""
_RESEARCH_RE = re.compile(r"\b[Rr]esearch(?:[ \t]+(?:published|conducted|carried[ \t]+out))?[ \t]+(?:by|from)[ \t]+"
                          r"(?:the[ \t]+(?:[a-z]+[ \t]+)?)?")
"""`research by`/`from`, a making participle between (`research published by`), and a lower-case trade before the
maker's name (`by the pollsters`)."""
_NAME_WORDS_RE = re.compile(rf"(?:[a-z]+(?=[A-Z]))?{NAME_RUN}")
"""Capitalised words (`words.NAME_RUN`, 66x), the first maybe holding a capital past its first letter (`nfpSynergy`),
that the name reader takes for no name out of a cue's reach (`research published by Tallow Debt Aid shows`)."""
_KIND_REACH = 3
"""How many words, from a row's first, its research noun may stand at (`the new survey`, `r3's analysis`)."""
_NAME_REACH = 80


def research_row(speaker: str) -> bool:
    """Say whether a speaker is a piece of research named by its noun, not by a title (`the poll`, `data the
    charity has gathered from letting agents`; never `Annual Tenants Survey`)."""
    words = speaker.split()
    words = words[1:] if words and words[0].lower() in ARTICLES else words
    if not words or not words[0][:1].islower():
        return False
    return any(word.lower() in RESEARCH_KINDS for word in words[:_KIND_REACH])


def research_maker(text: str, speaker: str) -> Mention | None:
    """Return the one maker the text names for its research, for a speaker that is a piece of research; else None."""
    if not research_row(speaker):
        return None
    makers = {maker.name: maker for match in _RESEARCH_RE.finditer(text)
              if (maker := _named_at(text, match.end())) is not None}
    return next(iter(makers.values())) if len(makers) == 1 else None


def _named_at(text: str, start: int) -> Mention | None:
    """Return the name that opens text[start:], read as a name or as its capitalised words; else None."""
    mentions = [m for m in find_mentions(text, start, min(len(text), start + _NAME_REACH))
                if m.kind in ("org", "person")]
    if mentions and mentions[0].start == start:
        return mentions[0]
    word = _NAME_WORDS_RE.match(text, start)
    return None if word is None else Mention(start, word.end(), word.group(), "org")
