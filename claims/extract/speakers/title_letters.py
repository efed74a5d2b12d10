"""A post after a person's name with its short form in brackets (`Jo Roe, the Vice Chancellor (VC), said`): the
letters are that post's (`the VC said` later is Jo Roe), as the post's last word is. Wave 58e: also with no `the`
(`Dr Jo Roe, Chief Executive Officer (CEO) of the Hospital, said ... The CEO said`) and before the name
(`Auditor-General (AG) Jo Roe today reported ... the AG said`)."""
from __future__ import annotations

import re

from ..vocabulary import ORG_HEADS, ROLES

_POST_LETTERS_RE = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w'-]*\s+){0,3}([A-Z][\w'-]*))\s+\(([A-Z]{2,6})\)")
"""`, the Vice Chancellor (VC)` or `, Chief Executive Officer (CEO)` right after a name: the post, its last word and
its letters."""


def post_letters_after(text: str, end: int) -> tuple[str, str] | None:
    """Return the post's last word and its bracketed letters, lower case, written right after a person's name
    (`, the Chief Executive Officer (CEO)`, `, Chief Executive Officer (CEO) of X`), when that word is a role; else
    None."""
    found = _POST_LETTERS_RE.match(text, end)
    if found is None or not _is_post(found.group(1)):
        return None
    return found.group(2).lower(), found.group(3).lower()


_BODY_WORDS = ORG_HEADS - {"executive"}
"""Heads of a body's name; `executive` closes posts too (`Chief Executive Officer`)."""


def _is_post(words: str) -> bool:
    """Say whether capitalised words are a post: a role last, no body's head among them (`Health Service Executive`
    is a body, its letters no post's)."""
    parts = [w.lower() for w in re.split(r"[\s-]+", words) if w]
    return bool(parts) and parts[-1] in ROLES and _BODY_WORDS.isdisjoint(parts)


_LETTERS_BEFORE_RE = re.compile(
    r"(?<![\w'-])(?P<post>(?:[A-Z][\w']*[\s-]+){0,3}(?P<last>[A-Z][\w']*))\s+\((?P<letters>[A-Z]{2,6})\)\s+$")
"""A post and its bracketed letters right before a name (`Auditor-General (AG) `): the post, its last word and its
letters."""


def post_letters_before(text: str, start: int) -> tuple[str, str] | None:
    """Return the post's last word and its bracketed letters, lower case, written right before a person's name
    (`Auditor-General (AG) Jo Roe`, `Deputy Auditor-General (DAG) Jo Roe`), when that word is a role; else None (a
    remit's last word is no role: `Inspector General of Police (IGP) Jo Roe` is not read)."""
    found = _LETTERS_BEFORE_RE.search(text, max(0, start - 40), start)
    if found is None or not _is_post(found.group("post")):
        return None
    return found.group("last").lower(), found.group("letters").lower()


_TRAILING_LETTERS_RE = re.compile(r"\bthe\s+(?:[A-Z][\w'-]*\s+){0,3}(?P<last>[A-Z][\w'-]*)(?P<letters>\s+\([A-Z]{2,6}\))\s*$")
"""A post after `the`, its letters in brackets, closing a cue's subject (`the Vice Chancellor (VC)`)."""


def before_post_letters(text: str, start: int, end: int) -> int:
    """Return where a cue's subject ends once a post's bracketed letters after it are set aside (`..., Jo Roe, the
    Vice Chancellor (VC) announced`: the post, so Jo Roe speaks), else the end unchanged; a body's letters (`HM
    Revenue and Customs (HMRC)`, no `the` before a post) stay."""
    found = _TRAILING_LETTERS_RE.search(text, start, end)
    return found.start("letters") if found is not None and found.group("last").lower() in ROLES else end
