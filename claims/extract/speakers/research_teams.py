"""The people of a study named by where they work (wave 32e): after `researchers at X`, `a team at X` or `a study led
by scientists from X`, a bare `The researchers found` or `the team found` is the one body the text names as their
place, which speaks as itself; two such bodies, or none, leave the words unresolved as before. Wave 53a: a bare
`The paper finds`, the study's write-up in a journal, is that one body too.

The text is read for such places once (cached per text), and only when a cue's subject is such a bare noun."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..text_caches import per_text
from ..vocabulary import load_words

from .body_traits import sole_body
from .context import Context

RESEARCH_PEOPLE = load_words("research_people")
"""Nouns for a study's people (`researchers`, `team`), read from `data/research_people.txt`."""
RESEARCH_PAPERS = load_words("research_papers")
"""Nouns for a study's write-up (`paper`), read from `data/research_papers.txt`."""
_PLACE_RE = re.compile(r"\b(?:%s|research team) (?:at|from) (?:the )?(?=[A-Z])" % "|".join(sorted(RESEARCH_PEOPLE)),
                       re.IGNORECASE)
"""A study's people, then `at` or `from` and the capitalised name of where they work."""
_NAME_SPAN = 120
"""How far after `at` a workplace's name is read."""


def team_body(words: list[str], ctx: Context) -> str | None:
    """Return the one body the text names as the place of its study's people, registered, when the subject is bare
    `the researchers`, `the team` or `the paper`; else None: another subject, no such place, or two."""
    if len(words) != 2 or words[0] != "the" or (words[1] not in RESEARCH_PEOPLE and words[1] not in RESEARCH_PAPERS):
        return None
    place = sole_body(research_places(ctx.text))
    if place is None:
        return None  # "researchers at X and scientists from Y ... the team": either's people
    return ctx.add(place)


@per_text(8)
def research_places(text: str) -> tuple[Mention, ...]:
    """Return the bodies a text names right after a study's people and `at` or `from` (`researchers at X`)."""
    places = []
    for found in _PLACE_RE.finditer(text):
        mentions = find_mentions(text, found.end(), min(len(text), found.end() + _NAME_SPAN))
        if mentions and mentions[0].start == found.end() and mentions[0].kind == "org":
            places.append(mentions[0])
    return tuple(places)
