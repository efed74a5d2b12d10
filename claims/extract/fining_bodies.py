"""A body the text shows fining someone (`was fined £1m by Ofcom`, `Ofcom has fined X`) or investigating them
(`Ofgem's investigation found`, `investigated by Ofgem`): the text's regulator, though its name has no regulator's
head."""
from __future__ import annotations

import re
from .text_caches import per_text

SANCTIONS = r"(?:fined|fines|reprimanded|reprimands|censured|censures|sanctioned|sanctions)"
"""What a body does to one it regulates: fines it, reprimands it, censures it."""
FINED_BY = r"\bfined\b(?:[^.;:!?]|\.(?=\d)){0,40}?\bby\s+(?:the\s+)?"
"""`fined £1.4m by ` (`the ` too): what stands right before the name of a body that fined someone."""
BODY_NAME = r"(?<![\w'\u2019])(?P<name>[A-Z][\w&\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&\-]*){0,4})"
"""A capitalised name of up to five words (`Ofcom`, `Office of Rail Regulation`), as the patterns below read a body
the name-reader may not read as one."""
FINED_BY_BEFORE_RE = re.compile(FINED_BY + "$")
"""`fined £1.4m by ` right before a body's name: the body fined someone."""
FINED_BY_NAME_RE = re.compile(FINED_BY + BODY_NAME)
"""A body's name after `fined ... by` (`was fined £20,000 by Tarnwatch`)."""
FINES_AFTER_RE = re.compile(r"(?:\s+\([^()]{1,40}\))?\s+(?:has\s+|had\s+|have\s+)?(?:today\s+)?"
                            rf"(?:{SANCTIONS}\s+and\s+)?(?:fined|fines)\b(?!\s+(?:[\u00a3$\u20ac\d]|by\b|over\b|for\b|after\b))")
"""` has fined`, ` (Ofcom) fined`, ` (the "Central Bank") reprimanded and fined` right after a body's name: the body
fines someone (never a headline's passive, `X fined £1.8m over spills`, `X fined by Y`)."""
WINDOW = 60
"""Characters before a name read for `fined ... by`."""


@per_text(256)
def fines_someone(text: str, name: str) -> bool:
    """Say whether the text shows a body fining someone: `fined £1.4m by NAME` or `NAME has fined`."""
    if "fine" not in text or not name:
        return False  # the cheap test first: most texts fine nobody
    return named_between(text, name, FINED_BY_BEFORE_RE, WINDOW, FINES_AFTER_RE)


def named_between(text: str, name: str, before: re.Pattern[str], window: int, after: re.Pattern[str]) -> bool:
    """Say whether some place the text writes `name` has `before` ending right before it (within `window`
    characters) or `after` starting right after it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if before.search(text, max(0, at - window), at) or after.match(text, end):
            return True
        at = text.find(name, end)
    return False


def fining_body(text: str, names: list[str]) -> str | None:
    """Return the one body of `names` the text shows fining someone, else None (none, or two)."""
    if "fine" not in text:
        return None  # the cheap test first
    fining = [name for name in names if fines_someone(text, name)]
    return fining[0] if len(fining) == 1 else None


INVESTIGATES_AFTER_RE = re.compile(r"['\u2019]s\s+(?:own\s+)?(?:investigation|inquiry|probe|enforcement)\b")
"""`'s investigation` right after a body's name: the body investigated someone."""
INVESTIGATED_BY_BEFORE_RE = re.compile(r"\binvestigated\s+by\s+(?:the\s+)?$")
"""`investigated by ` right before a body's name."""
INVESTIGATED_WINDOW = 20
"""Characters before a name read for `investigated by`."""


def investigates_someone(text: str, name: str) -> bool:
    """Say whether the text shows a body investigating someone: `NAME's investigation`, `investigated by NAME`."""
    if "investigat" not in text and "inquiry" not in text and "probe" not in text:
        return False  # the cheap test first
    return named_between(text, name, INVESTIGATED_BY_BEFORE_RE, INVESTIGATED_WINDOW, INVESTIGATES_AFTER_RE)


INVESTIGATING_NAME_RE = re.compile(BODY_NAME + r"['\u2019]s\s+(?:own\s+)?(?:investigation|inquiry|probe)\b")
"""A capitalised name before `'s investigation` (`Ofgem's investigation`): a body without a head the name-reader
may not read as one."""


def investigating_names(text: str) -> frozenset[str]:
    """Return the names the text writes before `'s investigation`, `'s inquiry` or `'s probe`, without an opening
    `The`."""
    if "'s " not in text and "\u2019s " not in text:
        return frozenset()
    return frozenset(m.group("name").removeprefix("The ") for m in INVESTIGATING_NAME_RE.finditer(text)
                     if m.group("name") != "The")


def enforces(text: str, name: str) -> bool:
    """Say whether the text shows a body fining or investigating someone."""
    return fines_someone(text, name) or investigates_someone(text, name)


FINING_NAME_RE = re.compile(BODY_NAME + FINES_AFTER_RE.pattern)
"""A capitalised name right before ` has today fined` (`Ofcom has today fined X`): a body without a head the
name-reader may not read as one."""
LEAD_CHARS = 600
"""How far into a text (its headline and lead) a fining name is read as the release's issuer."""


def lead_fining_name(text: str) -> str | None:
    """Return the one name the headline and lead show fining someone (`Ofcom fines X ... Ofcom has today fined X`),
    without an opening `The`, else None (wave 20b)."""
    if "fine" not in text[:LEAD_CHARS]:
        return None  # the cheap test first
    names = {m.group("name").removeprefix("The ") for m in FINING_NAME_RE.finditer(text, 0, LEAD_CHARS)}
    names.discard("The")
    return names.pop() if len(names) == 1 else None
