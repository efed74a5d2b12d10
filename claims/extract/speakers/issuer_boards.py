"""A company's own release calling itself by the people who govern it or by its kind (`the Board now expects`, `the
directors believe`, `..., the Group said`): such a reference left unresolved is the release's one issuer, when that
issuer is a company; a public body's release, or one with two issuers, keeps the text's words (wave 25b)."""
from __future__ import annotations

from typing import Iterable

from ..vocabulary import BOARD_WORDS, ISSUER_CUE

from .body_traits import ONE_COMPANY_WORDS, company_like



def own_reference(speaker: str) -> bool:
    """Say whether a speaker is `the` and a company's governing people or what any company calls itself (`the
    Board`, `The Directors`, `the group`), no name, no new party (`a board`) and no trade (`the insurer`)."""
    words = speaker.lower().split()
    return len(words) == 2 and words[0] == "the" and (words[1] in BOARD_WORDS or words[1] in ONE_COMPANY_WORDS)


def issuer_references(found: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """Map each unresolved own reference of a release to its issuer, given (speaker, kind, cue) rows: only when one
    company issued the release."""
    rows = list(found)
    issuers = {(speaker, kind) for speaker, kind, cue in rows if cue == ISSUER_CUE}
    if len(issuers) != 1:
        return {}
    issuer, kind = next(iter(issuers))
    if kind != "organisation" or not company_like(issuer):
        return {}  # "Eastvale Council ... the board said": a council's board may be another body's
    return {speaker: (issuer, kind) for speaker, speaker_kind, _ in rows
            if speaker_kind == "unresolved" and own_reference(speaker)}
