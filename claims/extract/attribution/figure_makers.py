"""Figures carried on from a source, then given a maker (wave 68x): `Rents rose by 4%, according to X.` / `Waits fell
by 12%.` / `The figures were drawn from a poll by Y.`: the middle paragraph, read as X's list going on
(`continuation.continue_list`), is Y's, since the sentence right after it opens on those figures (`The figures`,
`These numbers`, `The data`) and names one body as their maker (`next_makers`); the figures the text gave X by its
own cue stay X's. A maker that is X again, two makers, or a next sentence that opens on anything else leave the
paragraph to X."""
from __future__ import annotations

import re

from ..text import Block
from ..vocabulary import RECORDED_DATA_HEADS
from .next_makers import next_makers, next_sentence
from .records import Attribution
from .subject_makers import maker_kind

_FIGURES_OPENING_RE = re.compile(r"(?:The|These|Those|This|Both)[ \t]+(?:[a-z]+[ \t]+)?(?:%s)\b"
                                 % "|".join(sorted(RECORDED_DATA_HEADS | {"numbers"}, key=len, reverse=True)))
"""A sentence opening on the figures just given (`The figures`, `These latest numbers`, `The data`)."""


def figures_maker(text: str, block: Block, carried: list[Attribution], previous: Attribution) -> list[Attribution]:
    """Return rows carried on from `previous` with the one maker the next sentence names for `The figures` as their
    speaker, else the rows as they were."""
    if not carried:
        return carried
    after = next_sentence(text, block.end - 1)
    if after is None or _FIGURES_OPENING_RE.match(text, after[0]) is None:
        return carried
    makers = next_makers(text, block.end - 1)
    if len(makers) != 1 or makers[0].name == previous.speaker:
        return carried
    return [row._replace(speaker=makers[0].name, kind=maker_kind(makers[0]), cue="") for row in carried]
