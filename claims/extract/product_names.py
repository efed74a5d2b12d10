"""A name a product is sold or marketed under (wave 22a): `a powder, sold as Flexagen Pro, from a stall` names a
product, never a person whom a later `He said` means nor a body; `known as` (a person's other name) is left alone.
"""
from __future__ import annotations

import re

_SOLD_AS_RE = re.compile(r"\b(?:sold|marketed|branded|advertised|packaged|labelled|labeled|supplied|sold online)"
                         r"[ \t]+(?:as|under[ \t]+the[ \t]+(?:name|brand|brand[ \t]+name)s?)[ \t]+(?:the[ \t]+)?$")
"""The words before a product's name: `sold as `, `marketed under the brand name `."""
_REACH = 40
"""How far before a name those words may start."""


def named_as_product(text: str, start: int) -> bool:
    """Say whether the name at `start` is one a product is sold under (`sold as Flexagen Pro`)."""
    if text[max(0, start - _REACH):start].rstrip()[-2:] not in ("as", "me", "nd", "es", "ds"):
        return False  # no `as`, `name`, `brand`, `names`, `brands` right before (the cheap test first)
    return _SOLD_AS_RE.search(text, max(0, start - _REACH), start) is not None
