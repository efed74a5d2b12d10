"""An attribution header phrased as the statement's source (`As stated by Police Commissioner Jo Roe:`, `As said by
Jo Roe, Chief Fire Officer:`): one line, ending on a colon, naming whose statement the paragraphs below are, as
`Please attribute to X:` does (wave 55f). The colon is required: `As stated by the council.` closes a sentence."""
from __future__ import annotations

import re

STATED_HEADER_RE = re.compile(r"as[ \t]+(?:stated|said|explained|outlined)[ \t]+by[ \t]+"
                              r"(?P<who>[^\n:]{3,150}?)[ \t]*:[ \t]*", re.IGNORECASE)
"""A header line `As stated by X:`: the source's words and a colon, no sentence after it."""
STATED_MARK = " by "
"""The letters every such header holds (`As stated by`, `As said by`): the cheap test first."""


def stated_header(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a header line `As stated by X:` over text[start:end], else None."""
    if text.find(STATED_MARK, start, end) < 0:
        return None
    return STATED_HEADER_RE.fullmatch(text, start, end)
