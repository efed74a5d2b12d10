"""A post held in a body, written before its cue with no name (`The chief executive of Norvale Water has admitted`,
`Kestrel Foods' CEO said`, `The head of the charity that runs X has told`): a person speaks, never the body (wave 36e).

The person is the one the text names with that post, in any of its spellings (`data/post_spellings.txt`: `CEO` and
`chief executive`), before or after (`post_holders`); else, where the post opens its paragraph's first sentence (a
news lead), the first person the next paragraph names who was not named before: untitled, or titled with the post
itself; a post that stands for whoever leads (`head`, `boss`, `chief`: `data/leading_posts.txt`) takes whatever post
that person holds. A describing word the holder is not given (`former`) or a second holder keeps the older reading.
Wave 59n: a news lead's leading post with no body's name, written with `a` or after a lower-case owner (`A HOSPITAL boss
has conceded`, `according to the borough's housing chief`), is read the same way, by the next paragraph's person only,
given no post or a leader's (`data/leading_holder_posts.txt`); any other post (`A coroner`) is `post_holders`' to read.
"""
from __future__ import annotations

import re
from typing import Callable

from ..entities import find_mentions
from ..vocabulary import ROLES, STANDALONE_ROLES, VOICE_ROLES, load_words

from .context import Context
from .post_holders import holders_at
from .titles import without_filler
from .words import POST_OPENERS

LEADING_POSTS: frozenset[str] = load_words("leading_posts")
"""Posts that stand for whoever leads a body (`the head of X`), whatever the holder's own post."""
LEADING_HOLDER_POSTS: frozenset[str] = load_words("leading_holder_posts")
"""The posts a news lead's leading post (`A HOSPITAL boss`) may stand for in the holder named after it (wave 59n)."""
POST_SPELLINGS: tuple[tuple[str, ...], ...] = tuple(tuple(part.strip() for part in line.split("="))
                                                    for line in load_words("post_spellings"))
"""Spellings of one post (`ceo`, `chief executive`), each a tuple of lower-case phrases."""
MAX_POST_WORDS = 4
"""A post's words: `interim chief executive`, `new managing director`."""
_OWNER_RE = re.compile(r"^(?:the[ \t]+)?[A-Z][\w&.\-]*(?:[ \t]+[A-Z&][\w&.\-]*){0,4}['\u2019]s?[ \t]+")
"""A capitalised owner's possessive opening a subject (`Kestrel Foods' `, `the Harbour Trust's `)."""
_SHARING: frozenset[str] = frozenset("but and".split())
"""Words that end a subject's first predicate when the cue is its second verb (`X's CEO described A, but stressed`)."""
_LINE_RE = re.compile(r"\S[^\n]*")
"""The next line that holds words: the paragraph after a lead."""


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


_LEAD_POST_RE = re.compile(r"^(?:(?:[Aa]|[Aa]n|AN)[ \t]+|[Tt]he[ \t]+[a-z\-]+['\u2019]s[ \t]+)"
                           r"(?P<post>[\w\-]+(?:[ \t]+[\w\-]+){0,3})$")
"""A post a news lead writes with no body's name: `A HOSPITAL boss`, `the borough's housing chief` (wave 59n)."""


def lead_post(clause: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the post word of a leading post (`data/leading_posts.txt`) written with `a` or after a lower-case owner's
    possessive (`A HOSPITAL boss` -> boss, ()), with no describing words (the holder is read by the post word only), else
    None."""
    match = _LEAD_POST_RE.match(without_filler(clause).strip())
    words = match.group("post").split() if match is not None else []
    if not words or len(words) > MAX_POST_WORDS or not all(w.islower() or w.isupper() for w in words):
        return None  # "a Harbour Trust director": a body's name before the post
    post = words[-1].lower()
    return (post, ()) if post in LEADING_POSTS else None  # "A coroner", "a senior police officer": `post_holders`


def held_holder(clause: str, text: str, at: int, ctx: Context) -> tuple[str, str] | None:
    """Return the person a post held in a body means (the module's docstring), else None."""
    post = held_post(clause)
    if post is None:
        lead = lead_post(clause)
        return _lead_holder(text, at, lead, ctx, lead_fits) if lead is not None else None
    named = {ctx.full_person(name) for written in spellings(*post) for name in holders_at(text, *written)}
    if len(named) == 1:
        return named.pop(), "person"
    return _lead_holder(text, at, post, ctx) if not named else None


def _lead_holder(text: str, at: int, post: tuple[str, tuple[str, ...]], ctx: Context,
                 fits: Callable[[str, tuple[str, tuple[str, ...]]], bool] | None = None) -> tuple[str, str] | None:
    """Return the first person the next paragraph names when the post opens its paragraph's first sentence."""
    opening = text.rfind("\n", 0, at) + 1
    if re.search(r"[.!?][\"'\u201d\u2019]?[ \t]", text[opening:at]):
        return None  # not the paragraph's first sentence
    end = text.find("\n", at)
    following = _LINE_RE.search(text, end) if end >= 0 else None
    if following is None:
        return None
    for mention in find_mentions(text, following.start(), following.end()):
        if mention.kind != "person" or before_post(text, mention.end):
            continue  # "Kirkbridge Active chief executive Jo Roe": the employer before her post, never a person
        if mention.name in text[:at] or not (fits or fits_post)(text[following.start():mention.start], post):
            return None
        return ctx.add(mention), "person"
    return None


def before_post(text: str, end: int) -> bool:
    """Say whether a role in lower case follows a name (`X chief executive Jo Roe`): the name is the post's body."""
    following = text[end:end + 30].split()
    return bool(following) and following[0].islower() and following[0] in ROLES


def fits_post(before: str, post: tuple[str, tuple[str, ...]]) -> bool:
    """Say whether the words before a name give it no post, or the post itself (any post, for `head` alone)."""
    clause = re.split(r"[,;:(]", before)[-1].lower().split()
    given = [w for w in clause if w in ROLES]
    if not given:
        return True
    if post[0] in LEADING_POSTS and not post[1]:
        return True
    return any(all(w in clause for w in describing + (word,)) for word, describing in spellings(*post))


def lead_fits(before: str, post: tuple[str, tuple[str, ...]]) -> bool:
    """Say whether the words before a name give it no post or a post of one who leads (`data/leading_holder_posts.txt`):
    never a union organiser for `A HOSPITAL boss` (wave 59n); `post` is the lead's leading post, any of them alike."""
    clause = re.split(r"[,;:(]", before)[-1].lower().split()
    given = [w for w in clause if w in ROLES]
    return not given or any(w in LEADING_HOLDER_POSTS for w in given)
