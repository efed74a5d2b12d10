"""A colon lead-in whose subject counts `the other` parties of a kind (`The other three local firms named were:`, `The
other four announcing payouts were:`): its items are peers of the party the text has just named, never that party's
claims, so the lead-in's own words speak, unresolved (wave 50w). `The other measures are:` counts no party."""
from __future__ import annotations

from ..groups import singular
from ..text import Span
from ..vocabulary import NUMBER_WORDS, ORG_REFERENCES

MAX_PEER_WORDS = 3
"""How many words after the count may come before the parties' noun (`three local haulage firms`)."""


def peer_subject(text: str, sentence: Span, cue_start: int) -> str | None:
    """Return a lead-in's subject when it counts other parties (`The other three local firms named`), the count's
    noun a body's (`firms`) or left out before a participle (`The other four announcing payouts`); else None."""
    words = text[sentence[0]:cue_start].split()
    if len(words) < 3 or words[0] != "The" or words[1] != "other" \
            or not (words[2].lower() in NUMBER_WORDS or words[2].isdigit()):
        return None
    rest = [w.lower() for w in words[3:]]
    elided = not rest or rest[0].endswith(("ing", "ed"))  # "The other four announcing payouts", "The other two were:"
    bodies = any(w.endswith("s") and singular(w) in ORG_REFERENCES for w in rest[:MAX_PEER_WORDS])
    return " ".join(words) if elided or bodies else None
