"""An aside that says whom a person acts for (wave 23a): `Jo Roe, representing Mr Ash, told magistrates`, `Dan Ash,
on behalf of the Secretary of State, said`, `Jo Roe, mitigating for the company, told the court`: the person before
the aside speaks, as a lawyer, a decision maker or an officer does in a court or disciplinary report; the party the
aside names (a defendant, a minister, a council) never does."""
from __future__ import annotations

from ..vocabulary import load_words

ACTING_FOR: tuple[str, ...] = tuple(sorted(phrase + " " for phrase in load_words("acting_for")))
"""The aside's opening words, each with the space after it (`representing `, `on behalf of `)."""


def is_advocate_aside(clause: str) -> bool:
    """Say whether a clause says whom the person before it acts for (`representing Mr Ash`, `on behalf of X`)."""
    return clause.lstrip().lower().startswith(ACTING_FOR)
