"""An elected member's post set off after the member's name (`Jo Roe, Eastwick Labour MSP, said`, `Tom Hale,
Westfield AM, said`): the post describes the person before it. The name finder reads such a post as a second
person (`Eastwick Labour` with role letters) or as a body (`Westfield AM`), so the post is told apart here by its
capital role letters, and the person named before it speaks."""
from __future__ import annotations

import re

from ..vocabulary import ROLES, SINGULAR_POSSESSIVES

from .clauses import ends_with_name
from .words import MEMBER_LETTERS
_PLACE_LINKS: frozenset[str] = frozenset(("for", "of"))
"""Words after the letters that name the member's seat (`Labour AM for Westfield`)."""


def member_letters_at(words: list[str]) -> int:
    """Return where a post's capital role letters stand among its words (`North Vale Labour MLA` -> 3), else -1."""
    for index, word in enumerate(words):
        if word.isupper() and word.lower() in MEMBER_LETTERS:
            return index
    return -1


def is_member_post(clause: str) -> bool:
    """Say whether a clause is an elected member's post: capitalised place or party words, then the role letters,
    then at most a seat (`Eastwick Labour MSP`, `Labour AM for Westfield`); lower-case letters are no post."""
    words = clause.split()
    at = member_letters_at(words[:6])
    if at < 1 or not all(w[:1].isupper() for w in words[:at]):
        return False  # "MP" alone has no place or party; "the Westfield MP" is `is_party_post`'s
    rest = words[at + 1:]
    return not rest or rest[0] in _PLACE_LINKS and len(rest) <= 4


def is_party_post(clause: str) -> bool:
    """Say whether a clause is a post named by a party or place in capitals between an article and the role
    (`the Westfield Green Party councillor`), a description no other name stands in."""
    words = clause.split()
    return 3 <= len(words) <= 7 and words[0] in ("the", "a") and words[-1].lower() in ROLES \
        and all(w[:1].isupper() and not w.endswith(SINGULAR_POSSESSIVES) for w in words[1:-1])


_PARTY_SEAT_RE = re.compile(r"[ \t]*(?:the|a|an)[ \t]+(?:[a-z\-]+[ \t]+){0,2}[A-Z][a-z]+[ \t]+(?:on|of|in)[ \t]+(?:the[ \t]+)?[A-Z]")
"""A member named by party and the body they sit on (`the ranking Republican on the House Health Committee`,
`the only Green on Westfield Council`)."""


def is_party_seat(clause: str) -> bool:
    """Say whether a clause names a member by party and the body they sit on (`the ranking Republican on the X
    Committee`): a description of the person before it, never the body speaking."""
    return _PARTY_SEAT_RE.match(clause) is not None


def member_post_after_name(text: str, post: tuple[int, int], before: tuple[int, int]) -> bool:
    """Say whether a clause is a member's post set off right after a person's name (`Jo Roe, Westfield AM,`)."""
    clause = text[slice(*post)]
    return (is_member_post(clause) or is_party_post(clause) or is_party_seat(clause)) and ends_with_name(text, *before)
