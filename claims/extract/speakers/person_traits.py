"""What a text said of a person before a description of them (wave 54b): the posts it gave them (`Harbour Rovers
manager Aldo Pike`, `Aldo Pike was sacked as Rovers manager`) and their age (`Aldo Pike, 34,`). A description
(`The Labour MP said`, `The 58-year-old said`) that fits none of them is someone else."""
from __future__ import annotations

import re

from ..vocabulary import DESCRIBED_PEOPLE, HONORIFICS, ROLES

from .context import Context
from .held_posts import POST_SPELLINGS
from .words import LEADING_POSTS, TITLE_WORDS

_AS_POST_RE = re.compile(r"[ \t]as[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?(?:[A-Z][\w'\u2019&-]*[ \t]+){0,4}"
                         r"(?P<post>[a-z]+(?:[ \t]+[a-z]+){0,2})")
"""A post a sentence gives its subject with `as` (`was sacked as Harbour Rovers manager`, `elected as the Labour
MP`)."""
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
_AGE_AFTER = r"(?:,[ \t]+|[ \t]+\()(?P<age>\d{1,3})[,)]"
"""An age set off after a name: `, 34,`, ` (34)`."""
_AGE_BEFORE = r"(?P<age>\d{1,3})-year-old[ \t]+(?:[a-z]+[ \t]+)?"
"""An age before a name, with at most one word between: `34-year-old `, `34-year-old striker `."""


def said_posts(text: str, person: str, before: int, ctx: Context) -> set[str]:
    """Return the posts the text gave a person before an offset, lower case (`manager`, `chief executive`): the titles
    written with the name and the posts `as` gives them in the sentence that names them."""
    posts = {title for title, name in ctx.titles.items() if name == person and title not in HONORIFICS}
    for at in _mentions(text, person, before):
        end = _SENTENCE_END_RE.search(text, at, before)
        match = _AS_POST_RE.search(text, at, end.start() if end else before)
        post = _role_words(match.group("post")) if match else ""
        if post:
            posts.add(post)
    return posts


def said_ages(text: str, person: str, before: int) -> set[str]:
    """Return the ages the text gave a person before an offset, by full name or surname (`Aldo Pike, 34,`, `Pike (34)`,
    `34-year-old Aldo Pike`)."""
    parts = person.split()
    name = rf"\b(?:{re.escape(' '.join(parts[:-1]))}[ \t]+)?{re.escape(parts[-1])}\b" if parts else re.escape(person)
    return {match.group("age") for pattern in (name + _AGE_AFTER, _AGE_BEFORE + name)
            for match in re.finditer(pattern, text[:before])}


def post_fits(post: str, posts: set[str]) -> bool:
    """Say whether a description's post fits one the person was given: the same post in any spelling, or a post that
    stands for whoever leads (`boss`, `chief`) against a post held (`governor`), never against a person described
    (`pensioner`)."""
    keys = post_keys(post)
    return any(keys & post_keys(given) or _held(given) and keys & LEADING_POSTS
               or given in LEADING_POSTS and any(_held(key) for key in keys) for given in posts)


def post_keys(post: str) -> set[str]:
    """Return the words a post is known by, lower case: its last word in full (`Gov` -> `governor`) and the first
    spelling of its spellings (`chief executive`, `CEO` -> `ceo`)."""
    words = post.lower().split()
    if not words:
        return set()
    head = TITLE_WORDS.get(words[-1], words[-1])
    phrase = " ".join(words[:-1] + [head])
    return {head} | {spellings[0] for spellings in POST_SPELLINGS if phrase in spellings or head in spellings}


def _held(post: str) -> bool:
    """Say whether a post is one held in a body, not a word describing a person (`pensioner`, `victim`)."""
    head = post.split()[-1] if post.split() else ""
    return head in ROLES and head not in DESCRIBED_PEOPLE


def _role_words(words: str) -> str:
    """Return the role words opening a phrase (`manager on` -> `manager`), `` when it opens with none."""
    kept: list[str] = []
    for word in words.split():
        if word not in ROLES:
            break
        kept.append(word)
    return " ".join(kept)


def _mentions(text: str, person: str, before: int) -> list[int]:
    """Return where each mention of a person's full name before an offset ends."""
    return [match.end() for match in re.finditer(re.escape(person), text[:before])]
