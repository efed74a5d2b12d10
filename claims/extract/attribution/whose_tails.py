"""A restrictive relative of `whose` between a subject's head and its cue (wave 61d): `The ailing water firm whose
chief stood down after a fine from the Rexley Water Authority says it cut leaks`, `The school whose head was praised by the
Schools Board said`. The relative tells what belongs to the head; a name inside it (the body that rated, praised or
fined) never speaks, so the subject ends before `whose`, as it ends before a relative `who` (`patterns.WHO_TAIL_RE`)."""
from __future__ import annotations

import re

from ..vocabulary import any_script

MAX_TAIL_CHARS = 160
"""The longest relative read between the head and its cue."""
WHOSE_TAIL_RE = any_script(re.compile(r"(?<=[a-z])\s+whose\s+[a-z][^,;:.\"\u201c\u201d]{1,%d}$" % MAX_TAIL_CHARS))
"""` whose chairman resigned after ...` closing the words before a cue, no stop nor comma inside."""


def whose_tail_start(text: str, start: int, end: int) -> int | None:
    """Return where a relative of `whose` closing text[start:end] starts (the head before it is the subject), else
    None."""
    if text.find("whose", max(start, end - MAX_TAIL_CHARS - 8), end) < 0:  # any space around it: a break, a tab (63x)
        return None
    tail = WHOSE_TAIL_RE.search(text, max(start, end - MAX_TAIL_CHARS - 8), end)
    return tail.start() if tail is not None and tail.start() > start else None
