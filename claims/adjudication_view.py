"""The compare view's widgets: each source text's agreement, and a card per disagreement to settle it.

A thin shell over `compare` and `adjudication`: a card shows the claim and the analysts' labels and
notes side by side (escaped), a choice of final verdict, a note box and a *settle* button that calls
`adjudication.settle` (the final file beside the analysts' files) and says what was saved, or why not.
"""
from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as widgets

from .adjudication import LABELS, Dispute, latest_settlements, load_final, settle
from .compare import Comparison
from .model import ClaimsError
from .serial import serialised


def opinions_html(dispute: Dispute) -> str:
    """The claim and every analyst's label, note and date side by side, as escaped HTML."""
    cells = "".join(f"<td style='vertical-align:top;padding:4px 12px 4px 0'><b>{html.escape(o.analyst)}</b>: "
                    f"{html.escape(o.label)}<br><span style='white-space:pre-wrap'>{html.escape(o.note) or '(no note)'}"
                    f"</span><br><small>{html.escape(o.updated_at)}</small></td>" for o in dispute.opinions)
    return (f"<p><b>[{html.escape(dispute.claim_id)}] {html.escape(dispute.speaker)}:</b> "
            f"{html.escape(dispute.claim)}</p>"
            f"<table class='claims-opinions'><tr>{cells}</tr></table>")


def settled_text(row: dict[str, object]) -> str:
    """Say how a claim was settled: the final verdict, who and when."""
    label = "not a claim" if row["dismissed"] == "yes" else str(row["verdict"])
    return f"settled as {label} by {row['analyst']} at {row['updated_at']}"


def heading_html(comparison: Comparison) -> str:
    """A text's heading: its name, EXAMPLE when it is a bundled example, the agreement and why it is undefined."""
    result = comparison.agreement
    tag = (" <span style='background:#fff3cd;padding:0 6px;border:1px solid #f9a825'>EXAMPLE: bundled sample "
           "files, not yours</span>" if comparison.example else "")
    value = f"{result.value:.3f}" if result.value is not None else f"undefined: {comparison.reason}"
    return (f"<h3>{html.escape(comparison.source)}{tag}</h3><p>{html.escape(result.statistic or 'agreement')}: "
            f"{html.escape(value)} ({len(result.analysts)} analyst(s), "
            f"{result.claims} claim(s) reviewed by two or more, "
            f"{len(comparison.disputes)} disagreement(s))</p>")


class DisputeCard(widgets.VBox):
    """One disagreement: the opinions side by side, a final verdict, a note and a settle button."""

    def __init__(self, comparison: Comparison, dispute: Dispute, reviewer: widgets.Text,
                 settled: dict[str, object] | None = None) -> None:
        self.comparison, self.dispute, self.reviewer = comparison, dispute, reviewer
        chosen = None if settled is None else "not a claim" if settled["dismissed"] == "yes" else settled["verdict"]
        self.choice = widgets.ToggleButtons(options=list(LABELS), value=chosen if chosen in LABELS else None,
                                            description="final")
        self.note = widgets.Textarea(placeholder="why (default: the notes of the analysts you agree with)")
        self.button = widgets.Button(description="settle", button_style="primary")
        self.status = widgets.HTML(html.escape(settled_text(settled)) if settled else "not settled yet")
        self.button.on_click(serialised(lambda _: self.settle()))
        super().__init__([widgets.HTML(opinions_html(dispute)), self.choice, self.note,
                          widgets.HBox([self.button, self.status])])
        self.add_class("claims-dispute")

    def settle(self) -> None:
        """Record the chosen final verdict; show what was saved, or the error."""
        if self.choice.value is None:
            self.status.value = "choose a final verdict first"
            return
        try:
            row = settle(self.comparison.verdicts, self.dispute.claim_id, self.choice.value,
                         path=self.comparison.final_path, reviewer=self.reviewer.value.strip() or None,
                         note=self.note.value)
        except ClaimsError as exc:
            self.status.value = f"<span style='color:#c62828'>not saved: {html.escape(str(exc))}</span>"
            return
        self.status.value = html.escape(f"{settled_text(row)}, saved in {self.comparison.final_path}")


class CompareView(widgets.VBox):
    """Every source text compared, the bundled examples marked, each disagreement a card to settle."""

    def __init__(self, comparisons: Sequence[Comparison], reviewer: str | None = None) -> None:
        self.reviewer = widgets.Text(value=reviewer or "", description="reviewer",
                                     placeholder="your name (default: $CLAIMS_ANALYST or the name saved in the app)")
        self.cards: list[DisputeCard] = []
        parts: list[widgets.Widget] = [self.reviewer]
        for comparison in comparisons:
            settled = latest_settlements(load_final(comparison.final_path))
            cards = [DisputeCard(comparison, d, self.reviewer, settled.get(d.claim_id)) for d in comparison.disputes]
            self.cards += cards
            parts += [widgets.HTML(heading_html(comparison)), *cards]
        if not comparisons:
            parts.append(widgets.HTML("<p>No verdict files matched, and no examples: check FILES.</p>"))
        super().__init__(parts)
        self.add_class("claims-compare")


def compare_view(comparisons: Sequence[Comparison], reviewer: str | None = None) -> CompareView:
    """The compare view of these comparisons; display it in a notebook."""
    return CompareView(comparisons, reviewer)
