"""65f: a sentence's cue is its main clause's verb, not a verb inside a clause set off from it: a relative aside after
the subject whose verb takes a noun phrase (`The chemists, who publish their trial in the Review, said A`), a
concessive opening (`While the firms have announced price cuts, the regulator's figures show A`; wave 42g took only a
negated one), or a clause of time after the cue's own words whose document says what follows (`Lifeguards warned of
rip tides as fresh data revealed that A`). The later cue claims A; its speaker is read as any cue's subject is."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..items import split_items
from ..text import Span, subtract
from ..vocabulary import DOCUMENT_NOUNS, verb_alternation

from .patterns import CUE_RE
from .records import Attribution

RELATIVE_OPENING_RE = re.compile(r"[^,;:.!?\"\u201c\u201d]{1,80}?,\s+(?:who|which)\s+(?:(?:also|has|have|had)\s+)?")
"""The words from a sentence's start up to a cue that opens a relative aside after the subject: a subject with no
comma, then `, who` or `, which` (and an adverb or auxiliary: `, who has written`)."""
OBJECT_OPENING_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|this|these|those)\s")
"""The word after the aside's verb that opens a noun phrase as its object (`report their results`), not a clause."""
CONCESSIVE_OPENING_RE = re.compile(r"(?:(?:And|But)\s+)?(?:[Ww]hile|[Ww]hilst|[Aa]lthough|[Tt]hough)\s+[^,;:]{1,80}?$")
"""A concessive opening up to a cue inside it: `While the firms have `, `Although X `."""
MAX_ADVERB_WORDS = 1
"""Words that may stand between a set-off clause's closing comma and the sentence's own cue (`, later said`)."""
SHOWING_VERBS = "show|shows|showed|reveal|reveals|revealed|suggest|suggests|suggested|found|indicate|indicates|indicated"
"""Verbs by which a document says what follows it."""
AS_SHOWN_RE = re.compile(
    r"\s+as\s+(?P<who>(?:(?:new|latest|recent|official|the|its|their)\s+)?(?:[\w\-]+\s+){0,5}?"
    rf"(?:{verb_alternation(DOCUMENT_NOUNS)})(?:\s+(?:from|by|of)\s+[^,;:.\"\u201c\u201d]{{1,60}}?)?)"
    rf"\s+(?:also\s+)?(?P<cue>(?:{SHOWING_VERBS})(?:\s+that)?)\s+(?=\S)")
"""A clause of time whose document says what follows: ` as the latest tables disclosed that `, ` as data from X show ` (the
document's owner after `from`, `by`, `of`)."""


def cue_in_set_off_clause(text: str, start: int, cue: re.Match[str], end: int) -> bool:
    """Say whether a cue stands inside a relative aside after the sentence's subject or inside a concessive opening,
    and another cue opens the words right after that clause's closing comma (`X, who report their results in Y, said
    A`; `While X announced cuts, the figures show A`): that later cue is the sentence's."""
    relative = RELATIVE_OPENING_RE.fullmatch(text, start, cue.start()) is not None \
        and OBJECT_OPENING_RE.match(text, cue.start() + len(cue.group().split(None, 1)[0])) is not None
    if not relative and CONCESSIVE_OPENING_RE.fullmatch(text, start, cue.start()) is None:
        return False
    comma = text.find(",", cue.start(), end)
    if comma < 0:
        return False
    later = CUE_RE.search(text, comma + 1, end)
    if later is None:
        return False
    between = text[comma + 1:later.start()].split()
    return relative and len(between) <= MAX_ADVERB_WORDS or not relative


def shown_after_cue(text: str, sentence: Span, cue: re.Match[str], holes: list[Span],
                    ctx: Context) -> Attribution | None:
    """Return what a document says in a clause of time after a cue's words (`X warned of floods as fresh data revealed
    that A`: the data claim A), else None."""
    shown = AS_SHOWN_RE.search(text, cue.end(), sentence[1])
    if shown is None:
        return None
    who = speaker_from_region(text, shown.start("who"), shown.end("who"), ctx)
    if who is None:
        return None
    spans = tuple(s for part in subtract((shown.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(who.name, who.kind, " ".join(shown.group("cue").split()), spans) if spans else None
