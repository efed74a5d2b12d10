"""A letter signed by two or more people above the body they act for (wave 24a): `Jo Roe and Al Key` over `Branch
secretaries, Ashby Tenants' Union`, or `Dr Jo Roe` and `Dr Al Key` each on a line over `Ashby Surgery`, speaks as that
body, never as the last signer; one signer speaks as herself (`Jo Roe` over `Chair, Save the Baths`) unless her letter
never says `I` (wave 33b, `letter_voice`).

Below `letters` (which asks it when no `on behalf of` names the body).
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text import line_end
from ..vocabulary import ROLES

SIGNER_JOIN_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+|[ \t]*,[ \t]*")
"""What parts one signature line's signers (`Jo Roe and Al Key`, `Jo Roe, Al Key`)."""
MAX_SIGNATURE_LINES = 4
"""How many lines under a letter's close may name its signers and their body."""
MAX_LINE_CHARS = 120
"""The longest signature line read for signers."""


def signers(text: str, close: int) -> int:
    """Return how many people sign a letter: the people the lines under its close open with, two to a line when
    joined by `and` or a comma (`Dr Jo Roe and Dr Al Key`), up to the first line that opens with no person."""
    count = 0
    for start, end in signature_lines(text, close):
        people = [part for part in SIGNER_JOIN_RE.split(text[start:end]) if is_person(part)]
        if not people:
            break
        count += len(people)
    return count


def joint_body(text: str, close: int, names: list[str]) -> str | None:
    """Return the body a letter signed by two or more people is sent by: the last of its signature's names
    (`names`, as `signature_bodies` gives them) that is neither people (`Colm Trask and Ivo Penn`) nor a post; else
    None."""
    if signers(text, close) < 2:
        return None
    bodies = [name for name in names if name.lower() not in ROLES and not _are_people(name) and name[:1].isupper()]
    return bodies[-1] if bodies else None


def _are_people(words: str) -> bool:
    """Say whether words are people's names joined by `and` or a comma and nothing more (`Colm Trask and Ivo Penn`)."""
    return all(is_person(part) for part in SIGNER_JOIN_RE.split(words))


def is_person(words: str) -> bool:
    """Say whether words are one person's name and nothing more (`Dr Jo Roe`), never a post (`Project Manager`)."""
    if not words.split() or words.split()[-1].lower() in ROLES:
        return False
    mentions = find_mentions(words, 0, len(words))
    return len(mentions) == 1 and mentions[0].kind == "person" and mentions[0].end == len(words.rstrip())


def signature_lines(text: str, close: int) -> list[tuple[int, int]]:
    """Return the spans of the lines under a letter's close, up to the blank line after them."""
    start = close
    while start < len(text) and text[start] in " \t\r\n":
        start += 1  # the blank lines under `Yours sincerely,`
    spans: list[tuple[int, int]] = []
    while start < len(text) and len(spans) < MAX_SIGNATURE_LINES:
        end = line_end(text, start)
        if not text[start:end].strip():
            break
        spans.append((start, min(end, start + MAX_LINE_CHARS)))
        start = end + 1
    return spans
