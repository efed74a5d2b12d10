"""A body's own governing people named by its short name's possessive (`Tamworth's board said`, `Acme's directors
said`): the body the text named in full speaks (`Tamworth Engineering Group`), never the body in focus nor the bare
`board`. Wave 20d."""
from __future__ import annotations

from ..vocabulary import load_words, without_possessive

from .context import Context
from .references import first_words_of

BOARD_WORDS: frozenset[str] = load_words("board_words")
"""The people who govern a body and speak as it (`board`, `directors`, `management`)."""


def owned_board(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `X's board`, where X is a short name that starts exactly one body the text has named, to that body."""
    if len(raw) < 2 or words[-1] not in BOARD_WORDS or not raw[-2][:1].isupper():
        return None
    owner = without_possessive(raw[-2].strip("\"'\u2018\u201c"))
    if owner == raw[-2] or not owner.isalpha():
        return None
    name = first_words_of(owner, ctx)
    if ctx.kinds.get(name) not in ("organisation", "inspectorate"):
        return None
    return ctx.full_org(name), ctx.kinds[name]
