"""A statement a page gives out over its words with no colon cue: `X has issued the following statement on Y.` closing
a paragraph with a full stop, or a heading `Statement from X, 4 September` naming one party, the quoted statement
below (wave 25c)."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..speakers import Context, speaker_from_region
from ..statement import STATEMENT_HEADING_RE
from ..text import Block, split_sentences

from .patterns import STATEMENT_GIVEN
from .records import SPEAKING_KINDS, Attribution

OPENING_MARKS = "\"\u201c"
"""Marks that open a quoted statement."""
FOLLOWING_STATEMENT_RE = re.compile(STATEMENT_GIVEN.replace(r"(?:the\s+following|this|these|a|an)", r"the\s+following")
                                    + r"[^:;\"\u201c\u201d]{0,200}\.\s*$")
"""`X has issued the following statement on the Council's behalf.`: only `the following` points at words below."""
MAX_HEADING_CHARS = 120
"""A statement's heading is one short line."""


def following_statement(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a paragraph's last sentence `X has issued the following statement ....` as X's colon cue when a quotation
    opens the next paragraph; None for any other paragraph."""
    if not following or text[following[0].body:following[0].body + 1] not in OPENING_MARKS:
        return None
    sentence = split_sentences(text, block.body, block.end)[-1]
    match = FOLLOWING_STATEMENT_RE.search(text, *sentence)
    if match is None:
        return None
    who = speaker_from_region(text, sentence[0], match.start(), ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), (), colon=True)


def heading_statement(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a heading `Statement from X` (a date after it allowed) naming one party as X's colon cue when a quotation
    opens the next paragraph; None for any other block (`Statement from the company`: no name, read elsewhere)."""
    if not following or text[following[0].body:following[0].body + 1] not in OPENING_MARKS or block.bullet \
            or block.end - block.body > MAX_HEADING_CHARS or text[block.end - 1] in ".!?:":
        return None
    heading = STATEMENT_HEADING_RE.fullmatch(text, block.body, block.end)
    mentions = find_mentions(text, heading.start("who"), heading.end("who")) if heading else []
    if len(mentions) != 1 or mentions[0].possessive or " and " in mentions[0].name:
        return None  # "Statement from Jo Roe and Al Key": two signers, read as a joint statement elsewhere
    name = ctx.add(mentions[0])
    return Attribution(name, ctx.kind_of(name), " ".join(text[block.body:mentions[0].end].split()), (), colon=True)
