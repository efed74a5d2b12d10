"""A name like a person's that the text gives a firm's post or holding (`Brindle Works' chief executive`, `president of
Brindle Works`, `Jo Roe, Walter Brindle CEO`) is a firm's, wherever the text writes it, so that `the company` and `the
firm` then mean it (wave 61r; `data/firm_posts.txt`). A post's opening words stand for the name when the text shortens
it (`Tarnby Valley's chief executive` for `Tarnby Valley Steel`)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..vocabulary import load_words, word_search
from ..text_caches import per_text

FIRM_POSTS: frozenset[str] = load_words("firm_posts")
"""Posts and holdings only a firm has (`chief executive`, `CEO`, `president`, `shareholders`)."""
_POSTS = "|".join(sorted((re.escape(post).replace(r"\ ", r"\s+") for post in FIRM_POSTS), key=len, reverse=True))
_NAME = r"(?:[A-Z][\w&'\-]*\s+){0,3}[A-Z][\w&\-]*"
_FIRM_RE = re.compile(
    rf"(?P<owner>{_NAME})(?:['\u2019]s?\s+|\s+)(?i:{_POSTS})\b(?!\s+of\b)"
    rf"|\b(?i:{_POSTS})\s+of\s+(?:the\s+)?(?P<held>{_NAME})(?![\w'\u2019\-])(?!\s+[A-Z])")
"""A name then its post or holding (`Brindle Works' chief executive`, `Walter Brindle CEO`), or a post, `of` and a
name (`president of Brindle Works`); the name's words are read with their capitals in `firm_owners`."""


_POST_SEARCH_RE = re.compile(word_search([(FIRM_POSTS, True, False)]))
"""Finds a post in any case (the cheap test): every match of `_FIRM_RE` holds one."""


@per_text(64)
def firm_owners(text: str) -> frozenset[str]:
    """Return the names a text gives a firm's post or holding, as written (`Brindle Works`)."""
    found = set()
    for start, end in post_stretches(text):
        for match in _FIRM_RE.finditer(text, start, end):
            name = match.group("owner") or match.group("held")
            found.add(" ".join(name.split()))
    return frozenset(found)


def post_stretches(text: str) -> Iterator[tuple[int, int]]:
    """Yield the stretches between full stops that hold a post, in order (wave 62s: `_FIRM_RE` was tried at every
    place of a text). A match of `_FIRM_RE` holds only words, spaces, `&`, `-` and apostrophes, and its look-aheads
    read no other character: no match spans a full stop, and each is found in its stretch as in the whole text."""
    end = -1
    for post in _POST_SEARCH_RE.finditer(text):
        if post.start() > end:
            stop = text.find(".", post.end())
            end = len(text) if stop < 0 else stop
            yield text.rfind(".", 0, post.start()) + 1, end


def holds_firm_post(text: str, name: str) -> bool:
    """Say whether a text gives a name like a person's, or its opening words, a firm's post or holding."""
    owners = firm_owners(text)  # read once: most texts give none, and then no words need be joined (62s)
    words = name.split()
    return bool(owners) and (any(" ".join(words[:size]) in owners for size in range(len(words), 0, -1))
                             if len(words) > 1 else name in owners)
