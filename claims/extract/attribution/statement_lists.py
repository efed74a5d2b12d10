"""A person's statement set out under a heading that names her goes on through a list she spells out in paragraphs
(wave 57f): `This year, nine towns were certified as litter-free:` over `Elmford and Brook became ...;`, then
`More than 12,000 trees have been planted in 17 parks;`: a paragraph of prose ending on a colon or a semicolon is
still her statement, not the writer's narration resuming."""
from __future__ import annotations

from ..statement import quote_marked
from ..text import Block

from .patterns import CUE_RE

LIST_ENDS = ":;"
"""The marks a paragraph of a list spelled out in paragraphs closes on: its lead-in's colon, its items' semicolons."""
MIN_LIST_WORDS = 5
"""A heading or a label over a few words (`Key points:`) is no paragraph of the statement."""


def listed_paragraph(text: str, block: Block) -> bool:
    """Say whether a paragraph may go on with a person's statement as a list's lead-in or item set out in paragraphs:
    prose of five words or more closing on a colon or a semicolon, no bullet, no quotation, no cue of its own."""
    return not block.bullet and text[block.end - 1] in LIST_ENDS \
        and len(text[block.body:block.end].split()) >= MIN_LIST_WORDS \
        and not quote_marked(text, block.body, block.end) \
        and CUE_RE.search(text, block.body, block.end) is None
