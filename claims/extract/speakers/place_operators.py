"""The party that runs or owns a named place (wave 53b): `Boyne Valley Airport will handle 9.4 million passengers, the
airport's operator has confirmed.` `The owners of Bridgefield Shopping Centre have confirmed a refurbishment.` The place
(the airport, the shopping centre) is no speaker: its operator or owner speaks, and a news report names that party as
the subject opening its next paragraph, writing the place again in that sentence (`Boyne Airport Company (BAC), the
company that runs the airport, said ...`, `Lusmagh Property Holdings, which bought the centre in 2021, said ...`).

- A subject's last clause reading `the X's operator` (a possessive place noun) or `the owners of X` names the place by
  its last word (`airport`, `Centre`).
- The party is the body opening the next paragraph, when that paragraph's first sentence writes the place's word
  again and the body is not the place; else the subject is left to the rules after (no guess: `its owner` names no
  place to check).
"""
from __future__ import annotations

import re

from ..entities import Mention, first_mention
from ..text import line_end, past_space, split_sentences
from ..vocabulary import load_words, verb_alternation

from .context import Context, Who

OPERATING_PARTIES: frozenset[str] = load_words("operating_parties")
"""Nouns for the party that runs or owns a place (`operator`, `owners`; `data/operating_parties.txt`)."""
_NOUNS = verb_alternation(OPERATING_PARTIES)
"""Those nouns as a regex alternation, longest first."""
OPERATED_PLACE_RE = re.compile(
    rf"(?:[Tt]he[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}(?P<owner>[a-z\-]+)['\u2019]s[ \t]+(?:{_NOUNS})"
    rf"|[Tt]he[ \t]+(?:{_NOUNS})[ \t]+of[ \t]+(?P<place>[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){{0,5}})"
    rf"(?:[ \t]+(?:in|at|on)[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)?)[ \t]*")
"""A subject clause naming a place's operator or owner: `the airport's operator`, `The owners of Bridgefield Shopping
Centre in Tullamore`."""


def place_operator(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return the body that runs or owns the place a subject names (`the airport's operator`), named as the subject of
    the next paragraph; else None."""
    clause = text.rfind(",", start, end) + 1 or start
    clause += len(text[clause:end]) - len(text[clause:end].lstrip())
    match = OPERATED_PLACE_RE.fullmatch(text, clause, end)
    if match is None:
        return None
    place = match.group("owner") or match.group("place").split()[-1]
    body = _next_subject(text, end, place, text[clause:end])
    if body is None:
        return None
    name = ctx.add(body)
    return Who(name, ctx.kind_of(name), clause)


def _next_subject(text: str, at: int, place: str, subject: str) -> Mention | None:
    """Return the body mention opening the paragraph after offset `at` when that paragraph's first sentence writes the
    place's word again and the body is not named in the subject; else None."""
    gap = text.find("\n\n", at)
    if gap < 0:
        return None
    opening = past_space(text, gap)
    sentences = split_sentences(text, opening, line_end(text, opening))
    if not sentences:
        return None
    first = sentences[0]
    opener = first_mention(text, *first)
    body = opener if opener is not None and opener.start == opening and opener.kind == "org" else None
    if body is None or body.name in subject \
            or re.search(rf"\b{re.escape(place.lower())}\b", text[first[0]:first[1]].lower()[body.end - first[0]:]) is None:
        return None
    return body
