"""Who puts out an open letter (wave 39a): a letter whose introduction says a body organised it (`The letter,
organised by the X Federation, is published below`, `coordinated by the network X`), or whose `From:` header above the
salutation names a body (`From: X Guild, Branch 12`), speaks as that body; so does a letter signed by people of two
bodies or more when the release's contact line names a body of its own (`Contact: Jo Roe, X Alliance`): the
organiser, never the first signer, her club or the outlet.

Below `letters` (which asks it before reading `on behalf of` and joint signatures).
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text import Block

ORGANISED_RE = re.compile(r"\b(?:letter|statement)\b[^.\n]{0,120}?\b(?:organi[sz]ed|co-?ordinated|convened|drafted"
                          r"|drawn[ \t]+up|initiated)[ \t]+by[ \t]+(?:the[ \t]+)?")
"""An introduction naming who organised a letter (`The letter, organised by the`, `the statement, coordinated by`)."""
FROM_BODY_RE = re.compile(r"From[ \t]*:[ \t]*(?P<body>[^\n]{3,100}?)[ \t]*$", re.MULTILINE)
"""A `From:` header above a letter's salutation: `From: Ostley Bellringers' Guild, Branch 12`."""
CONTACT_LINE_RE = re.compile(r"(?:(?:Media|Press)[ \t]+)?[Cc]ontacts?[ \t]*:[ \t]*")
"""A release's contact line: `Contact: Nell Ormsby, Carrow Valley Rowing Alliance, 0161 496 0455`."""
NAME_RUN_RE = re.compile(r"(?:[A-Z][\w\u2019'&.\-]*|and|of|for|the|&)(?:[ \t]+(?:[A-Z][\w\u2019'&.\-]*|and|of|for|the|&))*")
"""A body's name written out, joined words and all (`Writers\u2019 and Performers\u2019 Guild`)."""
NEAR_CHARS = 40
"""How far after `organised by` the organiser's name may start (`the interfaith network X`)."""


def organiser(text: str, intro: list[Block], signers: int, bodies: list[str]) -> str | None:
    """Return the body a letter's introduction (`intro`, the blocks above its salutation) says puts it out: its `From:`
    header's body, the body it was `organised by`, else, for a letter of two signers or more (`signers`) whose
    signature names none of it (`bodies`), the body on the release's contact line; else None."""
    return _from_body(text, intro) or _organised_by(text, intro) \
        or (_contact_body(text, intro, bodies) if signers >= 2 else None)


def _from_body(text: str, intro: list[Block]) -> str | None:
    """Return the body a `From:` header names on a line of its own (`From: X Guild, Branch 12`), else None (a person:
    `From: Jo Roe, Chief Executive`)."""
    for block in intro:
        header = FROM_BODY_RE.match(text, block.body, block.end)
        if header is None:
            continue
        body = header.group("body")
        mentions = find_mentions(body, 0, len(body))
        if mentions and mentions[0].kind == "org" and mentions[0].start == 0 \
                and not any(mention.kind == "person" for mention in mentions):
            return body
    return None


def _organised_by(text: str, intro: list[Block]) -> str | None:
    """Return the body an introduction says organised the letter (`The letter, organised by the X Guild (XG), ...`),
    written out whole (`Writers\u2019 and Performers\u2019 Guild`), else None (`sent by text message`)."""
    for block in intro:
        for organised in ORGANISED_RE.finditer(text, block.body, block.end):
            stop = min(block.end, organised.end() + NEAR_CHARS + 80)
            bodies = [m for m in find_mentions(text, organised.end(), stop)
                      if m.kind == "org" and m.start - organised.end() <= NEAR_CHARS]
            if bodies:
                return _written_out(text, organised.end(), bodies[0].end) or bodies[0].name
    return None


def _written_out(text: str, start: int, end: int) -> str | None:
    """Return the words from `start` to a name's end when they are one name written out (capitalised words joined by
    `and` or `of`), else None (`the interfaith network X`: the mention alone)."""
    words = text[start:end]
    run = NAME_RUN_RE.fullmatch(words)
    return words if run is not None and words[:1].isupper() else None


def _contact_body(text: str, intro: list[Block], bodies: list[str]) -> str | None:
    """Return the body a release's contact line names after its person (`Contact: Jo Roe, X Alliance, 0161 ...`) when
    the letter's signature does not name it, else None."""
    for block in intro:
        contact = CONTACT_LINE_RE.match(text, block.body, block.end)
        if contact is None:
            continue
        mentions = find_mentions(text, contact.end(), block.end)
        if len(mentions) >= 2 and mentions[0].kind == "person" and mentions[1].kind == "org" \
                and mentions[1].name not in bodies:
            return mentions[1].name
    return None
