"""A foreword's extent (wave 36a): under a heading naming it (`Chair's foreword`, `A Message from the Chair`), down to
a sign-off of one person's name over her post (`Jo Roe` / `Chair`), every block is the signer's, whatever breaks a
run of first-person paragraphs in between: a sub-heading (`Safety`), a lead-in and its bullets, a table, a paragraph
that never says `I` or `we` (`Group revenue was £1.4bn.`), a closing line (`Respectfully submitted,`, `Thank you for
your continued support.`). Paragraphs read so have their cues kept and their cue-less figures given to the signer.

Below `issuer` and `blocks` (which read the signer as the voice of these blocks).
"""
from __future__ import annotations

import re

from ..entities import Mention
from ..statement import may_be_signed_off, sign_off
from ..text import Block
from ..vocabulary import load_words

from .patterns import ANY_CUE_RE
from .records import Attribution

FOREWORD_WORDS: frozenset[str] = load_words("foreword_headings")
"""The words of a foreword's heading (`foreword`, `message`)."""
FOREWORD_HINT_RE = re.compile("|".join(sorted(FOREWORD_WORDS)), re.IGNORECASE)
"""Any foreword word anywhere in a text: the cheap test before its blocks are read."""
WORD_RE = re.compile(r"[A-Za-z]+")
"""A heading's words, read against `FOREWORD_WORDS`."""
MAX_HEADING_CHARS = 80
"""A foreword's heading is a short line (`Foreword from the Mayor and Chief Executive`)."""
MAX_FOREWORD_BLOCKS = 40
"""How many blocks a foreword may run from its heading to its sign-off."""


def foreword_signers(text: str, blocks: list[Block]) -> dict[int, Mention]:
    """Map each block between a foreword's heading and its sign-off (the sign-off's name line left out) to the person
    who signs it off; blocks of no such foreword are left out."""
    if not may_be_signed_off(text) or FOREWORD_HINT_RE.search(text) is None:
        return {}  # the cheap tests first: most texts hold no sign-off, nor any foreword word
    signers: dict[int, Mention] = {}
    after = 0  # the first block a foreword may open on: past the last sign-off read
    for index in range(len(blocks)):
        signer = sign_off(text, blocks, index)
        if signer is None:
            continue
        heading = _heading_above(text, blocks, after, index)
        if heading is not None:
            signers.update((i, signer) for i in range(heading + 1, index))
        after = index + 2  # the name and the post under it
    return signers


def _heading_above(text: str, blocks: list[Block], first: int, sign_off_index: int) -> int | None:
    """Return the index of the nearest foreword heading above a sign-off, at or after `first` and within
    `MAX_FOREWORD_BLOCKS`, else None."""
    for index in range(sign_off_index - 1, max(first, sign_off_index - MAX_FOREWORD_BLOCKS) - 1, -1):
        if is_foreword_heading(text, blocks[index]):
            return index
    return None


def is_foreword_heading(text: str, block: Block) -> bool:
    """Say whether a block is a foreword's heading: a short line, no bullet, no closing punctuation, holding a
    foreword word (`Chair's foreword`, `A Message from the Chair`)."""
    if block.bullet or block.end - block.body > MAX_HEADING_CHARS or text[block.end - 1] in ".!?:;,":
        return False
    return any(word.lower() in FOREWORD_WORDS for word in WORD_RE.findall(text, block.body, block.end))


def signer_lead_in(text: str, block: Block, final: Attribution | None, signer: str) -> Attribution | None:
    """Give a foreword's lead-in that holds no cue and names no speaker (`Highlights of the year included:`) to its
    signer, not to the body in focus; a lead-in with a cue of its own (`Our records show the following:`) keeps its
    speaker."""
    if final is None or not final.colon or final.kind == "person" or final.speaker in text[block.body:block.end]:
        return final
    if ANY_CUE_RE.search(text, block.body, block.end) is not None:
        return final
    return Attribution(signer, "person", final.cue, final.spans, colon=True, lines=final.lines)
