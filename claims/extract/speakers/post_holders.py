"""14a: a post written for a person the text names (`the minister`, `its chief executive`, `Chief Executive`): the one
person the text names with that post, in any of the ways writers tie a post to a name (`Housing Minister Ann Roe`,
`Housing Minister, Ann Roe,`, `Ann Roe, the housing minister,`), before or after; two such people leave the text's
words as they were (wave 8: a post of two holders keeps its words), unresolved since wave 59n (either may speak)."""
from __future__ import annotations

import functools
import re
from typing import Iterable

from ..entities import is_person_name
from ..vocabulary import ADDRESS_STYLES, ROLES, VOICE_ROLES

from .context import Context

POST_DETERMINERS: frozenset[str] = frozenset("the its their his her our this".split())
"""Words that open a post written for a known person (`the minister`, `its chief executive`)."""
INDEFINITES: frozenset[str] = frozenset("a an".split())
"""Words that open a post a news lead writes before it names the holder (`A coroner has said ...`, then `area coroner
Jo Roe said`): the one holder the text names after it, never one named before (another holder, then)."""
_STYLES = "|".join(sorted((style.capitalize() for style in ADDRESS_STYLES), key=len, reverse=True))
_STYLE = r"(?:(?:the|The)[ \t]+)?(?:%s)\.?[ \t]+" % _STYLES
"""A style of address before a holder's name (`the Honourable `, `Hon. `, wave 39e)."""
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Coun|Councillor|Sir|Dame|Prof|Professor)\.?[ \t]+)?"
"""An honorific before a holder's name, if any (`Dr `, `Cllr `)."""
_HONOURS = rf"(?:{_STYLE})?{_HONORIFIC}"
"""What may stand before a holder's name: a style of address, then an honorific, each if any."""
_STYLED = _STYLE + _HONORIFIC
"""A style of address, then an honorific if any, before a holder's name (`the Hon. `), which ends a post's remit
written with no comma (wave 59n: `the Minister of Harbours and Ferries the Hon. Jo Roe`)."""
_NAME = r"(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,2})"
_WORD = r"[\w'\u2019\-]+"
_PLACE = (r"[ \t]+(?:with[ \t]+responsibility[ \t]+for|responsible[ \t]+for|for|of|at|in(?=[ \t]+the[ \t]))"
          r"(?:[ \t]+the)?[ \t]+[A-Z][\w'\u2019\-]*(?:,?[ \t]+(?:and|of|the|[A-Z][\w'\u2019\-]*)){0,7}")
"""Where a post is held, or its remit, between it and a name set off after it: `Area coroner for Greater Manchester
East, Jo Roe,`; a remit of several fields (wave 52f): `Minister with responsibility for Information, Sport and Special
Projects, Hon. Jo Roe,`; the body it is held in (wave 59n): `State Minister in the Ministry of Water, Jo Roe,`."""


_OWNER_RE = re.compile(r"the[ \t]+[a-z\-]+['\u2019]s[ \t]+")
"""A body's possessive before a post (`the trust's `, `the province's `): whose post it is, no describing word (23a)."""


