"""A post held in a body, written before its cue with no name (`The chief executive of Norvale Water has admitted`,
`Kestrel Foods' CEO said`, `The head of the charity that runs X has told`): a person speaks, never the body (wave 36e).

The person is the one the text names with that post, in any of its spellings (`data/post_spellings.txt`: `CEO` and
`chief executive`), before or after (`post_holders`); else, where the post opens its paragraph's first sentence (a
news lead), the first person the next paragraph names who was not named before (`lead_people.lead_holder`): untitled,
or titled with the post itself (`fits_post`); a post that stands for whoever leads (`head`, `boss`, `chief`:
`data/leading_posts.txt`) takes whatever post that person holds. A describing word the holder is not given (`former`)
or a second holder keeps the older reading. A news lead's leading post with no body's name (`A HOSPITAL boss has
conceded`, wave 59n) is `lead_people`'s to read (`lead_post_holder`).
"""
from __future__ import annotations

import re

from ..vocabulary import ROLES, STANDALONE_ROLES, VOICE_ROLES, load_words

from .context import Context
from .lead_people import clause_before_name, lead_holder, lead_post_holder
from .post_holders import holders_at
from .titles import without_filler
from .words import LEADING_POSTS, MAX_POST_WORDS, POST_OPENERS

POST_SPELLINGS: tuple[tuple[str, ...], ...] = tuple(tuple(part.strip() for part in line.split("="))
                                                    for line in load_words("post_spellings"))
"""Spellings of one post (`ceo`, `chief executive`), each a tuple of lower-case phrases."""
_OWNER_RE = re.compile(r"^(?:the[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z&][\w&.\-]*){0,4}['\u2019]s?[ \t]+")
"""A capitalised owner's possessive opening a subject (`Kestrel Foods' `, `the Harbour Trust's `)."""
_SHARING: frozenset[str] = frozenset("but and".split())
"""Words that end a subject's first predicate when the cue is its second verb (`X's CEO described A, but stressed`)."""


def held_post(clause: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the post word and its describing words of a clause that is a post held in a body (`The chief executive
    of X` -> executive, (chief,); `X's CEO` -> ceo, ()), else None (a name, a title in capitals, a body's voice)."""
    sharing = clause.split()[-1:] in ([w] for w in _SHARING)
    clause = without_filler(clause)
    if " of " in clause:
        return post_of(clause.split())
    owner = _OWNER_RE.match(clause) if "'" in clause or "\u2019" in clause else None
    return _owned_post(clause[owner.end():].split(), sharing) if owner else None


def _owned_post(words: list[str], sharing: bool) -> tuple[str, tuple[str, ...]] | None:
    """Return the post after an owner's possessive (`CEO`, `interim chair`), alone or before the subject's first verb
    in lower case when the cue is the subject's second verb (`CEO described the bakery as "stretched," but`), else
    None (`CEO Tom Vane`: a name)."""
    length = next((i for i, w in enumerate(words) if w.lower() not in ROLES), len(words))
    if length < len(words) and (not words[length].islower() or not sharing):
        return None  # "Australia's medical device regulator": no post; "X's CEO described ..., but": the subject's
    return _post_words(words[:length]) if length else None


def post_of(words: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """Return the post of `the <post> of <body>` (`The chief executive of X`), else None."""
    if not words or words[0].lower() not in POST_OPENERS or "of" not in words[1:MAX_POST_WORDS + 2]:
        return None
    link = words.index("of")
    return _post_words(words[1:link]) if link + 1 < len(words) else None


def _post_words(words: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """Return the post and its describing words when every word is a role in lower case (or `CEO`), else None."""
    if not 1 <= len(words) <= MAX_POST_WORDS or not all(w.islower() or w.isupper() and len(w) > 1 for w in words):
        return None  # "The Chief Executive of X": a title in capitals (`body_titles`)
    lowered = [w.lower() for w in words]
    post = lowered[-1]
    if not all(w in ROLES for w in lowered) or post not in STANDALONE_ROLES or post in VOICE_ROLES or _plural(post):
        return None
    return post, tuple(lowered[:-1])


def _plural(word: str) -> bool:
    """Say whether a role word is a plural (`owners`, `directors`), never one person's post (`boss` is one)."""
    return word.endswith("s") and word[:-1] in ROLES


def spellings(post: str, describing: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """Return a post and its describing words in each spelling of it (`ceo` -> also executive, (chief,))."""
    phrase = " ".join(describing + (post,))
    for group in POST_SPELLINGS:
        written = next((s for s in group if phrase == s or phrase.endswith(" " + s)), None)
        if written is not None:
            extra = phrase[:len(phrase) - len(written)].split()
            return [(s.split()[-1], tuple(extra + s.split()[:-1])) for s in group]
    return [(post, describing)]


def held_holder(clause: str, text: str, at: int, ctx: Context) -> tuple[str, str] | None:
    """Return the person a post held in a body means (the module's docstring), else None."""
    post = held_post(clause)
    if post is None:
        return lead_post_holder(clause, text, at, ctx)  # "A HOSPITAL boss has conceded" (59n)
    named = {ctx.full_person(name) for written in spellings(*post) for name in holders_at(text, *written)}
    if len(named) == 1:
        return named.pop(), "person"
    return lead_holder(text, at, post, ctx, fits_post) if not named else None


def fits_post(before: str, post: tuple[str, tuple[str, ...]]) -> bool:
    """Say whether the words before a name give it no post, or the post itself (any post, for `head` alone)."""
    clause = clause_before_name(before)
    given = [w for w in clause if w in ROLES]
    if not given:
        return True
    if post[0] in LEADING_POSTS and not post[1]:
        return True
    return any(all(w in clause for w in describing + (word,)) for word, describing in spellings(*post))

