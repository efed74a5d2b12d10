"""A relative clause whose own pronoun speaks, after a main clause with asides of its own (wave 28d): `It lent to
5,240 buyers, up from 4,310 the year before, which it said was the highest in its history`, `The Ashby Group, the
largest opposition group, put forward a budget, which it said could be funded from reserves`.

When nothing else resolves the words before such a cue (`, which it said`), the pronoun stands for the sentence's
opening subject: an opening pronoun (`It lent`), read as any sentence-opening pronoun is, or a name that opens the
sentence (`Ashby Group, the largest ...`, `The Ashby Group`; a lower-case head such as `The Harbour Party group` is read
with its head noun, and names no party unless the text does). A subject that resolves to nobody (`unresolved`), or a
sentence that opens on anything else (`Private attorneys are paid $70 an hour, which she said`), gives no speaker:
a wrong speaker is worse than none.
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..speakers import Context, Who, speaker_from_region

_PRONOUN_TAIL_RE = re.compile(r",\s+(?:which|whom)\s+(?:it|he|she|they)(?:\s+(?:has|have|had|also))*\s*$")
"""`, which it said`: a relative clause's own pronoun right before the cue."""
_OPENING_PRONOUN_RE = re.compile(r"(?:It|He|She|They)\b")
"""A pronoun opening the sentence as its subject."""
_OPENING_ARTICLE_RE = re.compile(r"The\s+")
"""`The` before a name that opens the sentence (`The Ashby Group`)."""
_HEAD_NOUN_RE = re.compile(r"\s+[a-z]+(?=,)")
"""One lower-case word between a name and the comma of its apposition (`SNP group,`): the name's head noun."""
_TAIL_LOOKBACK = 40
"""How far before the cue `, which it` may open."""


def opening_subject_of_pronoun(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return who a relative clause's own pronoun before a cue stands for (`text[start:end]` runs from the sentence's
    start to the cue): the sentence's opening subject when it resolves to a party, else None."""
    if _PRONOUN_TAIL_RE.search(text, max(start, end - _TAIL_LOOKBACK), end) is None:
        return None
    pronoun = _OPENING_PRONOUN_RE.match(text, start, end)
    who = speaker_from_region(text, start, pronoun.end(), ctx) if pronoun else _opening_name(text, start, end, ctx)
    return who if who is not None and who.kind != "unresolved" else None


def _opening_name(text: str, start: int, end: int, ctx: Context) -> Who | None:
    """Return the party whose name opens a sentence (after `The`, if any), else None."""
    article = _OPENING_ARTICLE_RE.match(text, start, end)
    name_start = article.end() if article else start
    mentions = find_mentions(text, name_start, end)
    if not mentions or mentions[0].start != name_start:
        return None
    return speaker_from_region(text, start, _with_head_noun(text, mentions[0].end, end), ctx)


def _with_head_noun(text: str, name_end: int, end: int) -> int:
    """Return where an opening name ends with the one lower-case noun that may close it (`The Ashby group,`)."""
    head = _HEAD_NOUN_RE.match(text, name_end, end)
    return head.end() if head else name_end
