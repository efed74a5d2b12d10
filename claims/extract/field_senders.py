"""The senders a page's header field lists (wave 36f): `From: Department for Work and Pensions and Jo Roe MP`, a
government page from a department and its minister, names two parties, each of its own; the first is the page's
issuer, and the two are never one joint party read across the `and` (which left `the department` to no one).

Only a person closes such a list here: one the name reader reads as a person whose name ends in role letters
(`Jo Roe MP`, `data/post_nominals.txt`) or opens on a known given name (`given_people`), after a whole body's name.
Two bodies joined by `and` are left as they were: a body's own name may hold `and` (`Department of Housing and
Local Government`). Read by `release` (whether a `From:` field names a body) and `layout` (the masthead's issuer).
"""
from __future__ import annotations

from .entities import Mention, find_mentions
from .given_people import given_person
from .vocabulary import POST_NOMINALS

JOIN = " and "
"""What joins the last sender to the ones before it on a header field's line."""


def first_sender_end(text: str, start: int, end: int) -> int:
    """Return where the first sender a header field lists ends, when a body's name is followed by ` and ` and a
    person's (`Department for X and Jo Roe MP`); else `end`, the whole field."""
    at = text.rfind(JOIN, start, end)
    if at < 0:
        return end  # most fields name one sender
    while at > start:
        if _closing_person(text, at + len(JOIN), end) and _whole_body(text, start, at):
            return at
        at = text.rfind(JOIN, start, at)
    return end


def _closing_person(text: str, start: int, end: int) -> bool:
    """Say whether a field's words after its last ` and ` are one person's name alone (`Jo Roe MP`, `Nerys Falloway`)."""
    mention = _whole_mention(text, start, end)
    if mention is None or mention.kind != "person" or " " not in mention.name:
        return False
    return text[start:end].split()[-1].lower().replace(".", "") in POST_NOMINALS or given_person(mention.name)


def _whole_body(text: str, start: int, end: int) -> bool:
    """Say whether a field's words before a sender's ` and ` are one body's name alone (`Department for X`)."""
    mention = _whole_mention(text, start, end)
    return mention is not None and mention.kind == "org"


def _whole_mention(text: str, start: int, end: int) -> Mention | None:
    """Return the one name the words between `start` and `end` are, edge to edge, else None."""
    stripped = end - (len(text[start:end]) - len(text[start:end].rstrip()))
    mentions = find_mentions(text, start, stripped)
    if len(mentions) != 1 or mentions[0].start != start or mentions[0].end != stripped:
        return None
    return mentions[0]
