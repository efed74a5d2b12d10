"""A firm named right after the plural of the professionals it supplies (wave 30b): `The charity's auditors, Marsh
Tilney, resigned`, `the landlord's agents, Carrow Denby, said`, `by accountants Harbin Voss`. One name written after a
plural is no one person, so a name like a person's there is the firm's (`data/firm_plurals.txt`), wherever the text
writes it.

Not when a second name follows (`former accountants Jo Roe and Tim Ash`, `solicitors Jo Roe, Tim Ash ...`: the people
themselves), after a singular (`Her solicitor, Jo Pryor,`: a person), nor when the text treats the name as a
person's anywhere (`Mr Denby said`: `misread_bodies.never_a_person`).
"""
from __future__ import annotations

import re

from ..misread_bodies import never_a_person
from ..vocabulary import load_words

FIRM_PLURALS: frozenset[str] = load_words("firm_plurals")
"""The plurals of the professionals a firm supplies: `auditors`, `agents`, `accountants` (`data/firm_plurals.txt`)."""
_PLURAL_BEFORE_RE = re.compile(r"\b(?:%s),?[ \t]+$" % "|".join(sorted(FIRM_PLURALS)))
"""One of `FIRM_PLURALS`, in lower case, then a comma or not, right before a name (`auditors, `, `accountants `)."""
_BEFORE_CHARS = max(map(len, FIRM_PLURALS)) + 4
_OTHERS_AFTER_RE = re.compile(r"[ \t]+(?:and|&)[ \t]|[ \t]*,[ \t]*[A-Z]")
"""A second name after the first (`Jo Roe and Tim Ash`, `Jo Roe, Tim Ash`): the professionals are people."""


def after_firm_plural(text: str, name: str) -> bool:
    """Say whether a text writes a name like a person's alone right after the plural of a firm's professionals
    (`auditors, Marsh Tilney,`) and never treats it as a person's."""
    if " " not in name:
        return False  # the cheap test first: a one-word name is read elsewhere
    at = text.find(name)
    while at >= 0:
        if _PLURAL_BEFORE_RE.search(text, max(0, at - _BEFORE_CHARS), at) is not None \
                and _OTHERS_AFTER_RE.match(text, at + len(name)) is None:
            return never_a_person(text, name)
        at = text.find(name, at + len(name))
    return False
