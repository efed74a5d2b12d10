"""The review states of a claim, their names, labels and colours: defined here once for the whole package.

A claim is `not reviewed`, has one of the verdicts (`model.VERDICTS`), or is `dismissed` (the analyst
marked the row as not a claim; agreement counts that as a judgement of its own, labelled `not a claim`).
"""
from __future__ import annotations

from collections.abc import Mapping

from .model import VERDICTS

NOT_REVIEWED: str = "not reviewed"
DISMISSED: str = "dismissed"
STATES: tuple[str, ...] = (NOT_REVIEWED, *VERDICTS, DISMISSED)
"""What a claim can be in a review: not reviewed, one of the verdicts, or dismissed (not a claim)."""

DISMISSED_LABEL: str = "not a claim"
"""How people are shown the dismissed state (the board's button, agreement's label)."""

STATE_COLOURS: Mapping[str, str] = {"supported": "#1b5e20", "disputed": "#b3261e", "unverified": "#7a4f01",
                                    NOT_REVIEWED: "#4a4a4a", DISMISSED: "#595959"}
"""Each state's text and chart colour on white: 7.9, 6.5, 7.6, 8.9 and 7.0 to 1 (WCAG 2.1 AA asks 4.5)."""

STATE_BACKGROUNDS: Mapping[str, str] = {"supported": "#d4edda", "disputed": "#f8d7da", "unverified": "#fff3cd",
                                        NOT_REVIEWED: "", DISMISSED: "#e2e3e5"}
"""Each state's cell background in tables (none for not reviewed)."""


def state_of(verdict: str, dismissed: str) -> str:
    """Return the state of a claim with this verdict and dismissed cell: dismissed, the verdict, or not reviewed."""
    if dismissed == "yes":
        return DISMISSED
    return verdict or NOT_REVIEWED
