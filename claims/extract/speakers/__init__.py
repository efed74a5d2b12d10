"""Names and speakers: what the text has named so far, and who the words before a cue are."""
from __future__ import annotations

from .appositives import (
    _APPOSITIVE_FAST_RE, APPOSITIVE_RE, NOUN_THEN_NAME_RE, _nouns_then_names, capital_first, register_acronyms,
    register_appositives,
)
from .body_traits import label_word, treated_as_body
from .cases import FILING_HINT_RE
from .clauses import names_a_speaker
from .context import Context, Who
from .names import _COMMON_OR_PEOPLE, _REFERENCE_OR_HEAD
from .regions import _speaker_of_clause, speaker_from_region
from .words import _CLAUSE_CUT_RE, _COMMON_NOUNS, _REFERENCE_WORDS, PEOPLE_GROUPS

__all__ = [
    "APPOSITIVE_RE",
    "FILING_HINT_RE",
    "NOUN_THEN_NAME_RE",
    "PEOPLE_GROUPS",
    "Context",
    "Who",
    "capital_first",
    "label_word",
    "names_a_speaker",
    "register_acronyms",
    "register_appositives",
    "speaker_from_region",
    "treated_as_body",
]
"""The public names (_APPOSITIVE_FAST_RE, _CLAUSE_CUT_RE, _COMMON_NOUNS, _COMMON_OR_PEOPLE, _REFERENCE_OR_HEAD,
_REFERENCE_WORDS, _nouns_then_names, _speaker_of_clause are re-exported too, for the tests that read them)."""
