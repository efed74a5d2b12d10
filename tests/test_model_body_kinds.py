"""Wave 64x: the speaker kinds that are a body are one constant, `claims.model.BODY_KINDS`; no module of the package
writes the pair again (about forty modules wrote `("organisation", "inspectorate")` inline, three more named copies)."""
from __future__ import annotations

import re
from pathlib import Path

from claims.model import BODY_KINDS, SPEAKER_KINDS

PACKAGE = Path(__file__).resolve().parent.parent / "claims"
_PAIR_RE = re.compile(r"""[(\[{]\s*["']organisation["']\s*,\s*["']inspectorate["']\s*,?\s*[)\]}]""")
"""The pair written inline as a tuple, a list or a set, in either kind of quotes."""


def test_body_kinds() -> None:
    assert (BODY_KINDS, BODY_KINDS < frozenset(SPEAKER_KINDS)) == (frozenset({"organisation", "inspectorate"}), True)


def test_no_module_writes_the_pair_again() -> None:
    written = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                     if _PAIR_RE.search(path.read_text(encoding="utf-8")))
    assert written == ["model.py"]
