"""A minister's title read whole (wave 27d): `the Minister of State for Rural Broadband has said`, `the Minister for
Foreign Affairs, Jo Roe TD, said`. The remit after a post and `for` (`Foreign Affairs`, `State for Rural Broadband`)
is part of the title, never a person or a body of its own; a title before its cue is the one person the text names
right after the title's post (`Minister of State Jo Roe`); with nobody so named it is read as before."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..vocabulary import ORG_HEADS, ROLES, VOICE_ROLES

from .context import Context
from .titles import without_filler

_REMIT_BEFORE_RE = re.compile(r"\b(?P<post>[A-Z][a-z]+)[ \t]+(?:of[ \t]+State[ \t]+)?"
                              r"(?:for|with[ \t]+responsibility[ \t]+for)[ \t]+(?:the[ \t]+)?$")
"""A post and the words that open its remit, right before a name (`Minister for `, `Secretary of State for `)."""
_STATE_AFTER_RE = re.compile(r"\b(?P<post>[A-Z][a-z]+)[ \t]+of[ \t]+$")
"""A post and `of` right before `State ...` (`Minister of ` in `Minister of State for X`)."""
_STATE_REMITS: tuple[str, ...] = ("State for ", "State with ")
"""How a name cut inside `Minister of State for X` opens (never `State Roe` of `Minister of State Roe`, a holder)."""
_MAX_REMIT_WORDS = 6
"""How many words a remit may have after its opening (`for Culture, Communications and Sport`)."""
_REMIT_OPENINGS: tuple[tuple[str, ...], ...] = (("for",), ("with", "responsibility", "for"), ("of", "state"))
"""How the words after a post open its remit (`for Health`, `with responsibility for roads`, `of State`)."""
_LOOK_BACK = 60
"""How many characters before a name a post and its remit's opening may start."""
_MAX_RANK_WORDS = 2
"""How many capitalised words may stand before the post (`Deputy`, `Lord Chief`)."""
_HOLDER_REACH = 60
"""How far after a title its holder's name may be read (`Minister of State Jo Roe`)."""


def _is_post(word: str) -> bool:
    """Say whether a capitalised word is a person's post (`Minister`), never a voice or a body's head."""
    lower = word.lower()
    return lower in ROLES and lower not in VOICE_ROLES and lower not in ORG_HEADS


def remit_name(text: str, mention: Mention) -> bool:
    """Say whether a name only says a post's remit (`Foreign Affairs` in `Minister for Foreign Affairs`, `State for
    Rural Broadband` in `Minister of State for ...`): no speaker."""
    at = text.find(mention.name, mention.start, mention.end)  # a run read whole may start on the post itself
    at = mention.start if at < 0 else at
    before = text[max(0, at - _LOOK_BACK):at]
    if mention.kind == "person" and (found := _REMIT_BEFORE_RE.search(before)) is not None:
        return _is_post(found.group("post"))
    if mention.name.startswith(_STATE_REMITS) and (found := _STATE_AFTER_RE.search(before)) is not None:
        return _is_post(found.group("post"))
    return False


def _post_end(words: list[str]) -> int:
    """Return the index after a title's post (`the Deputy Minister` -> 3), else 0: ranks before it capitalised."""
    for index in range(1, min(len(words), _MAX_RANK_WORDS + 2)):
        if not words[index][:1].isupper():
            return 0
        if _is_post(words[index]):
            return index + 1
    return 0


def _remit_opening(words: list[str]) -> int:
    """Return how many words open a remit at the start of these words (`of State` -> 2), else 0."""
    lower = [w.lower() for w in words]
    for opening in _REMIT_OPENINGS:
        if tuple(lower[:len(opening)]) == opening:
            return len(opening)
    return 0


def _holder_after(text: str, post: str, ctx: Context) -> str | None:
    """Return the one person the text names right after a post (`Minister of State Jo Roe`), else None."""
    holders = set()
    for match in re.finditer(rf"\b{re.escape(post)}[ \t]+(?=[A-Z])", text):
        mentions = find_mentions(text, match.end(), min(len(text), match.end() + _HOLDER_REACH))
        if mentions and mentions[0].start == match.end() and mentions[0].kind == "person":
            holders.add(ctx.add(mentions[0]))
    return holders.pop() if len(holders) == 1 else None


def whole_title(clause: str, text: str, ctx: Context) -> tuple[str, str] | None:
    """Return who a minister's title right before its cue means (`the Minister of State for X has said`): the one
    person named after its post; None when nobody is, or the clause is no such title (a post with no remit, `the
    Lord Mayor of X`, is read as before)."""
    words = without_filler(clause).split()
    if len(words) < 3 or words[0].lower() != "the":
        return None
    end = _post_end(words)
    opening = _remit_opening(words[end:]) if end else 0
    remit = words[end + opening:]
    if not opening or len(remit) > _MAX_REMIT_WORDS or not all(w.rstrip(",").isalpha() for w in remit):
        return None  # "The Minister for Health has been accused of ...": a sentence, no title
    post_words = words[1:end] + (words[end:end + 2] if words[end].lower() == "of" else [])
    holder = _holder_after(text, " ".join(post_words), ctx)
    return (holder, "person") if holder is not None else None  # no holder named: read as before
