"""A title held in a named body with no name after it (`The Chief Executive and General Secretary of the Royal College
of Nursing said`): a person speaks, never the body and never a body called by the title. The person is the one the
text names with that title (`..., Jo Roe,` after it, or `Jo Roe, Chief Executive ... of X,`); with nobody named, a
title of two words or more keeps the text's words as a person's (wave 18c)."""
from __future__ import annotations

import re

from ..entities import is_person_name
from ..vocabulary import ORG_HEADS, ROLE_WORDS

from .titles import without_filler
from .words import POST_OPENERS
from ..text_caches import per_text

_LINKS: frozenset[str] = frozenset("of for to".split())
"""The words between a title and the body it is held in."""
MAX_TITLE_WORDS = 6
"""A title's words before `of`: `Chief Executive and General Secretary`."""
_NAME = r"[A-Z][a-z\u00e0-\u00ff'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,2}"


def body_title(clause: str) -> tuple[str, str] | None:
    """Return the title and the body of a clause that is only a title held in a named body (`the Chief Executive and
    General Secretary of the Royal College of Nursing`): role words (and `and`), `of`/`for`/`to`, a capitalised
    name; else None (`The Executive of X` and `National Union of Students` are bodies)."""
    words = clause.split()
    if words and words[0].lower() in POST_OPENERS:
        words = words[1:]
    link = next((i for i, w in enumerate(words[:MAX_TITLE_WORDS + 1]) if w in _LINKS), 0)
    if link == 0 or link + 1 >= len(words) or not all(w[:1].isupper() or w == "and" for w in words[:link]):
        return None
    title = words[:link]
    if not all(w.lower() in ROLE_WORDS or w == "and" for w in title) or title[-1] == "and" \
            or len(title) == 1 and title[0].lower() in ORG_HEADS:
        return None
    body = [w for w in words[link + 1:] if w.lower() != "the"]
    if not body or not all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in body):
        return None  # "The Minister for Health has been accused of ...": a clause, not a title in a body
    return " ".join(title), " ".join(body)


def title_in_body(clause: str, text: str) -> tuple[str, str] | None:
    """Return who a title held in a named body means: the one person the text names with it, else a title of two
    words or more in the text's own words, a person; None when the clause is no such title."""
    clause = without_filler(clause)  # "the General Secretary of X also"
    parts = body_title(clause)
    if parts is None:
        return None
    holder = _holder(text, *parts)
    if holder is None and " " not in parts[0]:
        return None  # "The Minister for the Cabinet Office said": a post of one word stays as the text reads it
    return (holder, "person") if holder else (" ".join(clause.split()), "person")


@per_text(64)
def _holder(text: str, title: str, body: str) -> str | None:
    """Return the one person a text names with a title in a body (`TITLE of BODY, Jo Roe,`, `Jo Roe, TITLE of
    BODY`), else None (nobody, or two people)."""
    held = r"[ \t]+".join(re.escape(w) for w in title.split()) + r"[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?" \
        + r"[ \t]+".join(re.escape(w) for w in body.split())
    names = {m.group("name") for m in re.finditer(rf"(?i:{held}),[ \t]+(?P<name>{_NAME})", text)}
    names |= {m.group("name") for m in re.finditer(rf"(?P<name>{_NAME}),[ \t]+(?:the[ \t]+)?(?i:{held})", text)}
    owned = r"[ \t]+".join(re.escape(w) for w in body.split()) + r"['\u2019]s[ \t]+" \
        + r"[ \t]+".join(re.escape(w) for w in title.split())  # "Jo Roe is the Royal College of Nursing's chief executive"
    names |= {m.group("name") for m in re.finditer(rf"(?P<name>{_NAME}),?[ \t]+(?:is[ \t]+)?(?:the[ \t]+)?(?i:{owned})", text)}
    people = {" ".join(name.split()) for name in names if is_person_name(name)}
    return people.pop() if len(people) == 1 else None
