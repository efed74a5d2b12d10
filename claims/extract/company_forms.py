"""A company's legal name with its jurisdiction in brackets before its form (`Acme Motors (UK) Ltd`, `Brook Foods
(Ireland) Limited`): one name. The capitalised run stops at the bracket, so the speaker was cut to `Acme Motors`,
which the text may use for the parent company too. An abbreviated legal form keeps the full stop the text writes
inside a sentence (`Acme Inc., the maker`): the name is `Acme Inc.` wherever it is read (wave 27g, read whole since
wave 28a)."""
from __future__ import annotations

import re

from .vocabulary import LEGAL_FORMS, load_words
from .text_caches import per_text

WORD_FORMS: frozenset[str] = frozenset({"limited"})
"""Legal forms that are also a common word in lower case (`Acme limited its losses`): a form only when capitalised."""


def form_alternation(forms: frozenset[str] = LEGAL_FORMS) -> str:
    """Return regex source for a legal form as a text writes it: an abbreviation in any case (`Ltd`, `LTD`, `plc`,
    `GmbH`), a form that is also a word capitalised or in capitals (`Limited`, `LIMITED`, never `limited`)."""
    abbreviations = "|".join(sorted(forms - WORD_FORMS, key=len, reverse=True))
    words = "".join(f"|{word.capitalize()}|{word.upper()}" for word in sorted(forms & WORD_FORMS))
    return f"(?:(?i:{abbreviations}){words})"


def lower_case_forms(forms: frozenset[str] = LEGAL_FORMS) -> str:
    """Return regex source for a legal form written in lower case after a name (`Acme plc`), never a common word."""
    return "(?:" + "|".join(sorted(forms - WORD_FORMS, key=len, reverse=True)) + ")"


JURISDICTION_TAIL_RE = re.compile(
    r"[ \t]+\((?:UK|GB|US|USA|EU|NI|Europe|Ireland|Scotland|Wales|England|International|Holdings)\)"
    rf"[ \t]+{form_alternation()}\b")
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
COMPANY_FORMS: frozenset[str] = LEGAL_FORMS | {"corporation", "group", "holdings"}
"""Last words of a company's name after which `Board of` names that company's own board: a legal form, or a noun
that names a company of its own (`Acme Group`)."""


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


STOPPED_FORMS: frozenset[str] = load_words("stopped_forms")
"""Abbreviated legal forms a text may write with a full stop (`inc`, `corp`, `ltd`, `bros`)."""
_GOES_ON_RE = re.compile(r"[ \t]*[,;:]|[ \t]+[a-z(]")
"""What after a stop shows the sentence goes on: a comma, a semicolon or colon, a lower-case word, a bracket
(`Acme Inc. (NYSE: ACM) said`: a ticker's bracket inside the sentence)."""


def _form_lacks_stop(name: str) -> bool:
    """Say whether a name ends with an abbreviated legal form written without its stop (`Acme Inc`)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in STOPPED_FORMS


def _goes_on(text: str, stop: int) -> bool:
    """Say whether the full stop at `stop` stands inside a sentence that goes on after it (`Inc., the`)."""
    return text.startswith(".", stop) and _GOES_ON_RE.match(text, stop + 1) is not None


@per_text(256)
def written_stopped(text: str, name: str) -> bool:
    """Say whether the text writes a name with a stop after it where the sentence goes on (`Acme Inc., the`)."""
    if f"{name}." not in text:
        return False  # the cheap test first (wave 40a): the pattern below needs the name and its stop, verbatim
    pattern = re.compile(rf"(?<![\w&]){re.escape(name)}\.")
    return any(_goes_on(text, match.end() - 1) for match in pattern.finditer(text))


def with_form_stop(text: str, name: str, end: int) -> tuple[str, int]:
    """Return a name read in a text and where it ends, with its legal form's full stop when the text writes the name
    so inside a sentence (`Brambleton Inc` -> `Brambleton Inc.`); the span takes the stop where this one goes on."""
    if not _form_lacks_stop(name) or not written_stopped(text, name):
        return name, end
    return name + ".", end + _goes_on(text, end)
