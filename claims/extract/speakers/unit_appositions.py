"""A person named first in a sentence, then the unit, command or body they serve set off in capitals (`Deputy Warden
Mara Kellison, Coastal Patrols, Brindle Harbour Authority, said`): the person speaks, never the unit (wave 41a)."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..entities import find_mentions
from ..vocabulary import ROLE_WORDS, ROLES

_ARTICLES: frozenset[str] = frozenset("the a an".split())
"""Articles, which open a post (`The Town Mayor`), never a person's name."""
_JOINING_WORDS: frozenset[str] = frozenset("of and for the & at in on to".split())
"""Lower-case words a unit's or post's name may hold between its capitals (`Commissioner of Police`, `Adviser to the
Board`: wave 47a)."""
_BRACKETED_LETTERS_RE = re.compile(r"\([A-Z][A-Za-z&]{1,9}\),?")
"""A body's letters in brackets after its name (`(QHPL)`, `(LFS),`)."""


def _designation(clause: str) -> bool:
    """Say whether a clause is a unit's, body's or post's name: capitals, joining words, role words and a body's
    letters in brackets only, one capitalised word at least (`Regional Liaison Officers`, `Harbour Watch spokesperson
    and Chief Inspector of X`, `X Port Limited (XPL) chief executive officer`)."""
    words = clause.split()
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower() in _JOINING_WORDS or _post_word(w) or _bracketed_letters(w) for w in words)


_MIN_LOWER_CASE_PARTS, _MAX_PARTS = 3, 4
"""How many clauses a person's post, unit and body run to after her name when the post is in lower case (`Jo Roe,
managing director, Network Planning, Acme Rail, said`: three; two are read by the clauses' own rules)."""


def _post_word(word: str) -> bool:
    """Say whether a word is a post's: a role word, or in lower case a qualifier a body's name may also end with
    (`operations director`, `group finance director`: `ROLES` leaves `operations` out, wave 43e)."""
    lower = word.lower().strip(",")
    return lower in ROLES or word[:1].islower() and lower in ROLE_WORDS


def _bracketed_letters(word: str) -> bool:
    """Say whether a word is a body's letters in brackets (`(QHPL)`, wave 42f)."""
    return bool(_BRACKETED_LETTERS_RE.fullmatch(word))


def _personal_name(clause: str, name: str) -> bool:
    """Say whether a clause read as a person is a name, not a post (`The Town Mayor`: an article, a role word last)."""
    return clause.split()[0].lower() not in _ARTICLES and name.split()[-1].lower() not in ROLES


def _has_role(clause: str) -> bool:
    """Say whether a clause holds a role word (`spokesperson`, `Commissioner`)."""
    return any(w.lower().strip(",") in ROLES for w in clause.split())


def person_before_units(text: str, clauses: list[tuple[int, int]],
                        lower_case_post: Callable[[str], bool] = lambda clause: False) -> tuple[int, int] | None:
    """Return the clause opening a cue's subject when it is a person's name alone and every clause after it is a
    unit's, body's or post's name (or, three or four clauses on, a post in lower case as `lower_case_post` reads it);
    the person must carry a title, or a clause after it a role word, or every clause after it name a body."""
    if len(clauses) < 2:
        return None
    begin, finish = clauses[-1]  # the clauses run backwards from the cue: the last is the one that opens
    mentions = find_mentions(text, begin, finish)
    if len(mentions) != 1 or mentions[0].kind != "person" or text[begin:mentions[0].start].strip() \
            or text[mentions[0].end:finish].strip() or not _personal_name(text[begin:finish], mentions[0].name):
        return None
    rest = [text[slice(*c)] for c in clauses[:-1]]
    long_post = _MIN_LOWER_CASE_PARTS <= len(rest) <= _MAX_PARTS  # "Jo Roe, head of sales, Northern Region, Acme, said"
    if not all(_designation(c) or long_post and lower_case_post(c) for c in rest):
        return None
    return clauses[-1] if mentions[0].title or any(_has_role(c) for c in rest) \
        or all(_names_a_body(text, c) for c in clauses[:-1]) else None


def _names_a_body(text: str, clause: tuple[int, int]) -> bool:
    """Say whether a clause names bodies and no person (`Brindle Harbour Authority`)."""
    kinds = {m.kind for m in find_mentions(text, *clause)}
    return bool(kinds) and kinds <= {"org"}
