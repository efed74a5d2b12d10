"""A cue set off by commas inside its claim, with more after its verb than `ASIDE_RE` reads (wave 32d): `Crossings
fell 12%, the board said in its annual review, up from 3%`, `Crossings fell, new figures show, with ...`, `The harbour
had 14 empty berths, the harbour master told the board, and six ...`. The words before the speaker's comma are the
claim; the words after the cue's own comma go on with it, as a row apart when they hold a verb, else in one row with
the whole sentence. Where, when or to whom it was said (`data/cue_extensions.txt`) is no part of either."""
from __future__ import annotations

import re

from ..figures import holds_figure
from ..items import has_verb
from ..text import Span, strip_span
from ..vocabulary import PREPOSITIONS, STUB_SUBORDINATORS, WEEKDAYS, load_words, verb_alternation

from .patterns import ANY_CUE_RE, CLAUSE_LEAD_RE, MIN_SPEECH_WORDS

EXTENSION_OPENINGS: frozenset[str] = load_words("cue_extensions") | WEEKDAYS
"""Words that open where, when or to whom a cue was said (`in`, `to`, `yesterday`, `Monday`)."""
EXTENSION_RE = re.compile(rf"\s*(?:(?:{verb_alternation(EXTENSION_OPENINGS)})\b[^,;:.!?\"\u201c]{{0,60}}?"
                          r"|(?:[\w\u2019'\-]+\s+){0,3}[\w\u2019'\-]+)?"
                          r"(?:,\s+|\s*[\u2013\u2014]\s+|\s+(?=as\s))(?=[\w\u00a3$\u20ac])", re.IGNORECASE)
"""What a cue set off inside its claim may hold before its own comma: a place, a time or an audience of up to four
words (`in its annual review,`, `on Monday,`, `the board,`), or nothing; a dash sets the tail off as a comma does
(`the report says \u2013 below ...`), and so does `as` with no comma (`said today as it launched ...`, wave 33k)."""
AS_TAIL_RE = re.compile(r"as\s+(?:it|he|she|they|we)\s+(?=\S)", re.IGNORECASE)
"""A tail that goes on as its speaker acts (`..., X said on Monday, as it confirmed B`): B is X's when the act is a cue,
else the act is the writer's narration (`as it launched an appeal`)."""
PARTICIPLE_TAIL_RE = re.compile(r"(?:also\s+)?[a-z]+ed\b")
"""A tail that only describes the document (`also published on Thursday`): no claim apart."""
LEANING_WORDS: frozenset[str] = PREPOSITIONS | STUB_SUBORDINATORS | frozenset({"and", "but", "or"})
"""Words that open a phrase leaning on another (`with`, `on which`, `and we`): never a speaker's nor a claim's opening."""
OPENING_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b")
"""A participle opening a sentence (`Asked by the chair, ...`, `Speaking at ..., ...`): a frame, no claim."""
FRAME_FOLLOWERS: frozenset[str] = load_words("frame_followers")
"""Words after an opening participle that make it a frame (`Asked whether`, `Pressed about`), not a figure's subject."""


def claim_before(text: str, sentence: Span, who_start: int) -> Span | None:
    """Return the words before a speaker written right after a comma when they hold a clause, else None."""
    start = sentence[0]
    comma = text.rfind(",", start, who_start)
    if comma < 0 or text[comma + 1:who_start].strip():
        return None  # the speaker does not follow a comma: no cue set off inside its claim
    words = text[start:comma]
    if len(words.split()) < MIN_SPEECH_WORDS or not (has_verb(words) or holds_figure(words)) or _leans(words) \
            or _leans(text[who_start:who_start + 20]) or _opens_on_frame(words):
        return None  # "After a stormy winter, the board said, ...": no claim before the speaker
    return start, comma


def _opens_on_frame(words: str) -> bool:
    """Say whether words open on a participle's frame (`Asked by the chair`, `Speaking at ...`), not on a figure's
    subject a participle describes (`Adjusted profit will be £4m`, `Filling the posts would cost $6m`, wave 33k)."""
    if OPENING_PARTICIPLE_RE.match(words) is None:
        return False
    following = words.split()[1].lower() if len(words.split()) > 1 else ""
    return not holds_figure(words) or following in LEANING_WORDS or following in FRAME_FOLLOWERS


def _leans(words: str) -> bool:
    """Say whether words open on a word that leans on another phrase (`In its response`, `with £4m`, `and we`)."""
    first = words.split(maxsplit=1)[0].lower() if words.split() else ""
    return first in LEANING_WORDS


def tail_start(text: str, cue_end: int, end: int) -> int | None:
    """Return where the words after a cue's own comma begin, past its place, time or audience; None without them."""
    extension = EXTENSION_RE.match(text, cue_end, end)
    if extension is None or not text[extension.end():end].strip(" .!\u00a0"):
        return None
    return extension.end()


def mid_cue_contents(text: str, sentence: Span, cue_end: int, who_start: int, content: Span) -> list[Span] | None:
    """Return the contents of a cue set off inside its claim (`content` being what the cue would claim after it), or
    None when the cue is not one."""
    before = claim_before(text, sentence, who_start)
    after = tail_start(text, cue_end, sentence[1]) if before is not None else None
    if before is None or after is None:
        return None
    if ANY_CUE_RE.search(text, after, sentence[1]):
        return [before]  # "..., new figures show, but the union says ...": the tail is the union's (`own_cue_tail`)
    tail = text[after:sentence[1]]
    if AS_TAIL_RE.match(tail):
        return [before]  # "..., X said today as it launched an appeal": the speaker's act, no claim (33k)
    if not has_verb(tail) or PARTICIPLE_TAIL_RE.match(tail):
        return [strip_span(text, sentence, ".!")]  # "..., the board said, up from 3%": the figure goes on; one claim, never cut in items
    lead = CLAUSE_LEAD_RE.match(tail)
    return [before, (after + (lead.end() if lead else 0), sentence[1])]


def own_cue_tail(text: str, sentence: Span, claim_end: int) -> int | None:
    """Return where the clause after a cue set off inside its claim begins when that clause has a cue of its own
    (`..., the board said in its review, but the union says B`: B is the union's), past its conjunction; else None."""
    cue = ANY_CUE_RE.search(text, claim_end, sentence[1])
    if cue is None or claim_before(text, sentence, _speaker_start(text, claim_end, cue.start())) is None:
        return None
    after = tail_start(text, cue.end(), sentence[1])
    if after is None or not ANY_CUE_RE.search(text, after, sentence[1]):
        return None
    lead = CLAUSE_LEAD_RE.match(text, after)
    return lead.end() if lead else after


def goes_on_as(text: str, start: int) -> bool:
    """Say whether the clause at `start`, after a cue set off, opens `as it <cue>` (`..., X said on Monday, as it
    confirmed B`): the same speaker goes on under a cue of its own, a claim apart (wave 33k)."""
    return start >= 3 and AS_TAIL_RE.match(text, start - 3) is not None


def _speaker_start(text: str, claim_end: int, cue_start: int) -> int:
    """Return where the speaker between a claim's comma and its cue begins (past the comma and its spaces)."""
    gap = text[claim_end:cue_start]
    return claim_end + len(gap) - len(gap.lstrip(", \t"))
