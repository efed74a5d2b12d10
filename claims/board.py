"""The review board: one claim at a time, verdict buttons, note, evidence, moving around; the only ipywidgets module.

`review(path_to_source, analyst=None)` returns a `ReviewBoard` (an ipywidgets VBox: display it as a
cell's result). Its state lives in `board.session` (a `claims.session.ReviewSession`, no widgets);
`board.table` is the claims table with the verdicts so far, for the cells after it. The board holds
a fixed set of widgets whatever the number of claims; every handler is a line or two that calls the
session and then redraws from its state (`refresh`). A redraw costs the same at 10 claims as at 10,000:
the lists (the claims dropdown, the speakers) are given new options only when the session's
`revision` says the claims shown or their labels changed (a filter, a verdict, an added claim),
never on a move, where only the selected claim changes.

Every text that comes from a source file, a verdict file or an analyst is `html.escape`d before it
reaches an `ipywidgets.HTML` (ipywidgets 8 sets innerHTML and does not sanitise).

Keyboard: while the mouse pointer is over the claim pane (`claims-keys`: the claim, the verdict
buttons and the navigation), keys 1, 2, 3 record supported, disputed, unverified; n and p go to the
next and previous claim; u jumps to the next unreviewed one. ipyevents focuses the pane when the
pointer enters it and captures keydown on the document, with preventDefault and stopPropagation,
so JupyterLab's own shortcuts (1-3 turn a cell into a heading in command mode) do not fire. The text
boxes (note, evidence, add claim) sit outside that pane, so typing in them is never captured.

CSS classes for tests and styling (all stable; selectors in brackets are ipywidgets 8's own):
    claims-board               the root VBox
    claims-progress            the progress bar (IntProgress) ; claims-counts  the counts per state (HTML)
    claims-filter-verdict      Dropdown: all, not reviewed, supported, disputed, unverified, dismissed
    claims-filter-speaker      Dropdown: all speakers, then each speaker
    claims-jump                Dropdown of the claims shown by the filters, with their state
    claims-prev, claims-next, claims-next-unreviewed, claims-undo, claims-retry    Buttons
                               [button.jupyter-button]; claims-retry is hidden unless a save failed
    claims-keys                the pane that takes keys 1 2 3 n p u (gets tabindex; focus it by hovering)
    claims-quote               HTML: position, state, speaker, claim and the quote's paragraph with the
                               quote in <mark class="claims-mark">; inside it, span.claims-state-<state>
    claims-verdict             each verdict Button; plus claims-verdict-supported, claims-verdict-disputed,
                               claims-verdict-unverified; the current verdict's button also has
                               claims-verdict-active (and a coloured button_style)
    claims-dismiss             ToggleButton "not a claim" (value True when dismissed)
    claims-note                the note Textarea [.widget-textarea textarea]; saved when it loses focus
    claims-evidence            the evidence Textarea (citations, one a line; free text allowed); saved on blur
    claims-passage-0 .. -4     each ranked passage row (HBox), hidden when there are fewer passages
    claims-cite                each passage's Checkbox [input[type=checkbox]]: checked = cited, saved at once
    claims-passage             each passage's HTML (source, offsets, score, text)
    claims-add-quote, claims-add-speaker   Text boxes; claims-add  the Button that adds the pasted quote
    claims-status              HTML status line: what was saved where and when, or the error
"""
from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
from ipyevents import Event
from traitlets import TraitError, validate

from .evidence import TOP_K
from .model import ClaimsError
from .session import ALL, ALL_SPEAKERS, VERDICT_FILTERS, ReviewSession, claim_state
from .states import STATE_COLOURS

BUTTON_STYLES: dict[str, str] = {"supported": "success", "disputed": "danger", "unverified": "warning"}
KEYS: dict[str, str] = {"1": "supported", "2": "disputed", "3": "unverified"}
MOVES: dict[str, str] = {"n": "next", "p": "previous", "u": "next_unreviewed"}
LABEL_CHARS: int = 90
"""How much of a claim the claims dropdown shows."""
HINT = ("<small>Keys while the pointer is over the claim: <b>1</b> supported · <b>2</b> disputed · "
        "<b>3</b> unverified · <b>n</b> next · <b>p</b> previous · <b>u</b> next unreviewed</small>")


def esc(value: object) -> str:
    """HTML-escape any value, quotes included."""
    return html.escape(str(value), quote=True)


