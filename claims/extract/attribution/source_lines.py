"""A table's source line (wave 35a): the party a `Source:` line names first speaks for the rows of the table above it,
though the line goes on past its name: a document after a comma (`Source: X, Y statistics`), what the party analysed
(`Source: X analysis of Y`), a second sentence of notes (`Source: X. Figures are rounded.`)."""
from __future__ import annotations

import re

from ..speakers import Context, Who, speaker_from_region
from ..text import Block, Span

SOURCE_LINE_RE = re.compile(r"(?:Source|Sources|Data)\s*:\s*(?=\S)")
"""How a table's source line opens: `Source: `, `Sources: `, `Data: `."""
SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9]{2})\.\s+(?=[A-Z])")
"""A full stop that ends the line's first sentence: after a word of two letters or more in lower case or figures
(`Bligh. Regions`, `2027. Figures`), never after initials (`U.S. Grain Board`)."""
MAX_SOURCE_CHARS = 100
"""A source's name, and what it published, fit in the first sentence of a short line."""
SOURCE_KINDS: frozenset[str] = frozenset({"organisation", "inspectorate", "document", "person"})
"""The kinds of party a source line may name as the table's source: a firm the text read as a person's name (`Source:
Hale Dunmore, Shed Index`) is still the source the line names; only an unresolved phrase gives nothing."""


def source_region(text: str, block: Block) -> Span | None:
    """Return the words of a source line up to the end of its first sentence, or None when the line is no source
    line or its first sentence is too long to be a source's name."""
    if not text.startswith(("Source", "Data"), block.body):
        return None  # the cheap test first: most lines are no source line
    line = SOURCE_LINE_RE.match(text, block.body, block.end)
    if line is None:
        return None
    stop = SENTENCE_END_RE.search(text, line.end(), block.end)
    end = (stop.start() if stop else block.end) - (text[block.end - 1] == "." and stop is None)
    return (line.end(), end) if 2 <= end - line.end() <= MAX_SOURCE_CHARS else None


def source_party(text: str, block: Block, ctx: Context) -> Who | None:
    """Return the party a source line names first (before a comma, else in its first sentence), or None when it
    names no party."""
    region = source_region(text, block)
    if region is None:
        return None
    comma = text.find(",", *region)
    for part in ([(region[0], comma)] if comma > region[0] else []) + [region]:
        who = speaker_from_region(text, *part, ctx)
        if who is not None and who.kind in SOURCE_KINDS:
            return who
    return None
