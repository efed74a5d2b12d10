"""Which claims' speakers an analyst still has to check: pure functions on review rows, no widgets.

The extractor's speaker of a claim is *flagged* when speakers of its kind were right less often than
`CHECK_BELOW` on texts the rules were not tuned to (`claims.extract.confidence`). A flagged speaker is
*still to check* until the analyst confirms it (`speaker_checked` is `yes` in the analyst's row) or gives
the claim a speaker of their own (an added, corrected, split or merged row has no extractor's speaker to
doubt). A dismissed row (not a claim) and an orphan (its words are gone from the text) have nothing left
to check. A confirmation belongs to the row's speaker: when a new extractor gives the words to another
speaker, `claims.placing` lists them as another claim, which is flagged again.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from .extract.confidence import CHECK_BELOW, Confidence, row_confidence
from .model import SPEAKER_CHECKED

Why = Mapping[tuple[int, int], tuple[str, str]]
"""The extractor's speaker kind and cue of each claim, by its span (`placing.Extracted.why`)."""

FLAG_COLUMNS: tuple[str, ...] = ("origin", "start", "end", "speaker")
"""The columns of a review row that `speaker_flags` reads."""


def extractor_confidence(text: str, row: Mapping[str, object], why: Why) -> Confidence | None:
    """How far a claim's speaker is to be trusted; None when an analyst gave it or the extractor no longer lists it."""
    if str(row["origin"]) != "extracted":
        return None
    span = (int(str(row["start"])), int(str(row["end"])))
    kind, cue = why.get(span, ("", ""))
    return row_confidence(text, str(row["speaker"]), kind, cue, span) if kind else None


def is_flagged(confidence: Confidence | None) -> bool:
    """Whether the board warns about a speaker of this measured confidence."""
    return confidence is not None and confidence.share < CHECK_BELOW


def speaker_flags(text: str, table: pd.DataFrame, why: Why) -> list[bool]:
    """Whether each row's speaker is flagged, in the table's order."""
    rows = table[list(FLAG_COLUMNS)].itertuples(index=False, name=None)
    return [is_flagged(extractor_confidence(text, dict(zip(FLAG_COLUMNS, row)), why)) for row in rows]


def still_to_check(flagged: bool, speaker_checked: object, dismissed: object, orphan: object) -> bool:
    """Whether a flagged speaker still waits for the analyst: not confirmed, not dismissed, not an orphan."""
    return flagged and str(speaker_checked) != SPEAKER_CHECKED and str(dismissed) != "yes" and not bool(orphan)


def to_check(table: pd.DataFrame, flags: Sequence[bool]) -> list[bool]:
    """Whether each row's speaker is still to check, given its flag (see `still_to_check`; a missing column is empty)."""
    columns = [table[c] if c in table.columns else [""] * len(table) for c in ("speaker_checked", "dismissed", "orphan")]
    return [still_to_check(flag, *values) for flag, *values in zip(flags, *columns)]


def checked_note(row: Mapping[str, object]) -> str:
    """Who checked a claim's speaker, in words ("" when nobody did): `speaker checked by ann`."""
    return f"speaker checked by {row['analyst']}" if str(row.get("speaker_checked", "")) == SPEAKER_CHECKED else ""
