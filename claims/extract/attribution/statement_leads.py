"""A statement a page gives out over its words with a full stop, not a colon: `X has issued the following statement on
Y.` closing a paragraph, the quoted statement below (wave 25c)."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Block, split_sentences

from .patterns import STATEMENT_GIVEN
from .records import Attribution

OPENING_MARKS = "\"\u201c"
"""Marks that open a quoted statement."""
FOLLOWING_STATEMENT_RE = re.compile(STATEMENT_GIVEN.replace(r"(?:the\s+following|this|these|a|an)", r"the\s+following")
                                    + r"[^:;\"\u201c\u201d]{0,200}\.\s*$")
"""`X has issued the following statement on the Council's behalf.`: only `the following` points at words below."""


def following_statement(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a paragraph's last sentence `X has issued the following statement ....` as X's colon cue when a quotation
    opens the next paragraph; None for any other paragraph."""
    if not following or text[following[0].body:following[0].body + 1] not in OPENING_MARKS:
        return None
    sentence = split_sentences(text, block.body, block.end)[-1]
    match = FOLLOWING_STATEMENT_RE.search(text, *sentence)
    who = speaker_from_region(text, sentence[0], match.start(), ctx) if match else None
    if who is None or who.kind not in ("person", "organisation", "inspectorate"):
        return None
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), (), colon=True)
