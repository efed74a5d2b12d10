"""A name's last word written right after an honorific (`Mr Tor`, `Dame Bridge`): the name is a person's after all,
so neither a place (`places`) nor a placed name (`placed_names`) keeps it from being one. One reading for both, from
one list (`vocabulary.HONORIFICS`, wave 28a); an honorific that is the name's own first word (`Lady Bay`, `Sir Cove`:
places so named) is no honorific before it."""
from __future__ import annotations

from ...finding import find_all
from ..vocabulary import HONORIFIC_BEFORE_RE, HONORIFICS

_SPAN = max(map(len, HONORIFICS)) + 4
"""How far before a name's last word its honorific is read: the longest, its full stop and a few spaces."""


def honoured_surname(text: str, name: str) -> bool:
    """Say whether the text writes a name's last word right after an honorific that is not the name's own first
    word."""
    surname = name.split()[-1]
    own = len(name) - len(surname)  # where the last word starts inside the name
    return any(HONORIFIC_BEFORE_RE.search(text, max(0, at - _SPAN), at) is not None
               and not (own and text.startswith(name, at - own)) for at in find_all(text, surname))
