"""Offices named by their remit (wave 40h): `the Independent Chief Inspector of Ports and Shipping, Marta Quellan`.
A lower-case description of such an office (`the ports and shipping watchdog`, a watchdog's head from
`data/watchdog_heads.txt` after the remit's words) is the one person the text names holding a post with that remit,
before or after the description; bare `inspectors` are the one body the text names by letters that spell an
inspector's post (`The Chief Inspector of Ports and Shipping (CIPS)`), never a department inspected."""
from __future__ import annotations

import re

from ..entities import is_person_name, remit_words
from ..text import line_start
from ..vocabulary import HONORIFICS, INSPECTORATE_HEADS, REGULATOR_HEADS, ROLES, WATCHDOG_HEADS, load_words

from .spelled_letters import spelled_out
from ..text_caches import per_text

REMIT_POSTS: frozenset[str] = load_words("remit_posts")
"""Posts an office is named by, before its remit (`Inspector`, `Commissioner`, `Ombudsman`)."""
DESCRIBED_HEADS: frozenset[str] = WATCHDOG_HEADS
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


@per_text(64)
def held_posts(text: str) -> tuple[tuple[str, str, str, str], ...]:
    """Return each post of `REMIT_POSTS` with a remit the text names with its holder: the post's word, the words of its
    title before it, its remit and the holder (`inspector`, `independent chief`, `ports and shipping`, `Marta
    Quellan`)."""
    return tuple((post, before, remit, name) for post in REMIT_POSTS for before, remit, name in titled_holders(text, post))


@per_text(256)
def titled_holders(text: str, post: str) -> tuple[tuple[str, str, str], ...]:
    """Return each title of this post with a remit that the text writes with its holder, the holder set off by commas
    after it (`Chief Inspector of Ports and Shipping, Marta Quellan,`) or closing its capitalised run (`Commissioner
    for Standards Jo Roe`): the title's words before the post, its remit and the holder, in lower case but the name."""
    if text.find(post[1:]) < 0:
        return ()  # the cheap test first: the post's word is nowhere in the text
    found = []
    for match in re.finditer(rf"\b(?i:{re.escape(post)}){_REMIT_RUN}", text):
        remit, name = _holder_of(text, match)
        if name:
            before = text[line_start(text, match.start()):match.start()].lower().split()[-_TITLE_REACH:]
            found.append((" ".join(before), remit.lower(), name))
    return tuple(found)


def _holder_of(text: str, match: re.Match[str]) -> tuple[str, str]:
    """Return a titled post's remit and the person holding it, after commas or closing the remit's run (`Standards`,
    `Jo Roe` of `Commissioner for Standards Jo Roe`); the name empty when it names nobody, as in a remit of common
    words only (`Minister for Early Childhood Education`, wave 53h)."""
    holder = _HOLDER_AFTER.match(text, match.end())
    name = _without_honorific(holder.group("name")) if holder is not None else ""
    if is_person_name(name):
        return match.group("remit"), name
    words = match.group("remit").split()
    for count in _HOLDER_WORDS:
        name, areas = " ".join(words[-count:]), words[:-count]
        if areas and areas[-1] != "and" and is_person_name(name) and not remit_words(words):
            return " ".join(areas), name  # "Commissioner for Standards Jo Roe": Jo Roe, her post's remit `Standards`
    return "", ""


_TITLE_REACH = 3
"""How many words before a post's word may belong to its title (`Independent Chief` of `Inspector`)."""
_HOLDER_WORDS = (2, 3)
"""How many words a holder's name closing a remit's run may take (`Jo Roe`, `Ann Mary Molloy`)."""


def remit_holders(text: str, remit: str, post: str = "") -> frozenset[str]:
    """Return the people a text names holding a post with this remit (`Chief Inspector of Ports and Shipping, Marta
    Quellan,`, `Commissioner for Standards Jo Roe`): a post of `REMIT_POSTS` unless one is given, any remit for an
    empty one (waves 40e and 40h)."""
    held = [(name, of) for _, _, of, name in held_posts(text)] if not post \
        else [(name, of) for _, of, name in titled_holders(text, post)]
    return frozenset(name for name, of in held if not remit or of == remit)


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
    """Return the one person holding the post a lower-case description names by its remit, else None: none where the
    text names a body with that remit (`HM Inspectorate of Prisons` for `the prisons watchdog`), the office itself."""
    remit = remit_of_description(clause)
    holders = remit_holders(text, remit) if remit and not remit_body_named(text, remit) else frozenset()
    return next(iter(holders)) if len(holders) == 1 else post_holder(text, clause)


_REMIT_BODY_RE = re.compile(rf"\b(?:{'|'.join(sorted(h.capitalize() for h in (INSPECTORATE_HEADS | REGULATOR_HEADS) - REMIT_POSTS))})"
                            rf"{_REMIT_RUN}")
"""A body named by its remit after its head (`Inspectorate of Prisons`, `Commission for Care`): the office itself,
where a post heads a holder's title (`Inspector of Prisons`)."""


def remit_body_named(text: str, remit: str) -> bool:
    """Say whether the text names a body by this remit after its head (`HM Inspectorate of Prisons` for `prisons`)."""
    return any(match.group("remit").lower() == remit for match in _REMIT_BODY_RE.finditer(text))


def inspecting_office(text: str, names: list[str]) -> str | None:
    """Return the one name among a text's bodies written in letters that spell an inspector's post (`CIPS` for `The
    Chief Inspector of Ports and Shipping (CIPS)`), else None."""
    found = {name for name in names if " " not in name and (spelled := spelled_out(name, text)) is not None
             and "inspector" in spelled.lower().split()}
    return found.pop() if len(found) == 1 else None
