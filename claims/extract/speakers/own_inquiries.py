"""A release's own inquiry: `The investigation found that:` or `Our investigation found` left unresolved in a release
one body issued (a government branch's `From:` release, an agency's news release) is that issuer's own inquiry, of
whatever kind the issuer is; a release with two issuers, a described or owned inquiry (`the independent
investigation`, `the council's investigation`) or a new one (`an investigation`) keeps the text's words (wave 33d)."""
from __future__ import annotations

from typing import Iterable

from ..vocabulary import INQUIRY_NOUNS, ISSUER_CUE

OWN_DETERMINERS: frozenset[str] = frozenset({"the", "our"})
"""Words before an inquiry's noun that make it the writer's own one, no other party named."""


def own_inquiry(speaker: str) -> bool:
    """Say whether a speaker is `the` or `our` and an inquiry's noun alone (`the investigation`, `Our probe`)."""
    words = speaker.lower().split()
    return len(words) == 2 and words[0] in OWN_DETERMINERS and words[1] in INQUIRY_NOUNS


def inquiry_references(found: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved own inquiry of a release to its one issuer, given (speaker, kind, cue) rows."""
    rows = list(found)
    issuers = {(speaker, kind) for speaker, kind, cue in rows if cue == ISSUER_CUE}
    if len(issuers) != 1:
        return {}
    return {speaker: next(iter(issuers)) for speaker, kind, _ in rows if kind == "unresolved" and own_inquiry(speaker)}
