"""A live page's entries (wave 34c): a page of three or more entries, each opened by a line holding only its time stamp
(`12:15`, `2.15pm`, `09:30 GMT`) or its stamp and headline (`15:42 - Bank: cash machines back`), is read entry by
entry. Its entries run newest first or oldest first and each reports its own party, so nothing read in one entry (a
lead-in waiting for its items, the speaker of a quotation going on, whom `it` or `he` means, the paragraph that spoke
last) carries into the next; and its headlines set as questions (`What went wrong?`) are no interview's questions.

Below `blocks` (which resets its own state and the text's focus at each entry it names).
"""
from __future__ import annotations

import re

from ..text import Block

ENTRY_STAMP_RE = re.compile(r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)"
                            r"(?:[ \t]*(?:GMT|BST|UTC|IST|ET|EST|EDT|CET))?"
                            r"[ \t]*(?:$|[\-\u2013\u2014|:][ \t]+\S)", re.IGNORECASE)
"""A live entry's opening line: a time stamp alone (`12:15`, `9.30am`, `09:30 GMT`) or before its headline (`15:42 -
Bank: ...`); never a figure opening a sentence (`12.5% of ...`)."""
MIN_ENTRIES = 3
"""How many time-stamped entries make a page a live page (two stamps may only date a release and its update)."""


def opens_entry(text: str, block: Block) -> bool:
    """Say whether a paragraph is a live entry's opening line: its time stamp, alone or before a headline."""
    return text[block.body:block.body + 1].isdigit() and ENTRY_STAMP_RE.match(text[block.body:block.end]) is not None


def entry_openings(text: str, blocks: list[Block]) -> frozenset[int]:
    """Return the indexes of the paragraphs that open a live page's entries; none when the page has fewer than three."""
    openings = frozenset(index for index, block in enumerate(blocks) if not block.bullet and opens_entry(text, block))
    return openings if len(openings) >= MIN_ENTRIES else frozenset()
