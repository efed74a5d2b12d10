"""A council named by its place with its head in lower case (`Kelby council has said`, `..., Kelby council said`), as
local papers write it: the words reach the reference reader in lower case with no determiner, so `council` alone was
read and left unresolved. The text's own spelling (`Kelby council`) is the body when every word before `council` is
written with a capital there and none is a common word or a council's kind (`Town council`, `Parish council` stay as
they were; wave 62f)."""
from __future__ import annotations

import re

from ..entities import Mention

from .side_nouns import COUNCIL_HEADS
from .words import COMMON_NOUNS, DETERMINERS

COUNCIL_HEAD = "council"
"""The one head read so: a council's place and `council` (`Kelby council`)."""


def place_council(words: list[str], text: str, start: int) -> Mention | None:
    """Return the council a reference's lower-case words name by its place (`['kelby', 'council']`), spelled as the
    text writes it at or after `start` (else the last time before it), else None."""
    place = words[:-1]
    if words[-1:] != [COUNCIL_HEAD] or not 1 <= len(place) <= 3 \
            or any(word in DETERMINERS or word in COMMON_NOUNS or word in COUNCIL_HEADS or not word[:1].isalpha()
                   for word in place):
        return None  # "the council", "Town council", "Kelby city council": no place alone
    pattern = re.compile(r"(?<![\w\-])" + r"[ \t]+".join(
        rf"(?=[A-Z]){re.escape(word[:1].upper())}(?i:{re.escape(word[1:])})" for word in place)
        + rf"[ \t]+{COUNCIL_HEAD}\b")
    found = list(pattern.finditer(text))
    after = [match for match in found if match.start() >= start]
    match = after[0] if after else (found[-1] if found else None)
    return None if match is None else Mention(match.start(), match.end(), match.group(), "org")
