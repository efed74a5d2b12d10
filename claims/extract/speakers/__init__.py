"""Names and speakers: what the text has named so far, and who the words before a cue are."""
from __future__ import annotations

from .appositives import (
    APPOSITIVE_FAST_RE, APPOSITIVE_RE, NOUN_THEN_NAME_RE, nouns_then_names, capital_first, register_acronyms,
    register_appositives,
)
from .body_traits import label_word, treated_as_body
from .cases import FILING_HINT_RE
from .clauses import names_a_speaker
from .context import Context, Who
from .names import COMMON_OR_PEOPLE, REFERENCE_OR_HEAD
from .regions import speaker_of_clause, speaker_from_region
from .words import CLAUSE_CUT_RE, COMMON_NOUNS, REFERENCE_WORDS, PEOPLE_GROUPS

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
"""The public names (APPOSITIVE_FAST_RE, CLAUSE_CUT_RE, COMMON_NOUNS, COMMON_OR_PEOPLE, REFERENCE_OR_HEAD,
REFERENCE_WORDS, nouns_then_names, speaker_of_clause are re-exported too, for the tests that read them)."""