def post_of(speaker: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the post word and its describing words when a speaker is a post alone (`the housing minister` ->
    minister, (housing,); `the trust's chief executive` -> executive, (chief,)), else None (a name, a spokesperson,
    a body); of two posts joined (`its founder and chief executive`) the last is read."""
    lowered = speaker.lower()
    owner = _OWNER_RE.match(lowered)
    words = lowered[owner.end():].split() if owner else lowered.split()
    if not owner and words and (words[0] in POST_DETERMINERS or words[0] in INDEFINITES):
        words = words[1:]
    elif not owner and len(words) > 1 and not all(w[:1].isupper() for w in speaker.split()):
        return None  # "senior minister" with no determiner: not a title written alone
    if not 1 <= len(words) <= 4 or not all(part.isalpha() for w in words for part in w.split("-")):
        return None  # a word joined by a hyphen (`night-time economy adviser`) is its words (wave 46w)
    post = words[-1]
    if post not in ROLES or post in VOICE_ROLES:
        return None
    if "and" in words and words[0] in ROLES:
        words = words[len(words) - words[::-1].index("and"):]  # "its founder and chief executive": the last post
    return post, tuple(words[:-1])


HOLDER_PATTERNS_KEPT = 64
"""How many posts' patterns `_holder_patterns` keeps: posts are role words, a few per text, asked again by every
text that writes them (compiling the five took 1.2% of extraction on the development texts, wave 61s)."""


@functools.lru_cache(maxsize=HOLDER_PATTERNS_KEPT)
def _holder_patterns(post: str) -> tuple[re.Pattern[str], ...]:
    """Return the ways a text ties a post to a name: before it, before it set off by commas, before it and a style of
    address after its remit (wave 59n), after it by commas (never a post held to another's: `Jo Roe, Parliamentary
    Secretary to the Minister`, wave 39e); compiled once per post, kept for the posts asked last."""
    word = re.escape(post)
    return (re.compile(rf"\b(?i:{word})[ \t]+{_HONOURS}{_NAME}"),
            re.compile(rf"\b(?i:{word})[ \t]+(?:and|&)[ \t]+(?P<joined>(?:[a-z\-]+[ \t]+){{0,3}}){_HONOURS}"
                       rf"(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){{1,4}})"),
            re.compile(rf"\b(?i:{word})(?:{_PLACE})?,[ \t]+{_HONOURS}{_NAME},"),
            re.compile(rf"\b(?i:{word}){_PLACE}[ \t]+{_STYLED}{_NAME}\b"),
            re.compile(rf"(?<![\w'\u2019\-]){_HONOURS}{_NAME},[ \t]+(?:(?!to\b){_WORD}[ \t]+){{0,5}}?(?i:{word})\b"
                       rf"(?=[ \t]*(?:,|\.|for\b|of\b|at\b|in\b))"))


def holders(text: str, post: str, describing: tuple[str, ...]) -> set[str]:
    """Return the names the text ties to a post, the describing words (`housing`) written beside each."""
    return set(holders_at(text, post, describing))


def holders_at(text: str, post: str, describing: tuple[str, ...]) -> dict[str, int]:
    """Return the names the text ties to a post, each with where the text first ties it (`holders`)."""
    found: dict[str, int] = {}
    for pattern in _holder_patterns(post):
        for match in pattern.finditer(text):
            written = " ".join(match.group("name").split())
            joined = _joined_holder(match.group("joined"), written) if "joined" in pattern.groupindex else written
            if joined is None:
                continue  # "the principal and the bursar met Jo Roe": no second post between
            name = joined
            if name.split()[0].lower() in ROLES or not is_person_name(name):
                continue  # "Executive Director Jo Roe": another post
            if all(word in _clause_before(text, match.start()) or word in match.group().lower() for word in describing):
                found[name] = min(found.get(name, match.start()), match.start())
    return found


def _joined_holder(joined: str, name: str) -> str | None:
    """Return the holder after a second post joined to the first (`principal and chief executive Jo Roe`, `Principal
    and Chief Executive Jo Roe`): the name past the second post's words, else None (a joined word is no post)."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if w.lower() not in ROLES), len(words))
    second = joined.split() + [w.lower() for w in words[:first]]
    if not second or not all(w in ROLES for w in second) or not 2 <= len(words) - first <= 3:
        return None
    return " ".join(words[first:])


def _clause_before(text: str, at: int) -> str:
    """Return the words of the same clause right before a place, lower case (`Housing ` before `Minister Ann Roe`)."""
    before = text[max(0, at - 40):at]
    cut = max(before.rfind(mark) for mark in ".,;:\n")
    return before[cut + 1:].lower()


def post_holders(text: str, speakers: Iterable[tuple[str, str]], ctx: Context) -> dict[str, tuple[str, str]]:
    """Map each speaker written as a post alone to the one person the text names with it (none: unchanged; two: the
    words as they are, unresolved, wave 59n)."""
    mapped: dict[str, tuple[str, str]] = {}
    for speaker, kind in set(speakers):
        post = post_of(speaker) if kind in ("person", "unresolved") else None
        if post is None or text.lower().count(post[0]) < 2:
            continue  # the post is written once: nobody else holds it in the text
        tied = holders_at(text, *post)
        names = {ctx.full_person(name) for name in tied}
        if len(names) > 1 and kind == "person":
            mapped[speaker] = (speaker, "unresolved")  # 59n: two holders named, either may speak: the words, unresolved
        if len(names) != 1:
            continue
        if speaker.split()[0].lower() in INDEFINITES and not text.find(speaker) < min(tied.values()):
            continue  # "Coroner Jo Roe said ... A coroner from another county said": not the one named before
        mapped[speaker] = (names.pop(), "person")
    return mapped
