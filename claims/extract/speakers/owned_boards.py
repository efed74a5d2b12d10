"""A body's own governing people named by its short name's possessive (`Tamworth's board said`, `Acme's directors
said`): the body the text named in full speaks (`Tamworth Engineering Group`), never the body in focus nor the bare
`board`. Wave 20d. A reference's possessive before them (`the trust's trustees said`) is the body the reference means,
else the text's words, unresolved: never dropped (wave 27i)."""
from __future__ import annotations

from ...model import BODY_KINDS
from ..vocabulary import BOARD_WORDS, load_words, without_possessive

from .context import Context
from .references import first_words_of, reference
from .words import DETERMINERS, ORG_HEADS, REFERENCE_WORDS

GOVERNING_PEOPLE: frozenset[str] = load_words("governing_people")
"""The same after a reference's possessive, with `trustees` and `governors` (`the trust's trustees`)."""


def owned_board(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `X's board`, where X is a short name that starts exactly one body the text has named, to that body."""
    if len(raw) < 2 or words[-1] not in BOARD_WORDS or not raw[-2][:1].isupper():
        return None
    owner = without_possessive(raw[-2].strip("\"'\u2018\u201c"))
    if owner == raw[-2] or not owner.isalpha():
        return None
    name = first_words_of(owner, ctx)
    if ctx.kinds.get(name) not in BODY_KINDS:
        return None
    return ctx.full_org(name), ctx.kinds[name]


def reference_board(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `the trust's trustees`, `the firm's directors`: the body the reference means, else the words, unresolved;
    None unless a determiner, a reference's possessive and a governing noun end the subject."""
    if len(words) < 3 or words[-1] not in GOVERNING_PEOPLE or words[-3] not in DETERMINERS:
        return None
    owner = without_possessive(words[-2])
    if owner == words[-2] or owner not in ORG_HEADS and owner not in REFERENCE_WORDS:
        return None
    found = reference([words[-3], owner], ctx)
    return found if found is not None and found[1] != "unresolved" else (" ".join(raw[-3:]), "unresolved")
