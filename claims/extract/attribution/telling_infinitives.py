"""`to tell` and its hearer right before a quotation after a colon (wave 61d): `Mr Roe went on to tell councillors:
"..."`, `She was quick to tell reporters: "..."`, `The chair rose to tell MPs: "..."`. The sentence's subject speaks,
as after `went on to say:`; the hearer (up to five words, no stop inside) is whom it was told to, never the speaker."""
from __future__ import annotations

import re

from ..speakers import Context, Who
from ..text import Quote

from .verb_subjects import subject_before_verb

MAX_HEARER_WORDS = 5
"""The most words a hearer may take between `tell` and the colon (`the Brannock health scrutiny panel`)."""
TELLING_INFINITIVE_RE = re.compile(r"\bto\s+(?P<cue>tell)(?P<hearer>(?:\s+[\w'\u2019&\-]+){1,%d})\s*:\s*$"
                                   % MAX_HEARER_WORDS)
"""`to tell the scrutiny panel:` at the end of the words before a quotation."""


def telling_infinitive(text: str, sentence_start: int, quote: Quote, ctx: Context) -> tuple[Who, str] | None:
    """Return the subject of a sentence whose verb leads to `to tell` a hearer before a quotation (`Jo Roe went on to
    tell MPs: "..."`) and the cue (`to tell MPs`); None when no such infinitive or no subject."""
    match = TELLING_INFINITIVE_RE.search(text, sentence_start, quote.outer[0])
    if match is None:
        return None
    who = subject_before_verb(text, sentence_start, match.start(), ctx)
    return (who, " ".join(match.group().rstrip(": ").split())) if who is not None else None
