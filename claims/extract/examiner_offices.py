"""A body named for the examiner it houses (`Office of the State Auditor`, `Financial Ombudsman Service`, `Court of
Auditors`): an inspectorate, as the examiner is, though its head is an office, a service, a court or a branch
(wave 27h). Read only for the kind a row shows, once the text is read: who speaks is left as the rules read it."""
from __future__ import annotations

import functools

from .entities import head_noun
from .vocabulary import INSPECTORATE_HEADS, load_words, without_possessive

EXAMINER_OFFICES: frozenset[str] = load_words("examiner_offices")
"""Heads of a body that houses an examiner (`office`, `service`, `court`, `branch`)."""


@functools.lru_cache(maxsize=1024)
def houses_examiner(name: str) -> bool:
    """Say whether a body's name, headed by an office of EXAMINER_OFFICES, holds an inspectorate's head beside it
    (`Office of the State Auditor`, `Financial Ombudsman Service`); the head alone, or an institute of auditors, is
    none. Remembered for the last names asked (asked two or three times a row, wave 40a): the answer is the name's."""
    head = head_noun(name)
    return head in EXAMINER_OFFICES and any(
        without_possessive(word) in INSPECTORATE_HEADS for word in name.lower().split() if word != head)
