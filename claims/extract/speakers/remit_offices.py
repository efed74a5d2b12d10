"""Offices named by their remit (wave 40h): `the Independent Chief Inspector of Ports and Shipping, Marta Quellan`.
A lower-case description of such an office (`the ports and shipping watchdog`, a watchdog's head from
`data/watchdog_heads.txt` after the remit's words) is the one person the text names holding a post with that remit,
before or after the description; bare `inspectors` are the one body the text names by letters that spell an
inspector's post (`The Chief Inspector of Ports and Shipping (CIPS)`), never a department inspected."""
from __future__ import annotations

import functools
import re

from ..entities import is_person_name
from ..vocabulary import HONORIFICS, ROLES, load_words

from .spelled_letters import spelled_out

REMIT_POSTS: frozenset[str] = load_words("remit_posts")
"""Posts an office is named by, before its remit (`Inspector`, `Commissioner`, `Ombudsman`)."""
DESCRIBED_HEADS: frozenset[str] = load_words("watchdog_heads")
"""Heads of a lower-case description of such an office (`watchdog`, `regulator`, `inspectorate`)."""
_WORD = r"[A-Z][\w'\u2019\-]*"
"""One capitalised word of a remit or a name (`Shipping`, `Fairclough-Obi`)."""
_REMIT_RUN = rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?P<remit>{_WORD}(?:[ \t]+(?:and[ \t]+)?{_WORD})*)"
"""A post's remit after `of` or `for`, capitalised words that `and` may join (`of Ports and Shipping`)."""
_HOLDER_AFTER = re.compile(rf",[ \t]+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}}),")
"""The holder's name set off by commas right after the post (`, Marta Quellan,`), an honorific set aside after."""


def remit_of_description(clause: str) -> str | None:
    """Return the remit a lower-case description names before a watchdog's head (`ports and shipping` of `the ports
    and shipping watchdog`), else None."""
    words = clause.split()
    if len(words) < 3 or words[0] != "the" or words[-1] not in DESCRIBED_HEADS \
            or not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    return " ".join(words[1:-1])


@functools.lru_cache(maxsize=64)
def held_posts(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """Return each post with a remit the text names with its holder after it: the post's word, the words of its title
    before it, its remit and the holder (`inspector`, `independent chief`, `ports and shipping`, `Marta Quellan`)."""
    found = []
    for post in REMIT_POSTS:
        if text.find(post.capitalize()) < 0:
            continue  # the cheap test first: the post's word is nowhere in the text
        for match in re.finditer(rf"\b{post.capitalize()}{_REMIT_RUN}", text):
            holder = _HOLDER_AFTER.match(text, match.end())
            name = _without_honorific(holder.group("name")) if holder is not None else ""
            if is_person_name(name):
                before = text[text.rfind("\n", 0, match.start()) + 1:match.start()].lower().split()[-_TITLE_REACH:]
                found.append((post, " ".join(before), match.group("remit").lower(), name))
    return tuple(found)


_TITLE_REACH = 3
"""How many words before a post's word may belong to its title (`Independent Chief` of `Inspector`)."""


def remit_holders(text: str, remit: str) -> frozenset[str]:
    """Return the people a text names holding a post with this remit (`Chief Inspector of Ports and Shipping, Marta
    Quellan,`)."""
    return frozenset(name for _, _, held, name in held_posts(text) if held == remit)


def post_holder(text: str, clause: str) -> str | None:
    """Return the one person the text names holding a post of remit, whatever the remit, that a lower-case title
    names with a word of the title (`the chief inspector` for `Chief Inspector of Ports and Shipping, Jo Roe,`), else
    None: a bare `the inspector` may be any inspector on a visit."""
    words = clause.split()
    if len(words) < 3 or words[0] != "the" or words[-1] not in REMIT_POSTS or words[-1] not in ROLES \
            or not all(w.isalpha() and w.islower() for w in words[1:]):
        return None
    holders = {name for post, before, _, name in held_posts(text)
               if post == words[-1] and all(w in before.split() for w in words[1:-1])}
    return holders.pop() if len(holders) == 1 else None


def _without_honorific(name: str) -> str:
    """Return a name without an honorific opening it (`Dr Jo Roe` -> `Jo Roe`)."""
    first, _, rest = name.partition(" ")
    return rest if first.lower().rstrip(".") in HONORIFICS and " " in rest else name


def described_holder(text: str, clause: str) -> str | None:
    """Return the one person holding the post a lower-case description names by its remit, else None."""
    remit = remit_of_description(clause)
    holders = remit_holders(text, remit) if remit else frozenset()
    return next(iter(holders)) if len(holders) == 1 else post_holder(text, clause)


def inspecting_office(text: str, names: list[str]) -> str | None:
    """Return the one name among a text's bodies written in letters that spell an inspector's post (`CIPS` for `The
    Chief Inspector of Ports and Shipping (CIPS)`), else None."""
    found = {name for name in names if " " not in name and (spelled := spelled_out(name, text)) is not None
             and "inspector" in spelled.lower().split()}
    return found.pop() if len(found) == 1 else None
