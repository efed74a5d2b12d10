"""The review board: one claim at a time, verdict buttons, note, evidence, moving around, live views.

`review(path_to_source, analyst=None)` returns a `ReviewBoard` (an ipywidgets VBox: display it as a
cell's result). Its state lives in `board.session` (a `claims.session.ReviewSession`, no widgets);
`board.table` is the claims table with the verdicts so far, for the cells after it. The board holds
a fixed set of widgets whatever the number of claims; every handler is a line or two that calls the
session and then redraws from its state (`refresh`); the HTML it shows comes from `claims.views`.
A redraw costs the same at 10 claims as at 10,000: the lists (the claims dropdown, the speakers) are
given new options only when the session's `revision` says the claims shown or their labels changed.

Keys (`KEY_ACTIONS`): 1 2 3 record supported, disputed, unverified; x toggles "not a claim"; c says
a flagged speaker is right; z undoes; n, p move to the next and previous claim; u jumps to the next
unreviewed one. Keys are live
only after a deliberate act, a click on the claim pane or Tab to its key pad, never on hover and
never while a text box has focus; the pane and the pad show when they are live, and Esc stops them
(`claims.keys.KeyPad` does this in the browser). No key typed inside the board reaches JupyterLab.
"advance after a verdict" moves on after each verdict, so that a claim takes one key. The note is
saved when its box loses focus, which a click on the claim pane or a verdict button causes first,
so the note reaches the kernel before a verdict given after it.

The status line is the top row, sticky, with a level (success, info, warning, error) shown by an
icon, a word and a colour; a refusal or a warning lasts until the next action, never past a success;
a save that met another window's version of the row is a warning, never green. Before each action
and every few seconds the board compares the verdict file's SHA-256 with what it last saw, and on a
change reopens the session on the file (`claims.live`), so that another window's edits show and the
next save meets no conflict where the rows differ.

Every text that comes from a source file, a verdict file or an analyst is `html.escape`d before it
reaches an `ipywidgets.HTML` (ipywidgets 8 sets innerHTML and does not sanitise).

CSS classes for tests and styling (all stable; selectors in brackets are ipywidgets 8's own):
    claims-board               the root VBox
    claims-status              HTML status line, the first row: what was saved where and when, or the error;
                               inside it div.claims-status-<level> (success, info, warning, error) with
                               data-level; role=status (alert for an error) set in the browser
    claims-status-row          the HBox of the status line and the retry button, sticky at the top while scrolling
    claims-retry               Button "retry saving", hidden unless a save failed
    claims-progress            the progress bar (IntProgress) ; claims-counts  the counts per state (HTML)
    claims-filter-verdict      Dropdown: all, not reviewed, supported, disputed, unverified, dismissed
    claims-filter-speaker      Dropdown: all speakers, then each speaker
    claims-filter-check        Checkbox "⚠ speakers to check (N)": only the claims whose flagged speaker is still to
                               check (not confirmed, corrected or dismissed); N counts them
    claims-advance             Checkbox "advance after a verdict"
    claims-jump                Dropdown of the claims shown by the filters, with their state
    claims-prev, claims-next, claims-next-unreviewed, claims-undo    Buttons [button.jupyter-button]
    claims-keys                the claim pane: a click on it makes keys live; has claims-keys-live while they are
    claims-keypad              the key pad inside it (focusable by Tab; says whether keys are live)
    claims-quote               HTML: position, state, speaker, claim and the quote's paragraph with the
                               quote in <mark class="claims-mark">; inside it, span.claims-state-<state>
    claims-verdict             each verdict Button; plus claims-verdict-supported, claims-verdict-disputed,
                               claims-verdict-unverified; the current verdict's button also has
                               claims-verdict-active, a check mark in its text and aria-pressed=true
    claims-dismiss             ToggleButton "not a claim" (value True when dismissed)
    claims-confirm-speaker     Button "✓ speaker is right", shown only while the claim's flagged speaker is unchecked;
                               after it, span.claims-checked ("✓ speaker checked by NAME") replaces span.claims-check
    claims-note                the note Textarea [.widget-textarea textarea]; saved when it loses focus
    claims-evidence            the evidence Textarea (citations, URLs or free text, one a line); saved on blur
    claims-own-source          Checkbox: include passages of the claim's own text (off by default)
    claims-evidence-search     Text box: search the folder's texts (its passages replace the ranked ones)
    claims-passage-0 .. -4     each passage row (HBox), hidden when there are fewer passages
    claims-cite                each passage's Checkbox [input[type=checkbox]]: checked = cited, saved at once
    claims-passage             each passage's HTML (source, offsets, score, whole text)
    claims-add-quote, claims-add-speaker   Text boxes; claims-add  the Button that adds the pasted quote
    claims-views               Accordion "claims table and summary", open by default, redrawn on every action
    claims-chart-box           HTML holding div.claims-chart (a bar per state, role=img, its counts in aria-label)
    claims-table-box           HTML holding div.claims-table-scroll (focusable, scrolls) > table.claims-table: the
                               claims around the current one, whose row has claims-table-current
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
from traitlets import TraitError, validate

from .evidence import TOP_K, mark_cited, search_passages
from .keys import KeyPad
from .live import changed_claims, changed_fields, file_digest, joined, reopen
from .model import VERDICTS, ClaimsError
from .session import ALL, ALL_SPEAKERS, VERDICT_FILTERS, ReviewSession, claim_state
from .serial import serialised
from .editing import InsideClaimError
from .views import Status, chart_html, claim_html, counts_html, esc, passage_html, session_status, state_counts, \
    conflict_html, history_html, original_html, status_html, table_html

BUTTON_STYLES: dict[str, str] = {"supported": "success", "disputed": "danger", "unverified": "warning"}
"""ipywidgets' style of the active verdict's button (its colours are overridden by claims.keys.CSS for contrast)."""
CONFIRM: str = "speaker is right"
"""The action (and the button's words) that confirms a flagged speaker."""
KEY_ACTIONS: dict[str, str] = {"1": "supported", "2": "disputed", "3": "unverified", "x": "not a claim",
                               "c": CONFIRM, "z": "undo", "n": "next", "p": "previous", "u": "next unreviewed"}
"""Each review key and the action it names (the same names as the board's buttons)."""
MOVES: dict[str, str] = {"next": "next", "previous": "previous", "next unreviewed": "next_unreviewed"}
LABEL_CHARS: int = 90
"""How much of a claim the claims dropdown shows."""
RANKED: int = 4 * TOP_K
"""How many passages the board ranks per claim, so that TOP_K remain once the claim's own text is left out."""
CHECK: str = "✓ "
"""Put before the active verdict's button text, so the state is not shown by colour alone."""
EDITED_COLUMNS: tuple[str, str, str] = ("speaker", "claim", "quote")
"""The columns the edit boxes show, in the boxes' order."""
TEXT_BOXES: tuple[str, str] = ("note", "evidence")
"""The boxes whose text the browser sends only when the analyst leaves them (a redraw must not wipe it)."""
EDITED_NAMES: dict[str, str] = {"speaker": "speaker", "claim": "statement", "quote": "quote"}
"""The edit boxes' names as the board shows them."""
DECIDING: frozenset[str] = frozenset({"_record", "_toggle_dismiss", "_confirm", "_correct", "_edited", "_split",
                                      "dismiss", "cite"})
"""The board's actions (session methods or board handlers, by name) that decide on the claim shown."""


def _action_name(action: str | Callable[..., object]) -> str:
    """The name of a board action: a session method's name as given, or a handler's function name."""
    return action if isinstance(action, str) else getattr(action, "__name__", "")


class BoardError(ClaimsError):
    """The board cannot do what was asked (for example, a verdict while the filters show no claim)."""


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
        self.notice: Status | None = None
        self._syncing = False
        self._drawn_revision: int | None = None
        self._view: list[str] = []
        self._where: tuple[object, dict[str, int]] = (None, {})
        self._digest = file_digest(session.csv_path)
        self.typing_for: dict[str, str] = {}
        """The claim shown when the note ("note") or evidence ("evidence") box last gained focus (the key pad says),
        so that a save the browser sends late, after a verdict with advance moved on, reaches that claim."""
        self._typing: set[str] = set()
        """The boxes ("note", "evidence") the analyst is typing in, as the key pad last said: the browser sends their
        text only when the analyst leaves them, so a redraw leaves them alone rather than wipe what is typed."""
        self._held: set[str] = set()
        self._box_shown: dict[str, tuple[str | None, str]] = {}
        """The claim each of those boxes last showed a saved value of, and that value."""
        """The boxes a redraw left alone while the analyst typed; drawn again once nobody types in them."""
        self._warned: tuple[str | None, tuple[str, ...]] = (None, ())
        """The claim, the edit boxes' values and the move of the unsaved correction the analyst was last warned about."""
        self._edit_drawn: tuple[str | None, dict[str, str]] = (None, dict.fromkeys(EDITED_COLUMNS, ""))
        """The claim whose values the edit boxes last showed, and those values: a box that differs holds an unsaved
        edit (a draft), which a redraw for the same claim keeps."""
        self._build()
        super().__init__(children=self._layout())
        self.add_class("claims-board")
        self._wire()
        self.refresh()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        """Create every widget the board will ever show."""
        self._build_top()
        self._build_claim()
        self._build_evidence()
        self._build_edit()
        self._build_views()

    def _build_top(self) -> None:
        """The status line, progress, filters and the claims dropdown."""
        self.status = _tagged(widgets.HTML(layout=widgets.Layout(flex="1 1 auto", min_width="0")), "claims-status")
        self.retry_button = _tagged(widgets.Button(description="retry saving", button_style="danger"), "claims-retry")
        self.progress = _tagged(widgets.IntProgress(min=0, max=1, description="reviewed"), "claims-progress")
        self.counts = _tagged(widgets.HTML(), "claims-counts")
        self.verdict_filter = _tagged(widgets.Dropdown(options=list(VERDICT_FILTERS), value=ALL,
                                                       description="show"), "claims-filter-verdict")
        self.speaker_filter = _tagged(IndexedDropdown(description="speaker"), "claims-filter-speaker")
        self.check_filter = _tagged(widgets.Checkbox(description="⚠ speakers to check", indent=False,
                                                     layout=widgets.Layout(width="auto")), "claims-filter-check")
        self.advance = _tagged(widgets.Checkbox(description="advance after a verdict", indent=False,
                                                layout=widgets.Layout(width="auto")), "claims-advance")
        self.jump = _tagged(IndexedDropdown(description="claim", layout=widgets.Layout(width="98%")), "claims-jump")

    def _build_claim(self) -> None:
        """The claim pane (claim, verdicts, moves, key pad) and the note."""
        self.quote = _tagged(widgets.HTML(), "claims-quote")
        self.verdict_buttons = {v: _tagged(widgets.Button(description=v, tooltip=f"{v} ({k})"), "claims-verdict",
                                           f"claims-verdict-{v}") for k, v in KEY_ACTIONS.items() if v in VERDICTS}
        self.dismiss = _tagged(widgets.ToggleButton(description="not a claim", tooltip="dismiss this row: kept in "
                                                    "the file, reversible (x)"), "claims-dismiss")
        self.confirm_button = _tagged(widgets.Button(description=f"✓ {CONFIRM}", tooltip="the extractor's speaker is "
                                                     "right: stop warning about it, for you, from now on (c)",
                                                     layout=widgets.Layout(width="auto")), "claims-confirm-speaker")
        self.prev_button = _tagged(widgets.Button(description="◀ previous", tooltip="previous claim (p)"), "claims-prev")
        self.next_button = _tagged(widgets.Button(description="next ▶", tooltip="next claim (n)"), "claims-next")
        self.unreviewed_button = _tagged(widgets.Button(description="next unreviewed", tooltip="(u)"),
                                         "claims-next-unreviewed")
        self.undo_button = _tagged(widgets.Button(description="undo", tooltip="undo the last decision (z)"),
                                   "claims-undo")
        self.keypad = _tagged(KeyPad(key_actions=dict(KEY_ACTIONS)), "claims-keypad")
        self.key_pane = _tagged(widgets.VBox([self.quote, widgets.HBox([*self.verdict_buttons.values(), self.dismiss,
                                                                          self.confirm_button]),
                                              widgets.HBox([self.prev_button, self.next_button, self.unreviewed_button,
                                                            self.undo_button]), self.keypad]), "claims-keys")
        self.note = _tagged(widgets.Textarea(placeholder="note on this claim (saved when you leave the box)",
                                             continuous_update=False,
                                             layout=widgets.Layout(width="98%", height="4em")), "claims-note")

    def _build_evidence(self) -> None:
        """The passages with their cite boxes, the switch for the claim's own text, the search box, the evidence box."""
        self.evidence_head = widgets.HTML(layout=widgets.Layout(width="98%"))
        self.own_source = _tagged(widgets.Checkbox(description="include this text's own passages", indent=False),
                                  "claims-own-source")
        self.search = _tagged(widgets.Text(placeholder="search the folder's texts (Enter)", continuous_update=False,
                                           layout=widgets.Layout(width="40%")), "claims-evidence-search")
        self.cites = [_tagged(widgets.Checkbox(description="cite", indent=False,
                                               layout=widgets.Layout(width="5em")), "claims-cite") for _ in range(TOP_K)]
        self.passages = [_tagged(widgets.HTML(layout=widgets.Layout(width="90%")), "claims-passage") for _ in range(TOP_K)]
        self.passage_rows = [_tagged(widgets.HBox([c, p]), f"claims-passage-{i}")
                             for i, (c, p) in enumerate(zip(self.cites, self.passages))]
        self.evidence = _tagged(widgets.Textarea(placeholder="evidence: tick the passages above, or paste a URL or "
                                                 "a reference, one a line (saved when you leave the box)",
                                                 continuous_update=False,
                                                 layout=widgets.Layout(width="98%", height="4em")), "claims-evidence")
        self.add_quote = _tagged(widgets.Text(placeholder="paste a quote the extractor missed, exactly as in the text",
                                              layout=widgets.Layout(width="55%")), "claims-add-quote")
        self.add_speaker = _tagged(widgets.Text(placeholder="speaker (optional)"), "claims-add-speaker")
        self.add_button = _tagged(widgets.Button(description="add claim"), "claims-add")
        self.add_split = _tagged(widgets.Button(description="split that claim"), "claims-add-split")
        self.add_separate = _tagged(widgets.Button(description="add as a separate claim"), "claims-add-separate")
        self.inside_choice = _tagged(widgets.HBox([self.add_split, self.add_separate],
                                                  layout=widgets.Layout(display="none")), "claims-add-choice")
        self._inside: tuple[str, str] | None = None
        self.conflict = _tagged(widgets.HTML(), "claims-conflict-versions")
        self.conflict_buttons = {choice: _tagged(widgets.Button(description=label), f"claims-conflict-{choice}")
                                 for choice, label in (("mine", "keep mine"), ("theirs", "take theirs"),
                                                       ("combine", "combine the notes"))}
        self.conflict_panel = _tagged(widgets.VBox([self.conflict, widgets.HBox(list(self.conflict_buttons.values()))],
                                                   layout=widgets.Layout(display="none")), "claims-conflict")

    def _build_edit(self) -> None:
        """The collapsed "edit this claim" section (speaker, statement, span, split, merge) and the history."""
        self.edit_speaker = _tagged(widgets.Combobox(description="speaker", ensure_option=False,
                                                     placeholder="choose a speaker found in the text, or type one",
                                                     layout=widgets.Layout(width="60%")), "claims-edit-speaker")
        self.edit_claim = _tagged(widgets.Textarea(description="statement", layout=widgets.Layout(width="98%")),
                                  "claims-edit-claim")
        self.edit_quote = _tagged(widgets.Textarea(description="quote", layout=widgets.Layout(width="98%"),
                                                   placeholder="the claim's words in its paragraph: add words to widen "
                                                   "it, remove some to narrow it"), "claims-edit-quote")
        self.edit_save = _tagged(widgets.Button(description="save correction", button_style="primary"),
                                 "claims-edit-save")
        self.edit_restore = _tagged(widgets.Button(description="back to the extractor's version"),
                                    "claims-edit-restore")
        self.split_words = _tagged(widgets.Text(description="split at", placeholder="the words where the second "
                                                "claim begins",
                                                layout=widgets.Layout(width="45%")), "claims-split-words")
        self.split_button = _tagged(widgets.Button(description="split in two"), "claims-split")
        self.merge_button = _tagged(widgets.Button(description="merge with the next claim"), "claims-merge")
        self.original = _tagged(widgets.HTML(), "claims-edit-original")
        self.edit = _tagged(widgets.Accordion(children=[widgets.VBox([
            self.edit_speaker, self.edit_claim, self.edit_quote, widgets.HBox([self.edit_save, self.edit_restore]),
            widgets.HBox([self.split_words, self.split_button, self.merge_button]), self.original])],
            titles=("edit this claim",), selected_index=None), "claims-edit")
        self.history = _tagged(widgets.HTML(), "claims-history-box")
        self.history_section = _tagged(widgets.Accordion(children=[self.history], titles=("history of this claim",),
                                                         selected_index=None), "claims-history")

    def _build_views(self) -> None:
        """The live summary chart and claims table, in an accordion open by default."""
        self.chart = _tagged(widgets.HTML(), "claims-chart-box")
        self.claims_table = _tagged(widgets.HTML(), "claims-table-box")
        self.views = _tagged(widgets.Accordion(children=[widgets.VBox([self.chart, self.claims_table])],
                                               titles=("claims table and summary",), selected_index=0), "claims-views")

    def _layout(self) -> list[widgets.Widget]:
        """The board's rows, top to bottom."""
        return [_tagged(widgets.HBox([self.status, self.retry_button]), "claims-status-row"),
                widgets.HBox([self.progress, self.counts]),
                widgets.HBox([self.verdict_filter, self.speaker_filter, self.check_filter, self.advance],
                             layout=widgets.Layout(flex_flow="row wrap")), self.jump,
                self.conflict_panel, self.key_pane, self.note, self.evidence_head, widgets.HBox([self.own_source, self.search]),
                *self.passage_rows, self.evidence,
                widgets.HBox([self.add_quote, self.add_speaker, self.add_button]), self.inside_choice, self.edit, self.history_section,
                self.views]

    def _wire(self) -> None:
        """Connect each widget to a one-line handler."""
        for verdict, button in self.verdict_buttons.items():
            button.on_click(lambda _, v=verdict: self.act(v))
        for action, button in (("previous", self.prev_button), ("next", self.next_button),
                               ("next unreviewed", self.unreviewed_button), ("undo", self.undo_button)):
            button.on_click(lambda _, a=action: self.act(a))
        self.retry_button.on_click(lambda _: self._do("retry"))
        self.confirm_button.on_click(lambda _: self.act(CONFIRM))
        self.add_button.on_click(lambda _: self._do(self._add))
        self.dismiss.observe(lambda c: self._do("dismiss", c["new"]), "value")
        self.note.observe(lambda c: self._do(self._set_box, "note", c["new"]), "value")
        self.evidence.observe(lambda c: self._do(self._set_box, "evidence", c["new"]), "value")
        self.verdict_filter.observe(lambda c: self._do(self._filter, c["new"], None), "value")
        self.speaker_filter.observe(lambda c: self._do(self._filter, None, c["new"]), "value")
        self.check_filter.observe(lambda c: self._do(self._filter, None, None, c["new"]), "value")
        self.jump.observe(lambda c: None if c["new"] is None else self._do(self._go, c["new"]), "value")
        for widget, trait in ((self.own_source, "value"), (self.search, "value"), (self.views, "selected_index")):
            widget.observe(lambda _: self._do(_redraw_only), trait)
        for i, box in enumerate(self.cites):
            box.observe(lambda c, i=i: self._do("cite", self._shown.iloc[i], c["new"]), "value")
        self.keypad.on_key(self.on_key)
        self.edit_save.on_click(lambda _: self._do(self._correct))
        self.add_split.on_click(lambda _: self._do(self._add, "split"))
        self.add_separate.on_click(lambda _: self._do(self._add, "separate"))
        for choice, button in self.conflict_buttons.items():
            button.on_click(lambda _, c=choice: self._do("resolve", c))
        self.edit_restore.on_click(lambda _: self._do(self._edited, "restore_original"))
        self.split_button.on_click(lambda _: self._do(self._split))
        self.merge_button.on_click(lambda _: self._do(self._edited, "merge_next"))
        for section in (self.edit, self.history_section):
            section.observe(lambda _: self._do(_redraw_only), "selected_index")

    # ------------------------------------------------------------ acting

    @serialised
    def _do(self, action: str | Callable[..., object], *args) -> None:
        """Run an action (a session method's name, or a callable) unless redrawing; show any refusal; redraw."""
        if self._syncing:
            return
        if _action_name(action) not in ("_set_box", "_redraw_only"):
            self._typing.clear()  # a click or a key: the analyst has left the text boxes
        self.notice = None
        try:
            target = self._target(action, args)
            before = self._follow_disk()
            if target is not None and before is not None:
                args = self._overtaken(action, args, target, changed_fields(before, self.session.table, target))
            (getattr(self.session, action) if isinstance(action, str) else action)(*args)
        except ClaimsError as exc:
            self.notice = Status("error", f"not done: {exc}")
        self._digest = file_digest(self.session.csv_path)
        self.refresh()

    def act(self, action: str) -> None:
        """Do what a key or a button names: a verdict, "not a claim", "undo", or a move (see KEY_ACTIONS)."""
        if action in VERDICTS:
            self._do(self._record, action)
        elif action == "not a claim":
            self._do(self._toggle_dismiss)
        elif action == CONFIRM:
            self._do(self._confirm)
        elif action == "undo":
            self._do("undo")
        else:
            self._do(self._move, action)

    def _record(self, verdict: str) -> None:
        """Record a verdict on the current claim; then move on when "advance after a verdict" is ticked."""
        self._require_claim()
        self.session.record(verdict)
        if self.advance.value and not self.session.error and not self.session.next():
            self.notice = Status("warning", f"{self.session.status}. That was the last claim shown by the filters.")

    def _confirm(self) -> None:
        """Confirm the current claim's flagged speaker; with the check filter on, go on to the next speaker to check."""
        self._require_claim()
        self.session.confirm_speaker()
        if self.session.check_filter and self.session.position() is None and not self.session.next():
            if not self.session.previous():
                self.notice = Status("success", f"{self.session.status}. Every flagged speaker is checked now.")

    def _toggle_dismiss(self) -> None:
        """Mark the current claim "not a claim", or take that back."""
        self._require_claim()
        self.session.dismiss(self.session.row()["dismissed"] != "yes")

    def may_leave(self, again: str = "do that again") -> bool:
        """Whether the analyst may leave the claim shown: yes without an unsaved correction, or when warned about
        this very draft on this kind of move already (it is then dropped); else warn, naming the boxes, and say no."""
        drafted = [EDITED_NAMES[name] for box, name in self._edit_boxes() if self._drafted(box, name)]
        draft = (self.session.cursor, tuple(box.value for box, _ in self._edit_boxes()) + (again,))
        if not drafted or self._warned == draft:
            self._warned = (None, ())
            return True
        self._warned = draft
        self.notice = Status("warning", f"claim {self.session.number()} has an unsaved correction "
                                        f"({', '.join(drafted)}): press save correction to keep it, or {again} to "
                                        "drop it")
        return False

    def _go(self, claim_id: str) -> None:
        """Show a claim chosen in the claims dropdown (after a warning about an unsaved correction)."""
        if self.may_leave():
            self.session.go(claim_id)

    def _move(self, which: str) -> None:
        """Move as named; say plainly when there is nowhere to go."""
        if not self.may_leave():
            return
        if getattr(self.session, MOVES[which])():
            return
        shown = self.session.shown()
        if shown == 0:
            self.notice = Status("warning", "no claim matches these filters: choose 'all' to see the claims")
        elif which == "next unreviewed":
            self.notice = Status("info", self.session.status)
        else:
            end = "last" if which == "next" else "first"
            self.notice = Status("warning", f"this is the {end} of the {shown} claim(s) shown by the filters; "
                                            f"there is no {which} claim")

    def _filter(self, verdict: str | None, speaker: str | None, check: bool | None = None) -> None:
        """Change the filters (after a warning when they hide a claim with an unsaved correction); say plainly when
        they leave nothing."""
        session, here, drafted = self.session, self.session.cursor, self._drafts()
        before = (session.verdict_filter, session.speaker_filter, session.check_filter)
        session.set_filters(verdict, speaker, check)
        if drafted and here is not None and (session.cursor != here or session.position() is None):
            session.set_filters(*before)
            session.go(here)
            if not self.may_leave():
                return
            session.set_filters(verdict, speaker, check)
        if self.session.shown() == 0:
            only = ", only speakers to check" if self.session.check_filter else ""
            self.notice = Status("warning", f"no claim matches these filters (show: {self.session.verdict_filter}, "
                                            f"speaker: {self.session.speaker_filter or 'all speakers'}{only})")

    def _require_claim(self) -> None:
        """Refuse a decision when no claim is shown (no claims, or the filters leave none)."""
        if self.session.claim is None or self.session.position() is None:
            raise BoardError("no claim is shown, so there is nothing to decide on: change the filters")

    def _add(self, inside: str = "refuse") -> None:
        """Add the pasted quote as a claim and clear the boxes; a quote inside a claim asks: split it, or add beside it."""
        quote, speaker = self._inside if self._inside and inside != "refuse" else (self.add_quote.value,
                                                                                  self.add_speaker.value)
        self._inside = None
        try:
            self.session.add(quote, speaker=speaker, inside=inside)
        except InsideClaimError as exc:
            self._inside = (quote, speaker)
            self.notice = Status("warning", f"{exc}: choose below")
            return
        self.add_quote.value, self.add_speaker.value = "", ""

    def _set_box(self, box: str, value: str) -> None:
        """Save the note or evidence box to the claim it was typed for (see `typing_for`), else the current one."""
        claim_id = self.typing_for.get(box) or self.session.cursor
        if claim_id not in self.session.claims.ids:
            claim_id = self.session.cursor
        self._require_claim()
        value = self._beside_theirs(box, claim_id, value)
        (self.session.set_note if box == "note" else self.session.set_evidence)(value, claim_id)

    def _beside_theirs(self, box: str, claim_id: str | None, mine: str) -> str:
        """What to save from a box: its text, or joined after theirs when another window saved that claim's box since
        this one showed it (the box was left alone while the analyst typed, so they never saw theirs)."""
        shown_for, shown = self._box_shown.get(box, (None, ""))
        theirs = str(self.session.row(claim_id)[box])
        return mine if shown_for != claim_id or theirs in (shown, mine) else self._joined(box, claim_id, mine)

    def _joined(self, box: str, claim_id: str | None, mine: str) -> str:
        """A box's text joined after the claim's saved one from another window (both kept, theirs first), saying so."""
        self.notice = Status("warning", f"another window or analyst saved a {box} on claim "
                                        f"{self.session.number(claim_id)} while you typed: both are kept, theirs "
                                        "first; check the box")
        return joined(str(self.session.row(claim_id)[box]), mine)

    def _correct(self) -> None:
        """Save the edit boxes' speaker, statement and quote as a correction of the current claim (changed ones only)."""
        self._require_claim()
        row = self.session.row()
        changed = {name: box.value for name, box in (("speaker", self.edit_speaker), ("claim", self.edit_claim),
                                                     ("quote", self.edit_quote)) if box.value != str(row[name])}
        if not changed:
            raise BoardError("nothing to correct: change the speaker, the statement or the quote first")
        self._edited("correct", **changed)

    def _edited(self, action: str, *args, **kwargs) -> None:
        """Run a session action that changes the current claim, then let the edit boxes show its new values."""
        getattr(self.session, action)(*args, **kwargs)
        self._edit_drawn = (None, dict.fromkeys(EDITED_COLUMNS, ""))

    def _split(self) -> None:
        """Split the current claim where the typed words begin, and clear the box."""
        self._require_claim()
        self._edited("split", self.split_words.value)
        self.split_words.value = ""

    def _target(self, action: str | Callable[..., object], args: tuple) -> str | None:
        """The claim an action is about to change (see DECIDING), or None for a move, a filter or a redraw."""
        name = _action_name(action)
        if name == "_set_box":
            claim_id = self.typing_for.get(args[0]) or self.session.cursor
            return claim_id if claim_id in self.session.claims.ids else self.session.cursor
        if name == "undo":
            return self.session.history[-1].claim_id if self.session.history else None
        return self.session.cursor if name in DECIDING else None

    def _overtaken(self, action: str | Callable[..., object], args: tuple, target: str, fields: set[str]) -> tuple:
        """Guard a decision on a claim another window changed since this one drew it: a note or evidence typed here
        joins theirs; anything else is refused once, naming their state, so nothing of theirs is replaced unseen."""
        name = _action_name(action)
        number = self.session.number(target)
        if name == "_set_box":
            box, mine = args
            return (box, self._joined(box, target, mine)) if box in fields else args
        if not fields:
            return args
        state = claim_state(self.session.row(target))
        verb = f"'{args[0]}'" if name == "_record" else ("undo" if name == "undo" else "change")
        raise BoardError(f"another window or analyst changed claim {number} just now (it is {state} now): your "
                         f"{verb} was not saved; do it again to replace theirs")

    def _follow_disk(self) -> pd.DataFrame | None:
        """When the verdict file changed since the board last saw it, reopen the session on it, say so, and return
        the table as it was before (None when nothing changed)."""
        digest = file_digest(self.session.csv_path)
        if digest == self._digest or self.session.pending:  # unsaved decisions stay; the next save merges
            return None
        before = self.session.table
        self.session = reopen(self.session)
        self._drawn_revision = None
        changed = changed_claims(before, self.session.table)
        kept = "; your unsaved edit of this claim is kept" if self._drafts() else ""
        kept += "".join(f"; the {box} you are typing is kept" for box in sorted(self._typing))
        self.notice = Status("info", f"{self.session.csv_path.name} was changed by another window or analyst: the "
                                     f"board shows it now ({len(changed)} claim(s) differ){kept}")
        return before

    @serialised
    def on_key(self, event: dict) -> None:
        """A message from the key pad: a live key acts as KEY_ACTIONS says (repeats and modifiers ignored); a tick
        checks the verdict file."""
        if event.get("kind") == "typing":
            self.typing_for[str(event.get("box"))] = str(event.get("claim", ""))
            self._typing.add(str(event.get("box")))
            return
        if event.get("kind") == "left":
            self._typing.discard(str(event.get("box")))
            self._release()
            return
        if event.get("kind") == "tick":
            self._typing = {str(event.get("typing"))} & set(TEXT_BOXES)
            if file_digest(self.session.csv_path) != self._digest:
                self._do(_redraw_only)
            self._release()
            return
        key = str(event.get("key", "")).lower()
        if event.get("repeat") or event.get("ctrlKey") or event.get("metaKey") or event.get("altKey"):
            return
        if key in KEY_ACTIONS:
            self.act(KEY_ACTIONS[key])

    def _release(self) -> None:
        """Draw again the boxes a redraw left alone while the analyst typed in them, now that nobody does."""
        if self._held - self._typing:
            self.refresh()

    # ------------------------------------------------------------ drawing

    @serialised
    def refresh(self) -> None:
        """Redraw every widget from the session's state, without triggering the handlers."""
        self._syncing = True
        try:
            self._draw()
        finally:
            self._syncing = False

    def _draw(self) -> None:
        """Set every widget's value from the session."""
        session = self.session
        row = session.claim if session.position() is not None else None
        reviewed, total = session.progress()
        self.progress.max, self.progress.value = max(total, 1), reviewed
        self.counts.value = counts_html(session)
        if self._drawn_revision != session.revision:
            self._draw_lists()
            self._drawn_revision = session.revision
        self.speaker_filter.value = session.speaker_filter
        self.verdict_filter.value = session.verdict_filter
        self.check_filter.value = session.check_filter
        self.check_filter.description = f"⚠ speakers to check ({session.to_check_count()})"
        self.jump.index = session.position()  # the index, not the value: no lookup among 10,000 options
        self.quote.value = claim_html(session)
        self.keypad.claim_id = session.cursor or ""
        self._draw_decision(row)
        self._draw_evidence(row)
        self._draw_edit(row)
        self._draw_conflict(row)
        self._draw_views()
        self.undo_button.disabled = not session.history
        self.retry_button.layout.display = "" if session.error else "none"
        self.status.value = status_html(self.notice or session_status(session))

    def _draw_lists(self) -> None:
        """Give the speaker and claims dropdowns the session's lists where they changed (options are data)."""
        self.edit_speaker.options = tuple(self.session.speakers_found())
        speakers = [("all speakers", ALL_SPEAKERS)] + [(s, s) for s in self.session.speakers()]
        if speakers != list(self.speaker_filter.options):
            self.speaker_filter.options = speakers
        options = self.session.choices(LABEL_CHARS)
        if options != list(self.jump.options):
            self.jump.options = options
        self._view = [claim_id for _, claim_id in options]

    def _draw_decision(self, row: pd.Series | None) -> None:
        """Verdict buttons, dismiss toggle and note for the current claim."""
        for verdict, button in self.verdict_buttons.items():
            active = row is not None and row["verdict"] == verdict
            button.description = CHECK + verdict if active else verdict
            button.button_style = BUTTON_STYLES[verdict] if active else ""
            (button.add_class if active else button.remove_class)("claims-verdict-active")
            button.disabled = row is None
        self.dismiss.value = row is not None and row["dismissed"] == "yes"
        waiting = row is not None and self.session.claims.flagged() and not self.session.checked_by()
        self.confirm_button.layout.display = "" if waiting else "none"
        self._held = set(self._typing)
        for box in set(TEXT_BOXES) - self._typing:
            getattr(self, box).value = "" if row is None else str(row[box])
            self._box_shown[box] = (None, "") if row is None else (self.session.cursor, str(row[box]))
        for widget in (self.dismiss, self.note, self.evidence):
            widget.disabled = row is None

    def _draw_conflict(self, row: pd.Series | None) -> None:
        """The conflict panel: shown, with both versions, only when the current claim's row has lost versions."""
        lost = [] if row is None else self.session.conflicts()
        self.conflict_panel.layout.display = "" if lost else "none"
        self.conflict.value = conflict_html(row, lost[-1], len(lost) - 1) if lost and row is not None else ""
        self.inside_choice.layout.display = "" if self._inside else "none"

    def _edit_boxes(self) -> tuple[tuple[widgets.ValueWidget, str], ...]:
        """The edit boxes with the column each shows."""
        return tuple(zip((self.edit_speaker, self.edit_claim, self.edit_quote), EDITED_COLUMNS))

    def _drafted(self, box: widgets.ValueWidget, name: str) -> bool:
        """Whether an edit box holds an unsaved edit of the claim shown (its value is not the one drawn for it)."""
        claim_id, drawn = self._edit_drawn
        return claim_id == self.session.cursor and box.value != drawn[name]

    def _drafts(self) -> bool:
        """Whether any edit box holds an unsaved edit of the claim shown."""
        return any(self._drafted(box, name) for box, name in self._edit_boxes())

    def _draw_edit(self, row: pd.Series | None) -> None:
        """The edit boxes with the current claim's values (an unsaved edit of that claim is kept), the extractor's
        original, and (when open) its history."""
        shown = {name: "" if row is None else str(row[name]) for name in EDITED_COLUMNS}
        for box, name in self._edit_boxes():
            if row is None or not self._drafted(box, name):
                box.value = shown[name]
        self._edit_drawn = (None if row is None else self.session.cursor, shown)
        for widget in (self.edit_save, self.edit_restore, self.split_button, self.merge_button):
            widget.disabled = row is None
        if row is None:
            self.original.value = self.history.value = ""
            return
        self.edit_restore.disabled = not str(row["original_quote"])
        self.original.value = original_html(row)
        if self.history_section.selected_index is not None:
            self.history.value = history_html(self.session.history_of())

    def _draw_evidence(self, row: pd.Series | None) -> None:
        """The passages for the current claim (or the search's), each with its cite box; unused rows hidden."""
        self._shown = self._passages(row)
        for i, (box, text, line) in enumerate(zip(self.cites, self.passages, self.passage_rows)):
            if i < len(self._shown):
                box.value, text.value, line.layout.display = bool(self._shown.iloc[i]["cited"]), \
                    passage_html(self._shown.iloc[i]), ""
            else:
                box.value, text.value, line.layout.display = False, "", "none"
            box.disabled = row is None
        self.evidence_head.value = self._evidence_heading(row)

    def _passages(self, row: pd.Series | None) -> pd.DataFrame:
        """The TOP_K passages to show: the search's when there is a query, else the claim's ranked ones."""
        if row is None:
            return pd.DataFrame(columns=["source", "start", "end", "text", "score", "citation", "cited"])
        if self.search.value.strip():
            return mark_cited(search_passages(self.session.index, self.search.value, TOP_K), str(row["evidence"]))
        found = self.session.evidence()
        if not self.own_source.value:
            found = found[found["source"] != self.session.source.name]
        return found.head(TOP_K).reset_index(drop=True)

    def _evidence_heading(self, row: pd.Series | None) -> str:
        """What the passages are: a search's results or the ranked ones, and from which texts."""
        skipped = self.session.index.skipped if row is not None else ()
        note = f" <small>({len(skipped)} unreadable file(s) skipped: {esc('; '.join(skipped))})</small>" if skipped else ""
        where = f"{esc(self.session.source.parent.name or '.')}/*.txt"
        if self.search.value.strip():
            what = f"the {len(self._shown)} passages of {where} that best match &#8220;{esc(self.search.value)}&#8221;"
        elif len(self._shown):
            own = "" if self.own_source.value else f", {esc(self.session.source.name)} itself left out"
            what = f"the {len(self._shown)} passages most like this claim in {where}{own}"
        else:
            what = "no similar passage found"
        return f"<b>Evidence</b>: {what}{note}. Tick <i>cite</i> to add a passage to the evidence box below."

    def _draw_views(self) -> None:
        """The live chart and claims table, when their section is open."""
        if self.views.selected_index != 0:
            return
        self.chart.value = chart_html(state_counts(self.session))
        self.claims_table.value = table_html(self.session, self._view, self._positions())

    def _positions(self) -> dict[str, int]:
        """Each claim id's row in the session's table, made again only when the table is a new one."""
        table = self.session.table
        if self._where[0] is not table:
            self._where = (table, {str(c): i for i, c in enumerate(table["claim_id"])})
        return self._where[1]

    # ------------------------------------------------------------ for later cells

    @property
    def table(self) -> pd.DataFrame:
        """The claims with this analyst's verdicts so far (a copy)."""
        return self.session.table.copy()

    @property
    def csv_path(self) -> Path:
        """Where the verdicts are saved."""
        return self.session.csv_path


def _redraw_only() -> None:
    """An action that does nothing: `_do` then only follows the verdict file and redraws."""


def _tagged(widget: widgets.DOMWidget, *classes: str) -> widgets.DOMWidget:
    """Add stable CSS classes to a widget and return it."""
    for name in classes:
        widget.add_class(name)
    return widget


def review(path_to_source: str | Path, analyst: str | None = None) -> ReviewBoard:
    """Open the review board on a source text for an analyst (no name: as `resolve_analyst`, never the login)."""
    return ReviewBoard(ReviewSession(path_to_source, analyst, k=RANKED))