def claim_html(session: ReviewSession) -> str:
    """The current claim as escaped HTML: position, state, speaker, claim, and the quote marked in its paragraph."""
    row = session.claim
    if row is None:
        return "<p>This source text has no claims. Paste a quote the extractor missed below to add one.</p>"
    number, state = session.number(), claim_state(row)
    before, quote, after = session.context()
    orphan = ("<p class='claims-orphan'><b>This quote is no longer in the source text</b> (the text changed); "
              "it is shown as saved.</p>" if bool(row.get("orphan", False)) else "")
    shown = session.shown()
    return (f"<div class='claims-head'>Claim <b>{number}</b> of {len(session.table)} "
            f"<small>({shown} shown by the filters; id {esc(row['claim_id'])})</small> · "
            f"<span class='claims-state-{esc(state.replace(' ', '-'))}' "
            f"style='color:{STATE_COLOURS[state]};font-weight:bold'>{esc(state)}</span></div>"
            f"<div>Speaker: <b>{esc(row['speaker'] or 'unknown')}</b></div>"
            f"<div style='font-size:1.1em;margin:.3em 0'>{esc(row['claim'])}</div>{orphan}"
            f"<blockquote style='border-left:3px solid #bbb;padding-left:.6em;margin:.3em 0;white-space:pre-wrap'>"
            f"{esc(before)}<mark class='claims-mark'>{esc(quote)}</mark>{esc(after)}</blockquote>")


def passage_html(passage: pd.Series) -> str:
    """One ranked passage as escaped HTML: source, offsets, score and text."""
    return (f"<div style='line-height:1.3'><small><b>{esc(passage['source'])}</b> "
            f"[{int(passage['start'])}:{int(passage['end'])}] · similarity {float(passage['score']):.2f}</small><br>"
            f"{esc(' '.join(str(passage['text']).split()))}</div>")


def counts_html(session: ReviewSession) -> str:
    """Progress and counts per state as escaped HTML."""
    reviewed, total = session.progress()
    parts = [f"<span style='color:{STATE_COLOURS[s]}'>{esc(s)} <b>{n}</b></span>" for s, n in session.counts().items()]
    return f"<b>{reviewed}</b> of {total} reviewed · " + " · ".join(parts)


def status_html(session: ReviewSession) -> str:
    """The status line as escaped HTML, red when the last save failed."""
    colour = "#b3261e" if session.error else "#1b5e20"
    return f"<div style='color:{colour}'>{esc(session.status)}</div>"


class IndexedDropdown(widgets.Dropdown):
    """A Dropdown that checks a new selection in a set, not by a scan of its options (values must be hashable).

    ipywidgets 8 checks every selected value with a Python loop over the options, so that choosing
    claim 9,000 of 10,000 would cost 9,000 comparisons; here it costs what choosing claim 1 does.
    """

    _known: tuple[tuple, frozenset, frozenset] = ((), frozenset(), frozenset())

    def _choices(self) -> tuple[frozenset, frozenset]:
        """(values, labels) of the current options, as sets made once per new options."""
        if self._known[0] is not self._options_values:
            self._known = (self._options_values, frozenset(self._options_values), frozenset(self._options_labels))
        return self._known[1], self._known[2]

    @validate("value")
    def _validate_value(self, proposal):
        """Accept None or a value among the options."""
        if proposal.value is not None and proposal.value not in self._choices()[0]:
            raise TraitError("Invalid selection: value not found")
        return proposal.value

    @validate("label")
    def _validate_label(self, proposal):
        """Accept None or a label among the options."""
        if proposal.value is not None and proposal.value not in self._choices()[1]:
            raise TraitError("Invalid selection: label not found")
        return proposal.value


