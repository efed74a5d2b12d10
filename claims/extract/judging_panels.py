"""A tribunal, panel or committee named for the discipline it judges (`Solicitors Disciplinary Tribunal`, `Committee
on Infractions`, `Anti-Doping Panel`): an inspectorate, as a regulator finding against those it oversees is
(wave 27h). Wave 35d: a regulator's unit named for the judging or enforcing it is set up for, a committee that hears
complaints or fitness to practise cases, a bureau of enforcement, a committee assessing risk (`Complaints Committee`,
`Enforcement Bureau`, `X Commission's Enforcement Bureau`), is one too, as its parent is; a `Visitor Bureau` or a
`Planning Committee` is none. Read only for the kind a row shows, once the text is read, for every row: who speaks is
left as read."""
from __future__ import annotations

import functools

from .entities import head_noun
from .vocabulary import load_words

JUDGING_HEADS: frozenset[str] = load_words("judging_heads")
"""Heads of a body that hears cases and finds or enforces (a tribunal, a panel, a committee, a bureau)."""
JUDGING_WORDS: frozenset[str] = load_words("judging_words")
"""Words naming the discipline such a body judges or enforces (`disciplinary`, `complaints`, `enforcement`)."""


@functools.lru_cache(maxsize=1024)
def judges_discipline(name: str) -> bool:
    """Say whether a body's name is a tribunal, panel or committee's and names the discipline it judges
    (`Independent Disciplinary Panel`); an employment tribunal or a select committee is none. Remembered for the
    last names asked (asked two or three times a row, wave 40a): the answer is the name's."""
    return head_noun(name) in JUDGING_HEADS and not JUDGING_WORDS.isdisjoint(name.lower().split())
