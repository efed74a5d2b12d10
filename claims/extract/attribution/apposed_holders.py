"""A post read as a speaker is the person the text sets beside it (wave 65d): `published this week by
Registrar-General of Lands, Jo Roe` made the post the report's maker, and `the Medical Superintendent of the clinic,
Dr Jo Roe, announced ...` left a later `the Medical Superintendent said` to the post, not to Jo Roe.

A speaker whose words are a post (`the Managing Director`, `Registrar-General of Lands`: a role word before any `of`,
`for` or `at`) is the person the text writes right after the post and a comma (the post's remit between them, `of the
clinic`), or right before the post and a comma (`Jo Roe, Registrar-General of Lands`), when the text names one such
person only. A post no person is set beside keeps its reading. The step runs once, where the table's speakers are
final.
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import ROLES, VOICE_ROLES
from .place_speakers import whole_word_spots
from .records import Found, reread_speakers, speaking

MAX_POST_WORDS = 8
"""How many words a post read as a speaker may have (`Deputy Registrar-General of Lands and Deeds`)."""
MAX_NAME_CHARS = 60
"""How far a holder's name may run from the post's comma."""
_OPENER_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+")
"""A definite word opening a post read as a speaker (`the Managing Director`)."""
_REMIT_LINKS: frozenset[str] = frozenset({"of", "for", "at"})
"""Words that open a post's remit (`Registrar-General of Lands`)."""
_AFTER_POST_RE = re.compile(r"(?:[ \t]+(?:of|for|at)[ \t]+[^,.;:\n\"\u201c\u201d()]{1,80}?)?,[ \t]+")
"""After a post's words: its remit, if any (`of the clinic`), then the comma before its holder's name."""
_POSSESSIVE_RE = re.compile(r"\w['\u2019](?:s\b|(?!\w))")
"""A possessive in a speaker's words (`Shoppers' Voice`, `Acme's`): a body's name, not a post."""
_POST_CLOSE_RE = re.compile(r"[ \t]*(?:[,.;:)\n]|$)")
"""What closes a post written after its holder's comma: a mark, not more words (`Jo Roe, Acme Voice director`)."""
_BEFORE_POST_RE = re.compile(r",[ \t]+(?:[Tt]he[ \t]+)?$")
"""Before a post's words: the comma after its holder's name (`Jo Roe, the Managing Director`)."""


def holder_speakers(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker that is a post given the one person the text sets beside that post."""
    return reread_speakers(found, speaking, lambda speaker: apposed_holder(text, speaker), _given_holder)


def _given_holder(item: Found, holder: str | None) -> Found:
    """Return a row given the person holding its post, else the row as it was."""
    return item if holder is None else item._replace(speaker=holder, kind="person")


def post_words(speaker: str) -> str:
    """Return a speaker's words without a definite opener when they are a post (`Managing Director` of `the Managing
    Director`), else ``."""
    opener = _OPENER_RE.match(speaker)
    post = speaker[opener.end():] if opener else speaker
    words = post.split()
    if not words or len(words) > MAX_POST_WORDS or _POSSESSIVE_RE.search(post):
        return ""  # `Shoppers' Voice`: a body's name owning nothing is read as a post
    head = next((index for index, word in enumerate(words) if word in _REMIT_LINKS), len(words))
    role = words[head - 1].lower() if head else ""
    return post if post_role(role) and role not in VOICE_ROLES else ""


def post_role(word: str) -> bool:
    """Say whether a word names a post, whole or by its first part (`registrar-general`, `director-general`)."""
    return word in ROLES or "-" in word and word.split("-", 1)[0] in ROLES


def apposed_holder(text: str, speaker: str) -> str | None:
    """Return the one person the text sets beside a speaker that is a post, by a comma, else None."""
    post = post_words(speaker)
    if not post:
        return None
    names = set()
    for spot in whole_word_spots(text, post) + [at for at in whole_word_spots(text, post.lower())
                                                  if post.lower() != post]:
        names.update(_holders_at(text, spot, spot + len(post)))
    return names.pop() if len(names) == 1 else None


def _holders_at(text: str, start: int, end: int) -> list[str]:
    """Return the persons named right after a post written at text[start:end] and a comma, or right before it."""
    names = []
    after = _AFTER_POST_RE.match(text, end)
    if after is not None:
        mentions = find_mentions(text, after.end(), min(len(text), after.end() + MAX_NAME_CHARS))
        if mentions and mentions[0].start == after.end() and mentions[0].kind == "person":
            names.append(mentions[0].name)
    before = _BEFORE_POST_RE.search(text, max(0, start - 6), start)
    if before is not None and _POST_CLOSE_RE.match(text, end) is not None:
        mentions = find_mentions(text, max(0, before.start() - MAX_NAME_CHARS), before.start())
        if mentions and mentions[-1].end == before.start() and mentions[-1].kind == "person":
            names.append(mentions[-1].name)
    return names
