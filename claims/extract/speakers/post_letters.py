"""A post's letters as a cue's subject (`the EO said`, `The COO said`) after the post written out in capitals before
one person's name (`Executive Officer Tmt. R. Kamala`, `Chief Operating Officer Dana Pruitt`, wave 42d): that person
speaks, never a body called by the letters."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import ROLES

from .context import Context

LETTERS_RE = re.compile(r"[A-Z]{2,4}")
"""A post's letters: two to four capitals (`EO`, `COO`)."""
MAX_GAP = 12
"""How many characters of honorifics may stand between a post and its holder's name (`Tmt. `)."""


def post_letters_holder(text: str, raw: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the one person named right after a post whose capitalised words' initials spell a subject's letters
    (`the EO` after `Executive Officer Tmt. R. Kamala`) and ends on a role's word, on the same line, else None."""
    if len(raw) != 2 or raw[0].lower() != "the" or LETTERS_RE.fullmatch(raw[1]) is None:
        return None
    post = re.compile(r"\b" + r"\s+".join(f"{letter}[a-z]+" for letter in raw[1]) + r"\s+")
    holders = set()
    for found in post.finditer(text):
        if found.group().split()[-1].lower() not in ROLES or "\n" in found.group():
            continue  # "Data Protection Commission": a body's name, never a post
        mentions = find_mentions(text, found.end(), min(len(text), found.end() + 60))
        if mentions and mentions[0].kind == "person" and mentions[0].start - found.end() <= MAX_GAP \
                and "\n" not in text[found.end():mentions[0].start]:
            holders.add(ctx.add(mentions[0]))
    return (holders.pop(), "person") if len(holders) == 1 else None
