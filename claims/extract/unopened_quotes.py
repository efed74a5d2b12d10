"""A quotation whose opening mark the writer left out (wave 66q): a paragraph's words run up to a closing mark and
its cue with no mark before them (`The trust is hiring 40 nurses," Jo Roe said.`), or a quotation opened in the
paragraph above goes on with no mark to reopen it (`... on steroids.` / `13,083 were aged 18-45," the ministry
said.`). Marks are paired by their shape, not their order: the paragraph's first double mark is shaped as a closing
one (after a stop or a comma, before a space or the paragraph's end), so the words before it are the quotation it
closes, and the cue after it says who speaks. A paragraph that quotes with single marks (its double ones inner) or
opens on a lead-in's colon is left as it is, and a mark after a word or a figure (`a 12" pipe`) closes nothing."""
from __future__ import annotations

import re

DOUBLE_OPEN = "\u201c"
"""The curly opening double mark: a paragraph whose first double mark it is has its opening."""
BEFORE_CLOSE = ",.!?"
"""What stands right before a closing mark that ends a quotation's words: a comma or a sentence's stop."""
_DOUBLE_RE = re.compile("[\u201c\u201d\"]")
_SINGLE_OPEN_RE = re.compile("(?<![^\\s(\\[])[\u2018'](?=\\w)(?!\\d\\ds?\\b)")
"""A single mark shaped as an opening (after a space or a bracket, before a word): the paragraph quotes in single
marks. A mark before two digits (`the '90s`, `the summer of '19`) elides a decade's or a year's first digits and
opens nothing."""
_LEAD_IN_RE = re.compile(r":\s")
"""A colon before the closing mark: a lead-in (`Jo Roe said: We cut waits."`) whose words are no quotation's; the
paragraph is left as it is."""


def unopened_close(text: str, start: int, end: int) -> int | None:
    """Return the closing mark that ends a paragraph's first words (`start` to `end`) as a quotation with no opening
    mark: its first double mark, after a stop or a comma and before a space or the paragraph's end, with no single
    mark shaped as an opening nor a lead-in's colon before it; else None."""
    first = _DOUBLE_RE.search(text, start, end)
    if first is None or first.start() == start or first.group() == DOUBLE_OPEN:
        return None
    at = first.start()
    if text[at - 1] not in BEFORE_CLOSE or at + 1 < end and not text[at + 1].isspace():
        return None
    return at if _SINGLE_OPEN_RE.search(text, start, at) is None and _LEAD_IN_RE.search(text, start, at) is None \
        else None
