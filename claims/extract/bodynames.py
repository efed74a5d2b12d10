"""What makes a run of capitalised words one body's name, by its words alone (wave 9): `A for the B` where B is a
body of its own names the body that did the work for another (`Acme Polling for the Food Standards Agency`: a poll
Acme ran for the agency).

Word tests only, below the name reader (`entities`) that calls them; the context-level rules are in `bodies`.
"""
from __future__ import annotations

from .vocabulary import ORG_HEADS, ROLES

FOR_THE = " for the "


def commissioned_cut(name: str) -> int:
    """Return where `for the` splits a name into two bodies (`YouGov for the Resolution Foundation`: the first ran a
    poll for the second), else -1: `Society for the Protection of Birds` (no body after `for the`), `Minister for the
    Cabinet Office` (a post before it) and `Commissioner for the X Trust` stay one name."""
    at = name.find(FOR_THE)
    if at <= 0 or name.find(FOR_THE, at + 1) >= 0:
        return -1
    left, right = name[:at].split(), name[at + len(FOR_THE):].split()
    if len(right) < 2 or right[-1].lower() not in ORG_HEADS or not right[-1][:1].isupper() or "of" in right:
        return -1  # "for the Protection of Birds", "for the Cabinet": no body of its own after `for the`
    return -1 if any(w.lower().rstrip("s") in ROLES or w.lower() in ROLES for w in left) else at
