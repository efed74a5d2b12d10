"""A body named after the possessive of a person the text has named (`Pell's Office of Consumer Affairs`, the attorney
general Nora Pell named before): the body is its own name, the office (`Office of Consumer Affairs`), never a body
called after the person (wave 30c)."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..entities import Mention
from ..vocabulary import any_script

OWNER_RE = any_script(re.compile(r"(?P<owner>[A-Z][\w\-]*)(?:'s|\u2019s)\s+(?=[A-Z])"))
"""A name in the possessive opening a body's name (`Pell's Office of ...`)."""


def without_person_owner(mention: Mention, kinds: Mapping[str, str], full_person: Callable[[str], str]) -> Mention:
    """Return a body's mention without the possessive of a person the text named before it (`Pell's Office of X`:
    `Office of X`), else the mention as it is (`Acme's Board`, an unknown `Roe's Office`)."""
    owner = OWNER_RE.match(mention.name)
    if owner is None or kinds.get(full_person(owner.group("owner"))) != "person":
        return mention
    return mention._replace(start=mention.start + owner.end(), name=mention.name[owner.end():])
