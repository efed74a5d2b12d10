"""Turn labels that are a post (`Secretary for Security:`, `Chief Executive:`), as a government's transcripts write
them under an introduction naming the holder (`remarks by the Secretary for Security, Mr Jo Roe, at ...`): the turn is
that one person's (wave 54f)."""
from __future__ import annotations

import re

from .entities import Mention, find_mentions
from .vocabulary import ROLE_WORDS

POST_JOINERS: frozenset[str] = frozenset("for of and the".split())
"""Lower-case words a post's remit may hold (`Secretary for Financial Services and the Treasury`)."""
MAX_POST_WORDS = 10
"""A post written as a label is a few words."""
HOLDER_GAP_RE = re.compile(r",?[ \t]+")
"""What stands between a post and its holder's name: a comma and a space (`the Secretary for Security, Mr Roe`), or a
space (`Secretary for Security Jo Roe`)."""
HOLDER_CHARS = 60
"""How far after the post its holder's name is read."""


def is_post(label: str) -> bool:
    """Say whether a label is a post alone: role words (`Chief Executive`), perhaps then a remit of capitalised words
    and joining words (`Secretary for Security`), naming nobody (`Mayor Ortega` is a person's)."""
    words = label.split()
    joiner = next((i for i, w in enumerate(words) if w in POST_JOINERS), len(words))
    return 0 < joiner <= len(words) <= MAX_POST_WORDS and all(w.lower() in ROLE_WORDS for w in words[:joiner]) \
        and all(w[:1].isupper() and w.replace("-", "").isalpha() or w in POST_JOINERS for w in words) \
        and words[-1] not in POST_JOINERS


def post_holder(text: str, label: str, start: int) -> Mention | None:
    """Return the one person the text names right after a label's post elsewhere (`the Secretary for Security, Mr
    Lai Tung-kwok,`): None when the label is no post, or the text names nobody or two people with it."""
    if not is_post(label):
        return None
    holders: dict[str, Mention] = {}
    for found in re.finditer(r"\b%s\b" % re.escape(label), text):
        if found.start() == start:
            continue  # the label itself
        gap = HOLDER_GAP_RE.match(text, found.end())
        if gap is None:
            continue
        mentions = find_mentions(text, gap.end(), min(len(text), gap.end() + HOLDER_CHARS))
        if mentions and mentions[0].kind == "person" and mentions[0].start <= gap.end() + len("Mrs "):
            holders.setdefault(mentions[0].name, mentions[0])
    return next(iter(holders.values())) if len(holders) == 1 else None
