"""A document or an inquiry opening a clause of its own right before a cue (`Ofwat issued an order to Y after an
investigation found`, `..., when the audit showed`): the document speaks, as its owner or publisher, never a body
named in the main clause before it (wave 19b)."""
from __future__ import annotations

from ..entities import Mention
from ..vocabulary import CASE_NOUNS, DOCUMENT_NOUNS

from .cases import case_speaker
from .context import Context
from .documents import document
from .words import DETERMINERS

SUBORDINATORS: frozenset[str] = frozenset("after when because since before until once as".split())
"""Words that open a clause of its own inside a subject's clause (`X fined Y after an investigation found`)."""
MAX_DOCUMENT_WORDS = 5
"""How many words a document's phrase after such a word may have (`the Water Standards Authority's review`)."""


def subordinate_document(text: str, start: int, raw: list[str], words: list[str], mentions: list[Mention],
                         ctx: Context) -> tuple[str, str] | None:
    """Resolve a document or an inquiry opening the clause right before the cue, with only the names in that clause,
    to the body or person it is; None when it has no owner (the clause's subject is read as before)."""
    if len(words) < 4 or words[-1] not in DOCUMENT_NOUNS and words[-1] not in CASE_NOUNS:
        return None  # the cheap test first: no document right before the cue
    at = next((i for i in range(len(words) - 2, max(0, len(words) - 2 - MAX_DOCUMENT_WORDS), -1)
               if words[i] in SUBORDINATORS), None)
    if at is None or at == 0 or words[at + 1] not in DETERMINERS:
        return None  # "the council's report found": no clause of its own
    offset = len(text) - len(text[start:].lstrip())
    for word in raw[:at + 1]:
        offset = text.index(word, offset) + len(word)  # where the clause after the subordinator begins
    own = [m for m in mentions if m.start >= offset]
    phrase, written = words[at + 1:], raw[at + 1:]
    found = case_speaker(text, phrase, own, ctx) if phrase[-1] in CASE_NOUNS else document(phrase, own, ctx, written)
    return found if found is not None and found[1] not in ("document", "unresolved") else None  # no owner: read on
