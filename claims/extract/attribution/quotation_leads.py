"""A lead-in with no colon right above a quotation: its paragraph ends on a comma, a dash or dots (`Jo Roe, director
of X, said,`, `Jo Roe said in a statement on Monday -`, `Speaking at the hearing, Jo Roe said...`), or on its verb of
speech alone (`Jo Roe said`), and the next paragraph opens on a quotation mark. It is no heading but a lead-in, and the
quotation below is the cue's subject's, as after `said:` (wave 68e). A full stop makes a closing cue instead (`Sales
rose, Jo Roe said.`)."""
from __future__ import annotations

import re

from ..text import Block
from ..vocabulary import SPEECH_VERBS, verb_alternation

from .patterns import ANY_CUE_RE

OPEN_MARK_RE = re.compile(r"(?:,|[\u2013\u2014\u2026]|-{1,2}|\.\.\.)[ \t\u00a0]*$")
"""How an open lead-in may end short of a colon: a comma, a dash or dots."""
SPEECH_END_RE = re.compile(rf"\b(?:{verb_alternation(SPEECH_VERBS)})[ \t\u00a0]*$")
"""A paragraph ending on its verb of speech, no mark after it (`Jo Roe said`)."""
QUOTATION_BELOW_RE = re.compile(r"[ \t\u00a0]*\n\s*[\"\u201c\u2018]")
"""A paragraph break, then a paragraph opening on a quotation mark."""


def ends_open(text: str, start: int, end: int) -> bool:
    """Say whether a span ends the way an open lead-in does: on a comma, a dash or dots, or on a verb of speech."""
    return OPEN_MARK_RE.search(text, start, end) is not None or SPEECH_END_RE.search(text, start, end) is not None


def leads_quotation_below(text: str, start: int, end: int) -> bool:
    """Say whether a sentence with a cue ends its paragraph open (`Jo Roe said,`) and the next paragraph opens on a
    quotation mark: a lead-in to that quotation, as if it ended in a colon."""
    return QUOTATION_BELOW_RE.match(text, end) is not None and ends_open(text, start, end)


def open_quotation_lead(text: str, block: Block) -> bool:
    """Say whether a paragraph is an open lead-in to the quotation below it (`Jo Roe, director of X, said,`): never a
    heading. A cue and a comma or dash at its end, or its verb of speech last (a headline names what was said)."""
    if QUOTATION_BELOW_RE.match(text, block.end) is None:
        return False  # the cheap test first: most paragraphs are followed by no quotation
    return SPEECH_END_RE.search(text, block.body, block.end) is not None \
        or OPEN_MARK_RE.search(text, block.body, block.end) is not None \
        and ANY_CUE_RE.search(text, block.body, block.end) is not None
