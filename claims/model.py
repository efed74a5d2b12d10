"""Column names, verdict words, the Claim record and the named errors: imported by all, importing none."""
from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

CLAIM_COLUMNS: tuple[str, ...] = ("claim_id", "source", "speaker", "claim", "quote", "start", "end")
"""The columns of an extracted claims table, in order."""

EXTRACT_COLUMNS: tuple[str, ...] = CLAIM_COLUMNS + ("speaker_kind", "cue", "speaker_confidence")
"""The columns of the extractor's table: the claim's columns, then who speaks (`speaker_kind`: organisation,
person, inspectorate, document or unresolved), the words that made the attribution (`cue`), and the share of
right speakers measured for attributions of its kind on texts the rules were not tuned to (`speaker_confidence`,
NaN when the speaker is unresolved)."""

SPEAKER_KINDS: tuple[str, ...] = ("organisation", "person", "inspectorate", "document", "unresolved")
"""What kind of party a speaker is; `inspectorate` covers regulators and watchdogs."""
BODY_KINDS: frozenset[str] = frozenset({"organisation", "inspectorate"})
"""The speaker kinds that are a body (never a person's, a document's or the text's own words)."""

REVIEW_COLUMNS: tuple[str, ...] = ("verdict", "note", "evidence", "analyst", "updated_at", "source_sha256")
"""The columns an analyst's review adds, in order, after the claim's columns."""

EXTRA_COLUMNS: tuple[str, ...] = ("origin", "dismissed")
"""Bookkeeping columns at the end: `origin` is `extracted` or `added`; `dismissed` is `yes` or empty."""

ORIGINAL_COLUMNS: tuple[str, ...] = ("original_speaker", "original_claim", "original_quote")
"""The extractor's speaker, statement and quote of a claim an analyst corrected (empty otherwise); the
corrected row is placed again by these, so a correction survives re-extraction."""

CHECK_COLUMNS: tuple[str, ...] = ("speaker_checked",)
"""`speaker_checked` is `yes` when the row's analyst checked the extractor's speaker and found it right (the
board's "speaker is right"), else empty. It belongs to the analyst's row like a verdict: it holds for the
row's speaker only, and a claim a new extractor gives to another speaker is placed as another claim."""

LEGACY_COLUMNS: tuple[str, ...] = CLAIM_COLUMNS + REVIEW_COLUMNS + EXTRA_COLUMNS
"""The columns of a verdict CSV before corrections (still read; written with ORIGINAL_COLUMNS added)."""

CORRECTED_COLUMNS: tuple[str, ...] = LEGACY_COLUMNS + ORIGINAL_COLUMNS
"""The columns of a verdict CSV before confirmed speakers (still read; written with CHECK_COLUMNS added)."""

VERDICT_COLUMNS: tuple[str, ...] = CORRECTED_COLUMNS + CHECK_COLUMNS
"""The columns of a verdict CSV, in their fixed, documented order."""

OPTIONAL_COLUMNS: tuple[str, ...] = ORIGINAL_COLUMNS + CHECK_COLUMNS
"""The columns a file or table of an earlier release lacks: read as empty."""

SPEAKER_CHECKED: str = "yes"
"""The value of `speaker_checked` when the analyst confirmed the speaker (empty otherwise)."""

VERDICTS: tuple[str, ...] = ("supported", "disputed", "unverified")
"""The three decisions an analyst can make; an empty verdict means not reviewed yet."""


def verdict_problem(word: object) -> str:
    """Return what is wrong with a verdict word ("" when it is a verdict, or empty for not reviewed)."""
    if word in ("",) + VERDICTS:
        return ""
    shown = repr(str(word) if len(str(word)) <= 40 else str(word)[:40] + "…")
    return f"verdict {shown} is not one of {', '.join(VERDICTS)} (or empty for not reviewed)"

ORIGINS: tuple[str, ...] = ("extracted", "added", "corrected", "split", "merged")
"""Where a claim row came from: the extractor, an analyst who pasted its quote, or an analyst who
corrected an extracted claim (its speaker, statement or span), split one in two, or merged two."""

EDITED_ORIGINS: tuple[str, ...] = ("corrected", "split", "merged")
"""The origins of a claim an analyst changed; its extractor's original is in ORIGINAL_COLUMNS."""


@dataclass(frozen=True)
class Source:
    """A decoded source text with its provenance."""

    path: str
    name: str
    text: str
    sha256: str
    encoding: str


@dataclass(frozen=True)
class Claim:
    """One atomic claim: who claims what, and exactly where in the source text it is said."""

    claim_id: str
    source: str
    speaker: str
    claim: str
    quote: str
    start: int
    end: int


def shell_word(path: str | Path) -> str:
    """Return a path as one word a shell reads back unchanged, for commands an error message suggests."""
    return shlex.quote(str(path))


class ClaimsError(Exception):
    """Base class of every error this package raises on purpose."""


class SourceError(ClaimsError):
    """A source text cannot be read: missing, empty, binary or undecodable."""


class VerdictFileError(ClaimsError):
    """A verdict CSV cannot be trusted: malformed, tampered, unknown verdict word or missing column."""


class VerdictError(ClaimsError):
    """A verdict cannot be recorded: unknown verdict word, unknown claim id, or a failed save."""


class SaveError(VerdictError):
    """Saving a verdict file failed (disk full, I/O error); the old file is intact."""


class ConflictError(VerdictError):
    """The same analyst's row for the same claim changed on disk since it was read.

    `path` is the verdict file; `conflicts` (a DataFrame) the versions kept in its conflicts file.
    """

    path: object = None
    conflicts: object = None


class OutputError(ClaimsError):
    """An output path would overwrite a file the workbench reads: a verdict file, its history or a source text."""
