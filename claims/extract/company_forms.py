"""A company's legal name with its jurisdiction in brackets before its form (`Acme Motors (UK) Ltd`, `Brook Foods
(Ireland) Limited`): one name. The capitalised run stops at the bracket, so the speaker was cut to `Acme Motors`,
which the text may use for the parent company too."""
from __future__ import annotations

import re

JURISDICTION_TAIL_RE = re.compile(
    r"[ \t]+\((?:UK|GB|US|USA|EU|NI|Europe|Ireland|Scotland|Wales|England|International|Holdings)\)"
    r"[ \t]+(?:Ltd|Limited|plc|PLC|LLP|Inc|LLC|GmbH)\b")
"""` (UK) Ltd` after a company's name: its jurisdiction in brackets, then its legal form."""


def jurisdiction_tail(text: str, end: int) -> int:
    """Return where a company's bracketed jurisdiction and legal form end after a run ending at `end` (` (UK) Ltd`),
    else -1."""
    if not text.startswith(" (", end):
        return -1  # the cheap test first: most runs are not followed by a bracket
    tail = JURISDICTION_TAIL_RE.match(text, end)
    return tail.end() if tail else -1


def without_cut_names(names: list[str]) -> list[str]:
    """Return names without those that are another name cut at its bracketed jurisdiction (`Acme Motors` beside `Acme
    Motors (UK) Ltd`): one company, named whole (wave 26e)."""
    return [name for name in names if not any(other.startswith(name + " (") for other in names)]


BOARD_OPENINGS: tuple[str, ...] = ("Board of Directors of ", "Board of ", "Directors of ")
"""How a company's board is named before the company (`The Board of Acme Leisure plc notes ...`)."""
COMPANY_FORMS: frozenset[str] = frozenset("plc ltd limited inc llc corporation group holdings".split())
"""Last words of a company's name after which `Board of` names that company's own board."""


def board_opening(name: str) -> int:
    """Return how many characters of a name name a company's board before the company (`Board of ` in `Board of Acme
    Leisure plc`: the board speaks as the company), else 0; `Board of Trade`, `Board of Health` are bodies of their
    own; `Board of Directors of` names a board whatever the company's last word (`... of Holmbrook Town Football
    Club`)."""
    opening = next((o for o in BOARD_OPENINGS if name.startswith(o)), "")
    rest = name[len(opening):]
    directors = opening.endswith("Directors of ")
    return len(opening) if opening and " " in rest \
        and (directors or rest.split()[-1].lower().rstrip(".") in COMPANY_FORMS) else 0