class ReviewBoard(widgets.VBox):
    """A review board over a ReviewSession: a fixed set of widgets redrawn from the session's state."""

    def __init__(self, session: ReviewSession) -> None:
        """Build the widgets once, wire their handlers, and draw the session's current claim."""
        self.session = session
        self._syncing = False
        self._drawn_revision: int | None = None
        self._build()
        super().__init__(children=self._layout())
        self.add_class("claims-board")
        self._wire()
        self.refresh()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        """Create every widget the board will ever show."""
        self.progress = _tagged(widgets.IntProgress(min=0, max=1, description="reviewed"), "claims-progress")
        self.counts = _tagged(widgets.HTML(), "claims-counts")
        self.verdict_filter = _tagged(widgets.Dropdown(options=list(VERDICT_FILTERS), value=ALL,
                                                       description="show"), "claims-filter-verdict")
        self.speaker_filter = _tagged(IndexedDropdown(description="speaker"), "claims-filter-speaker")
        self.jump = _tagged(IndexedDropdown(description="claim", layout=widgets.Layout(width="98%")), "claims-jump")
        self.prev_button = _tagged(widgets.Button(description="◀ previous", tooltip="previous claim (p)"), "claims-prev")
        self.next_button = _tagged(widgets.Button(description="next ▶", tooltip="next claim (n)"), "claims-next")
        self.unreviewed_button = _tagged(widgets.Button(description="next unreviewed", tooltip="(u)"),
                                         "claims-next-unreviewed")
        self.undo_button = _tagged(widgets.Button(description="undo", tooltip="undo the last decision"), "claims-undo")
        self.retry_button = _tagged(widgets.Button(description="retry saving", button_style="danger"), "claims-retry")
        self.quote = _tagged(widgets.HTML(), "claims-quote")
        self.verdict_buttons = {v: _tagged(widgets.Button(description=v, tooltip=f"{v} ({k})"), "claims-verdict",
                                           f"claims-verdict-{v}") for k, v in KEYS.items()}
        self.dismiss = _tagged(widgets.ToggleButton(description="not a claim", tooltip="dismiss this row (kept in "
                                                    "the file, reversible)"), "claims-dismiss")
        self.note = _tagged(widgets.Textarea(placeholder="note (saved when you leave the box)", continuous_update=False,
                                             layout=widgets.Layout(width="98%", height="4.5em")), "claims-note")
        self.evidence = _tagged(widgets.Textarea(placeholder="evidence: cite passages below, or paste a reference "
                                                 "(saved when you leave the box)", continuous_update=False,
                                                 layout=widgets.Layout(width="98%", height="4.5em")), "claims-evidence")
        self.cites = [_tagged(widgets.Checkbox(description="cite", indent=False,
                                               layout=widgets.Layout(width="5em")), "claims-cite") for _ in range(TOP_K)]
        self.passages = [_tagged(widgets.HTML(layout=widgets.Layout(width="90%")), "claims-passage") for _ in range(TOP_K)]
        self.passage_rows = [_tagged(widgets.HBox([c, p]), f"claims-passage-{i}")
                             for i, (c, p) in enumerate(zip(self.cites, self.passages))]
        self.evidence_head = widgets.HTML()
        self.add_quote = _tagged(widgets.Text(placeholder="paste a quote the extractor missed, exactly as in the text",
                                              layout=widgets.Layout(width="60%")), "claims-add-quote")
        self.add_speaker = _tagged(widgets.Text(placeholder="speaker (optional)"), "claims-add-speaker")
        self.add_button = _tagged(widgets.Button(description="add claim"), "claims-add")
        self.status = _tagged(widgets.HTML(), "claims-status")
        self.key_pane = _tagged(widgets.VBox([self.quote, widgets.HBox([*self.verdict_buttons.values(), self.dismiss]),
                                          widgets.HBox([self.prev_button, self.next_button, self.unreviewed_button,
                                                        self.undo_button]), widgets.HTML(HINT)]), "claims-keys")
        self.key_pane.tabbable = True
        self.key_events = Event(source=self.key_pane, watched_events=["keydown"], prevent_default_action=True,
                                ignore_modifier_key_events=True)

    def _layout(self) -> list[widgets.Widget]:
        """The board's rows, top to bottom."""
        return [widgets.HBox([self.progress, self.counts]),
                widgets.HBox([self.verdict_filter, self.speaker_filter]), self.jump,
                self.key_pane, self.note, self.evidence_head, *self.passage_rows, self.evidence,
                widgets.HBox([self.add_quote, self.add_speaker, self.add_button]),
                widgets.HBox([self.status, self.retry_button])]

    def _wire(self) -> None:
        """Connect each widget to a one-line handler."""
        for verdict, button in self.verdict_buttons.items():
            button.on_click(lambda _, v=verdict: self._do(self.session.record, v))
        self.prev_button.on_click(lambda _: self._do(self.session.previous))
        self.next_button.on_click(lambda _: self._do(self.session.next))
        self.unreviewed_button.on_click(lambda _: self._do(self.session.next_unreviewed))
        self.undo_button.on_click(lambda _: self._do(self.session.undo))
        self.retry_button.on_click(lambda _: self._do(self.session.retry))
        self.add_button.on_click(lambda _: self._do(self._add))
        self.dismiss.observe(lambda c: self._do(self.session.dismiss, c["new"]), "value")
        self.note.observe(lambda c: self._do(self.session.set_note, c["new"]), "value")
        self.evidence.observe(lambda c: self._do(self.session.set_evidence, c["new"]), "value")
        self.verdict_filter.observe(lambda c: self._do(self.session.set_filters, c["new"], None), "value")
        self.speaker_filter.observe(lambda c: self._do(self.session.set_filters, None, c["new"]), "value")
        self.jump.observe(lambda c: c["new"] is not None and self._do(self.session.go, c["new"]), "value")
        for i, box in enumerate(self.cites):
            box.observe(lambda c, i=i: self._do(self.session.cite, self._shown.iloc[i], c["new"]), "value")
        self.key_events.on_dom_event(self.on_key)

    # ------------------------------------------------------------ acting

    def _do(self, action, *args) -> None:
        """Run a session action unless the board is redrawing itself; show any refusal; redraw."""
        if self._syncing:
            return
        try:
            action(*args)
        except ClaimsError as exc:
            self.session.status = f"not done: {exc}"
        self.refresh()

    def _add(self) -> None:
        """Add the pasted quote as a claim and clear the boxes."""
        self.session.add(self.add_quote.value, speaker=self.add_speaker.value)
        self.add_quote.value, self.add_speaker.value = "", ""

    def on_key(self, event: dict) -> None:
        """Keys 1 2 3 record a verdict; n p u move (key repeats ignored, so a held key decides once)."""
        key = str(event.get("key", "")).lower()
        if event.get("repeat") or event.get("ctrlKey") or event.get("metaKey") or event.get("altKey"):
            return
        if key in KEYS:
            self._do(self.session.record, KEYS[key])
        elif key in MOVES:
            self._do(getattr(self.session, MOVES[key]))

    # ------------------------------------------------------------ drawing

    def refresh(self) -> None:
        """Redraw every widget from the session's state, without triggering the handlers."""
        self._syncing = True
        try:
            self._draw()
        finally:
            self._syncing = False

    def _draw(self) -> None:
        """Set every widget's value from the session."""
        session, row = self.session, self.session.claim
        reviewed, total = session.progress()
        self.progress.max, self.progress.value = max(total, 1), reviewed
        self.counts.value = counts_html(session)
        if self._drawn_revision != session.revision:
            self._draw_lists()
            self._drawn_revision = session.revision
        self.speaker_filter.value = session.speaker_filter
        self.verdict_filter.value = session.verdict_filter
        self.jump.index = session.position()  # the index, not the value: no lookup among 10,000 options
        self.quote.value = claim_html(session)
        self._draw_decision(row)
        self._draw_evidence(row)
        self.undo_button.disabled = not session.history
        self.retry_button.layout.display = "" if session.error else "none"
        self.status.value = status_html(session)

    def _draw_lists(self) -> None:
        """Give the speaker and claims dropdowns the session's lists where they changed (options are data)."""
        speakers = [("all speakers", ALL_SPEAKERS)] + [(s, s) for s in self.session.speakers()]
        if speakers != list(self.speaker_filter.options):
            self.speaker_filter.options = speakers
        options = self.session.choices(LABEL_CHARS)
        if options != list(self.jump.options):
            self.jump.options = options

    def _draw_decision(self, row: pd.Series | None) -> None:
        """Verdict buttons, dismiss toggle and note for the current claim."""
        for verdict, button in self.verdict_buttons.items():
            active = row is not None and row["verdict"] == verdict
            button.button_style = BUTTON_STYLES[verdict] if active else ""
            (button.add_class if active else button.remove_class)("claims-verdict-active")
            button.disabled = row is None
        self.dismiss.value = row is not None and row["dismissed"] == "yes"
        self.note.value = "" if row is None else str(row["note"])
        self.evidence.value = "" if row is None else str(row["evidence"])
        for widget in (self.dismiss, self.note, self.evidence, self.prev_button, self.next_button):
            widget.disabled = row is None

    def _draw_evidence(self, row: pd.Series | None) -> None:
        """The top passages for the current claim, each with its cite box; unused rows hidden."""
        self._shown = self.session.evidence() if row is not None else pd.DataFrame()
        for i, (box, text, line) in enumerate(zip(self.cites, self.passages, self.passage_rows)):
            if i < len(self._shown):
                box.value, text.value, line.layout.display = bool(self._shown.iloc[i]["cited"]), \
                    passage_html(self._shown.iloc[i]), ""
            else:
                box.value, text.value, line.layout.display = False, "", "none"
        skipped = self.session.index.skipped if row is not None else ()
        note = f" <small>({len(skipped)} unreadable file(s) skipped: {esc('; '.join(skipped))})</small>" if skipped else ""
        self.evidence_head.value = (f"<b>Evidence</b>: the {len(self._shown)} passages most like this claim in "
                                    f"{esc(self.session.source.parent.name or '.')}/*.txt{note}"
                                    if len(self._shown) else f"<b>Evidence</b>: no similar passage found{note}")

    # ------------------------------------------------------------ for later cells

    @property
    def table(self) -> pd.DataFrame:
        """The claims with this analyst's verdicts so far (a copy)."""
        return self.session.table.copy()

    @property
    def csv_path(self) -> Path:
        """Where the verdicts are saved."""
        return self.session.csv_path


def _tagged(widget: widgets.DOMWidget, *classes: str) -> widgets.DOMWidget:
    """Add stable CSS classes to a widget and return it."""
    for name in classes:
        widget.add_class(name)
    return widget


def review(path_to_source: str | Path, analyst: str | None = None) -> ReviewBoard:
    """Open the review board on a source text for an analyst (default: $CLAIMS_ANALYST or the login name)."""
    return ReviewBoard(ReviewSession(path_to_source, analyst))

