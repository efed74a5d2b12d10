"""A speech set out unquoted under its heading (wave 56f): `National Press Club Address by Professor Jo Roe, Chair of
X`, `Director-General's opening remarks at the media briefing on ...`, or a line `Remarks as Prepared` beside a line
naming the speaker (`Secretary Jo Roe`), then, within a few lines, the speech's greeting (`Good morning, everyone.`).
From the greeting on, every paragraph is the speaker's: its plain facts, its figures and its bullets, as a statement
under `Please attribute to X:` is (`headed_statements`), and a party it cites (`the Ministry has reported 892 cases
to us`) speaks only its own sentence, never ending the speech. The greeting is what makes the text a speech: a
heading alone may be a news story's about a speech."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..speakers import Context, Who
from ..text import Block
from ..vocabulary import ROLES, load_words, verb_alternation

from .headed_statements import headed_claims
from .records import Attribution

SPEECH_NOUNS: frozenset[str] = load_words("speech_nouns")
"""What a heading calls a speech (`address`, `remarks`, `keynote speech`; `data/speech_nouns.txt`)."""
_NOUNS = verb_alternation(SPEECH_NOUNS)
SPEECH_BY_RE = re.compile(rf"(?:[A-Z][\w'\u2019\-]*[ \t]+){{0,6}}(?:{_NOUNS})[ \t]+(?:by|of|from)[ \t]+"
                          r"(?P<who>[^\n:]{3,200}?)[ \t|:]*", re.IGNORECASE)
"""A heading `<occasion> Address by X[, post]` over a speech (`National Press Club Address by Professor Jo Roe`)."""
OWNED_SPEECH_RE = re.compile(rf"(?P<who>[A-Z][^\n:'\u2019]{{2,100}}?)['\u2019]s[ \t]+(?:(?:opening|closing|keynote"
                             rf"|welcome|introductory)[ \t]+)?(?:{_NOUNS})[ \t]+(?:at|to|on|before|for)[ \t]+[^\n]{{3,200}}",
                             re.IGNORECASE)
"""A heading naming the speech's owner (`Director-General's Opening Remarks at the Media Briefing on ...`)."""
PREPARED_RE = re.compile(rf"[\-\u2013\u2014 \t]*(?:(?:{_NOUNS})[ \t]+)?as[ \t]+(?:prepared|delivered)"
                         r"(?:[ \t]+for[ \t]+delivery)?[\-\u2013\u2014 \t.]*", re.IGNORECASE)
"""A line saying the text below is a speech's text (`--Remarks as Prepared--`, `As delivered`)."""
GREETING_RE = re.compile(r"(?:good[ \t]+(?:morning|afternoon|evening)|ladies[ \t]+and[ \t]+gentlemen"
                         r"|thank[ \t]+you[ \t]+(?:all[ \t]+|very[ \t]+much[ \t]+)?for[ \t]+(?:coming|joining))\b",
                         re.IGNORECASE)
"""A speech's opening words (`Good afternoon everyone.`, `Ladies and gentlemen,`)."""
MAX_HEADING_LINES = 7
"""How many lines (a date, a venue, `Remarks as Prepared`) may stand between a speech's heading and its greeting."""
MAX_LINE_CHARS = 300
"""A heading, a speaker's line or a line introducing the speech is short."""


def speech_opened(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the speaker a speech's heading names when block `index` is the speech's greeting, unquoted, with the
    heading within a few lines above it; else None."""
    block = blocks[index]
    if block.bullet or GREETING_RE.match(text, block.body, block.end) is None:
        return None
    for above in range(index - 1, max(-1, index - 1 - MAX_HEADING_LINES), -1):
        speaker = speech_heading(text, blocks, above)
        if speaker is not None:
            return speaker
    return None


def speech_heading(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the one speaker a line above a speech names (`Address by X`, `X's remarks at`, `Remarks as Prepared`
    beside `Secretary Jo Roe`), else None."""
    block = blocks[index]
    if block.end - block.body > MAX_LINE_CHARS:
        return None
    if PREPARED_RE.fullmatch(text, block.body, block.end) is not None:
        return _line_speaker(text, blocks, index)  # "--Remarks as Prepared--", read as a bullet's dash
    if block.bullet:
        return None
    by = SPEECH_BY_RE.fullmatch(text, block.body, block.end)
    if by is not None:
        return _speaker(text, by.start("who"), by.end("who"))
    made = _after_made_public(text, block)  # the owner's name opens the line or follows the introduction
    owned = OWNED_SPEECH_RE.match(text, made if made >= 0 else block.body, block.end)
    if owned is not None:
        return _speaker(text, owned.start("who"), owned.end("who"))
    return None


MADE_PUBLIC_RE = re.compile(r"[^\n]{0,120}?\b(?:made[ \t]+public|published|released)[ \t]+the[ \t]+following[ \t]+")
"""An introduction before the owner's name (`Today, the Organization made public the following X's remarks`)."""


def _after_made_public(text: str, block: Block) -> int:
    """Return where an owner's name starts after an introduction that makes the speech public, else -1."""
    made = MADE_PUBLIC_RE.match(text, block.body, block.end)
    return made.end() if made is not None else -1


def _line_speaker(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the one person named alone on a short line beside `Remarks as Prepared` (`Secretary Jo Roe`)."""
    for near in (index - 1, index + 1, index - 2):
        if 0 <= near < len(blocks) and blocks[near].end - blocks[near].body <= MAX_LINE_CHARS // 3:
            named = find_mentions(text, blocks[near].body, blocks[near].end)
            if len(named) == 1 and named[0].kind == "person":
                return named[0]
    return None


def _speaker(text: str, start: int, end: int) -> Mention | None:
    """Return the one person a speech's heading names (`Professor Jo Roe, Vice-Chancellor, X`), or her post alone
    (`World Health Organization Director-General`: the holder, under the post's words); else None."""
    named = find_mentions(text, start, end)
    people = [m for m in named if m.kind == "person"]
    if len(people) == 1 and " and " not in people[0].name:
        written = text[people[0].start:people[0].end]  # "WHO Director-General", never the reader's "Who ..."
        return people[0]._replace(name=written) if written.lower() == people[0].name.lower() else people[0]
    words = text[start:end].split()
    if not people and words and words[-1].lower() in ROLES and all(w[:1].isupper() for w in words):
        return Mention(start, end, " ".join(words), "person")
    return None


SPEAKER_ASIDE_RE = re.compile(rf"(?:{verb_alternation(load_words('speech_asides'))})\b".replace("'", "['\u2019]"),
                              re.IGNORECASE)
"""A speaker's aside to the audience (`Let me begin with the latest numbers.`, `It is a pleasure to be here.`; data
`speech_asides`): no claim."""


def spoken_claims(text: str, block: Block, ctx: Context, speaker: Who) -> list[Attribution]:
    """Give a cue-less paragraph of a speech to its speaker as a header's statement is given (`headed_claims`), a
    bullet's sentences too (a speech's points are hers), never an aside to the audience (`Let me begin ...`)."""
    said = headed_claims(text, block._replace(bullet=False), ctx, speaker)
    return [a._replace(spans=kept) for a in said
            if (kept := tuple(s for s in a.spans if SPEAKER_ASIDE_RE.match(text, *s) is None))]
