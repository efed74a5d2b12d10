"""The kind of a body a text calls by its letters (`the FCA`, `the NAO`): the kind of the body the letters stand for,
given in brackets after its name or spelled by its initials (wave 27h); or, when no body the text has named so far
does, the body the text spells them out as anywhere, as a heading's letters are before the text names the body (wave
29d)."""
from __future__ import annotations

from ...model import BODY_KINDS
from ..entities import org_kind
from .body_traits import initials_of
from .focus import Focus
from .spelled_letters import LETTERS_RE, spelled_out



def stands_for(letters: str, names: Focus) -> str | None:
    """Return the one body the letters stand for: the body they were given to in brackets, else the one registered
    body whose capitalised words' initials spell them; None when no body or two different bodies do."""
    if not LETTERS_RE.fullmatch(letters):
        return None
    given = names.full_org(letters)
    if given != letters:
        return given
    spelled = {org for org in names.orgs if org != letters and initials_of(org) == letters.replace("&", "")}
    return spelled.pop() if len(spelled) == 1 else None


def letters_kind(letters: str, names: Focus) -> str:
    """Return the kind of the body a name of letters stands for (`inspectorate` for the Financial Conduct Authority's
    `FCA`), else `organisation`, the kind any body's name gets when nothing says more."""
    body = stands_for(letters, names)
    kind = names.kinds.get(body, "") if body is not None else later_kind(letters, names.text)
    return kind if kind in BODY_KINDS else "organisation"


def later_kind(short: str, text: str) -> str:
    """Return the kind, by its name, of the body the text spells a short name out as anywhere (`FSA Ruling on ...`
    then `The Food Standards Authority (FSA) is ...`: an inspectorate), "" when it spells out none."""
    body = spelled_out(short, text)
    return org_kind(body) if body is not None else ""
