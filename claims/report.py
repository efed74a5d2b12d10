"""The claims table and the summary a notebook shows: pure pandas and matplotlib, no widgets.

`style_claims(table)` colours each claim's state (HTML-escaped cells, so markup in a source text
shows as text); `review_summary(table, csv_path)` counts the states, draws a bar chart and names the CSV.
"""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from pandas.io.formats.style import Styler

from .states import DISMISSED, NOT_REVIEWED, STATE_BACKGROUNDS, STATE_COLOURS, STATES, state_of

TABLE_COLUMNS: tuple[str, ...] = ("claim_id", "speaker", "claim", "state", "note", "evidence")
"""The columns the styled claims table shows, in order; `state` is the verdict, dismissed or not reviewed."""



LEFT_ALIGNED: dict[str, str] = {"text-align": "left", "white-space": "pre-wrap"}
"""The CSS of every cell of a table for people: left-aligned, line breaks kept."""


def claim_states(table: pd.DataFrame) -> pd.Series:
    """Each row's state: `dismissed`, its verdict, or `not reviewed`."""
    verdicts, dismissed = (table[c].fillna("").astype(str) for c in ("verdict", "dismissed"))
    return pd.Series([state_of(v, d) for v, d in zip(verdicts, dismissed)], index=table.index, dtype=object)


def state_style(state: object) -> str:
    """The CSS of one state cell: its background colour, bold when decided."""
    background = STATE_BACKGROUNDS.get(str(state), "")
    return f"background-color: {background}; font-weight: bold" if background else ""


def style_claims(table: pd.DataFrame) -> Styler:
    """The claims table for people: id, speaker, claim, coloured state, note, evidence; every cell escaped."""
    shown = table.assign(state=claim_states(table))[list(TABLE_COLUMNS)].reset_index(drop=True)
    shown.index = shown.index + 1
    return (shown.style.format(escape="html").map(state_style, subset=["state"])
            .set_properties(None, **LEFT_ALIGNED)
            .set_caption(f"{len(shown)} claims"))


def state_counts(table: pd.DataFrame) -> pd.Series:
    """How many claims are in each state, every state listed in a fixed order."""
    found = claim_states(table).value_counts()
    return pd.Series([int(found.get(state, 0)) for state in STATES], index=list(STATES), name="claims")


def state_chart(counts: pd.Series) -> Figure:
    """A horizontal bar chart of the counts per state (a matplotlib Figure, no pyplot state)."""
    figure = Figure(figsize=(6, 2.4), layout="constrained")
    axes = figure.subplots()
    axes.barh(list(counts.index)[::-1], list(counts.to_numpy())[::-1],
              color=[STATE_COLOURS[s] for s in counts.index][::-1])
    axes.set_xlabel("claims")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    return figure


@dataclass(frozen=True)
class Summary:
    """Counts per state, their chart and where the verdicts are saved; shows itself as HTML in a notebook."""

    counts: pd.Series
    figure: Figure
    csv_path: Path

    @property
    def reviewed(self) -> int:
        """Claims with a verdict, dismissed ones not counted."""
        return int(self.counts.drop([NOT_REVIEWED, DISMISSED]).sum())

    @property
    def total(self) -> int:
        """Claims not dismissed."""
        return int(self.counts.drop(DISMISSED).sum())

    def _repr_html_(self) -> str:
        """Counts, chart (inline PNG) and the CSV path, escaped."""
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=96)
        png = base64.b64encode(buffer.getvalue()).decode("ascii")
        rows = "".join(f"<tr><td>{html.escape(str(s))}</td><td style='text-align:right'>{n}</td></tr>"
                       for s, n in self.counts.items())
        return (f"<div class='claims-summary'><p><b>{self.reviewed}</b> of {self.total} claims reviewed.</p>"
                f"<table>{rows}</table><img alt='claims per state' src='data:image/png;base64,{png}'>"
                f"<p>Verdicts saved in <code class='claims-csv-path'>{html.escape(str(self.csv_path))}</code></p></div>")


def review_summary(table: pd.DataFrame, csv_path: str | Path) -> Summary:
    """Summarise a review: counts per state, a bar chart, and the CSV the verdicts are saved in."""
    counts = state_counts(table)
    return Summary(counts=counts, figure=state_chart(counts), csv_path=Path(csv_path))


def find_verdict_files(*patterns: str | Path) -> list[Path]:
    """The verdict files the first pattern with any match names (e.g. a folder's, else the examples), sorted."""
    for pattern in patterns:
        path = Path(pattern)
        found = sorted(p for p in path.parent.glob(path.name) if p.is_file() and p.name.endswith(".verdicts.csv"))
        if found:
            return found
    return []


def agreement_overview(agreement: object) -> pd.DataFrame:
    """One row saying who was compared, with which statistic, its value, and on how many claims."""
    value = getattr(agreement, "value")
    return pd.DataFrame([{"analysts": ", ".join(getattr(agreement, "analysts")),
                          "statistic": getattr(agreement, "statistic") or "(needs two analysts)",
                          "value": "undefined" if value is None else f"{value:.3f}",
                          "claims reviewed by two or more": getattr(agreement, "claims"),
                          "disagreements": len(getattr(agreement, "disagreements"))}])


def style_table(frame: pd.DataFrame) -> Styler:
    """Any table for people: cells HTML-escaped, verdict words coloured, index hidden."""
    return (frame.style.format(escape="html", na_rep="").map(state_style).hide(axis="index")
            .set_properties(None, **LEFT_ALIGNED))
