"""The app: one screen with the review board, a picker of every text in a folder, a name, import and overview.

`app(folder)` returns a `Workbench` (an ipywidgets VBox: display it as a cell's result, in JupyterLab or
Voila). The first screen lists every source text of the folder with its progress, read from the verdict
files alone (no text is extracted until it is opened), and shows the board of the first text. Picking
another text swaps in its board. On first use the app asks for the analyst's name: in JupyterLab it is
remembered for this user (`claims.profile`); in Voila, which may serve many people from one account, it
comes from the page's address (`?analyst=NAME`) and the app shows that address to bookmark.

CSS classes for tests and styling:
    claims-app                 the root VBox
    claims-name                the name row: Text [input] claims-name-input, Button claims-name-save,
                               HTML claims-name-message (who reviews, the bookmark link, or what is wrong)
    claims-name-change         Button that shows the name row again
    claims-picker              Dropdown of the texts [select], each "name: R of N reviewed, D disputed"
    claims-board-slot          the VBox holding the current text's claims-board (or why it cannot open)
    claims-report-button       Button "report for an editor": writes the open text's HTML report beside it
    claims-report-scope        Dropdown of whose verdicts (own, merged, final), shown only when there is a choice
    claims-report-status       HTML: where the report was written and a claims-report-link that downloads it
    claims-upload              FileUpload [input[type=file]] for .txt .html .pdf .docx
    claims-url, claims-url-import    Text for a web address, and its Button
    claims-import-status       HTML: what was imported where, or the error naming the file
    claims-overview-button     Button that (re)draws claims-overview, the per-text, per-analyst table
    claims-key-guard           an invisible KeyGuard: keys typed on the app's controls never reach JupyterLab
"""
from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from . import profile
from .importers import MAX_BYTES, SUFFIXES
from .importers.core import import_bytes, import_url
from .board import ReviewBoard
from .keys import KeyGuard
from .model import ClaimsError
from .views import esc
from .progress import overview, remember_claim_count, text_progress, texts_in
from .report_scope import MINE, report_arguments, report_options
from .serial import serialised
from .session import ReviewSession

UPLOAD_TYPES = ",".join(SUFFIXES)
UPLOAD_HINT = (f"<small>{' '.join(s for s in SUFFIXES if s != '.htm')} files up to {MAX_BYTES // (1024 * 1024)} MB "
               "each, or a web address</small>")


def text_label(row: Mapping[str, Any]) -> str:
    """A picker entry: the text's name and its progress ("3 of 29 reviewed, 1 disputed")."""
    total = row["claims"]
    of = "" if total is None or pd.isna(total) else f" of {int(total)}"
    problem = " (verdict file damaged)" if row.get("problem") else ""
    return f"{row['text']}: {row['reviewed']}{of} reviewed, {row['disputed']} disputed{problem}"


def shown_path(path: Path) -> str:
    """A path as the analyst finds it: from the notebook's folder when near it (`../seeds/X`), else in full."""
    near = os.path.relpath(path.resolve())
    return str(path.resolve()) if near.startswith(os.path.join(os.pardir, os.pardir)) else near


def report_message(path: Path) -> str:
    """Where a report was written, and a link that downloads it (a data: address: the same in Voila and JupyterLab)."""
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (f"Report written to <code>{esc(shown_path(path))}</code>. "
            f"<a class='claims-report-link' download='{esc(path.name)}' href='data:text/html;base64,{data}' "
            "style='text-decoration: underline'>Download the report</a> to open it in your browser, "
            "print it to PDF or send it to an editor.")


def _tagged(widget: widgets.DOMWidget, *classes: str) -> widgets.DOMWidget:
    """Add stable CSS classes to a widget and return it."""
    for name in classes:
        widget.add_class(name)
    return widget


class Workbench(widgets.VBox):
    """The whole app over one folder of source texts, for one analyst at a time."""

    def __init__(self, folder: str | Path, analyst: str | None = None) -> None:
        """Build the widgets, list the texts with their progress, and open the first text once a name is known."""
        self.folder = Path(folder)
        texts_in(self.folder)  # FolderError, naming it, when there is no such folder
        self.analyst = profile.check_name(analyst) if analyst else profile.default_analyst()
        self.board: ReviewBoard | None = None
        self._syncing = False
        self._build()
        super().__init__(children=self._layout())
        self.add_class("claims-app")
        self._wire()
        self.refresh_picker()
        self._show_name()
        self.open_text()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        """Create every widget of the app (the board is made per text)."""
        self.title = widgets.HTML(f"<h3>Claims workbench: {esc(self.folder.resolve().name)}</h3>")
        self.name_input = _tagged(widgets.Text(placeholder="your name, as colleagues know it", description="Your name",
                                               continuous_update=False), "claims-name-input")
        self.name_save = _tagged(widgets.Button(description="start reviewing", button_style="primary",
                                                 layout=widgets.Layout(width="auto")), "claims-name-save")
        self.name_row = _tagged(widgets.HBox([self.name_input, self.name_save]), "claims-name")
        self.name_message = _tagged(widgets.HTML(), "claims-name-message")
        self.name_change = _tagged(widgets.Button(description="change name", layout=widgets.Layout(width="auto")),
                                   "claims-name-change")
        self.picker = _tagged(widgets.Dropdown(description="text", layout=widgets.Layout(width="70%")), "claims-picker")
        self.slot = _tagged(widgets.VBox(), "claims-board-slot")
        self.report_button = _tagged(widgets.Button(description="report for an editor",
                                                    tooltip="write this text's report as one HTML page",
                                                    layout=widgets.Layout(width="auto")), "claims-report-button")
        self.report_scope = _tagged(widgets.Dropdown(description="whose verdicts", layout=widgets.Layout(width="auto")),
                                    "claims-report-scope")
        self.report_status = _tagged(widgets.HTML(), "claims-report-status")
        self.upload = _tagged(widgets.FileUpload(accept=UPLOAD_TYPES, multiple=True, description="import files"),
                              "claims-upload")
        self.url = _tagged(widgets.Text(description="web address", placeholder="https://... a press release or article"),
                           "claims-url")
        self.url_import = _tagged(widgets.Button(description="import address"), "claims-url-import")
        self.import_status = _tagged(widgets.HTML(), "claims-import-status")
        self.overview_button = _tagged(widgets.Button(description="overview of all texts",
                                                      layout=widgets.Layout(width="auto")), "claims-overview-button")
        self.overview = _tagged(widgets.HTML(), "claims-overview")
        self.key_guard = KeyGuard(layout=widgets.Layout(display="none"))

    def _layout(self) -> list[widgets.Widget]:
        """The app's rows, top to bottom: who, which text, its board, then import and overview."""
        return [self.title, self.name_row, widgets.HBox([self.name_message, self.name_change]), self.picker,
                self.slot, widgets.HBox([self.report_button, self.report_scope]), self.report_status,
                widgets.HTML("<h4>Bring in a text</h4>"),
                widgets.HBox([self.upload, self.url, self.url_import]), widgets.HTML(UPLOAD_HINT),
                self.import_status,
                widgets.HBox([self.overview_button]), self.overview, self.key_guard]

    def _wire(self) -> None:
        """Connect each widget to its handler."""
        self.name_save.on_click(serialised(lambda _: self.set_name(self.name_input.value)))
        self.name_input.observe(serialised(self._on_name), "value")
        self.name_change.on_click(serialised(lambda _: self._ask_name()))
        self.picker.observe(serialised(self._on_pick), "value")
        self.upload.observe(serialised(self._on_upload), "value")
        self.url_import.on_click(serialised(lambda _: self.import_address(self.url.value)))
        self.overview_button.on_click(serialised(lambda _: self.show_overview()))
        self.report_button.on_click(serialised(lambda _: self.make_report()))

    def _on_name(self, change: dict) -> None:
        """Enter (or leaving the box) with a name in it starts reviewing."""
        if change["new"].strip():
            self.set_name(change["new"])

    def _on_pick(self, change: dict) -> None:
        """The analyst picked another text: open its board (after a warning about an unsaved correction)."""
        if self._syncing:
            return
        if self.board is not None and not self.board.may_leave("pick the other text again"):
            self._set_options(list(self.picker.options), change["old"])
            self.board.refresh()
            return
        self.open_text()

    def _on_upload(self, change: dict) -> None:
        """Files arrived in the upload button: import them."""
        if change["new"] and not self._syncing:
            self.import_uploads(change["new"])

    # ------------------------------------------------------------ the analyst

    def set_name(self, name: str) -> None:
        """Take the analyst's name (remembered for this user outside Voila) and open the board under it."""
        if self.board is not None and name.strip() == self.analyst:
            self._show_name()  # the same name again (Enter, then the button): keep the open board
            return
        try:
            self.analyst = profile.check_name(name)
            if not profile.served_by_voila():
                profile.remember_analyst(self.analyst)
        except ClaimsError as exc:
            self.name_message.value = f"<span class='claims-error'>{esc(exc)}</span>"
            return
        self._show_name()
        self.refresh_picker()
        self.open_text()

    def _ask_name(self) -> None:
        """Show the name row again, empty."""
        self.name_row.layout.display = None
        self.name_input.value = ""

    def _show_name(self) -> None:
        """Hide the name row once there is a name, and say who reviews (with the address to bookmark in Voila)."""
        known = bool(self.analyst)
        self.name_row.layout.display = "none" if known else None
        self.name_change.layout.display = None if known else "none"
        if not self.analyst:
            self.name_message.value = "Type your name and press Enter: your verdicts are saved under it."
            return
        said = f"Reviewing as <b>{esc(self.analyst)}</b>."
        if self.analyst and profile.served_by_voila():
            link = esc(profile.bookmark_query(self.analyst))
            said += (f" Bookmark <a href='{link}' class='claims-bookmark' style='text-decoration: underline'>"
                     "this address</a> to come back under this name.")
        self.name_message.value = said

    # ------------------------------------------------------------ texts

    def refresh_picker(self, select: str | None = None) -> None:
        """List the texts with this analyst's progress (from the verdict files only), keeping or setting the choice."""
        rows = [{str(k): v for k, v in row.items()}
                for row in text_progress(self.folder, analyst=self.analyst or "").to_dict("records")]
        current, paths = select or self.picker.value, [row["path"] for row in rows]
        self._set_options([(text_label(row), row["path"]) for row in rows],
                          current if current in paths else (paths[0] if paths else None))

    def _set_options(self, options: list[tuple[str, str]], value: str | None) -> None:
        """Give the picker new entries and its value without reopening the board."""
        self._syncing = True
        try:
            self.picker.options = options
            self.picker.value = value
        finally:
            self._syncing = False

    def open_text(self) -> None:
        """Show the board of the picked text for the analyst, or say why it cannot be shown."""
        if not self.picker.value:
            self._say_in_slot(f"No source texts (.txt) in {self.folder} yet: import one below.")
        elif not self.analyst:
            self._say_in_slot("Give your name above to start reviewing.")
        else:
            self._open_board(Path(self.picker.value))

    def _open_board(self, path: Path) -> None:
        """Build the picked text's board and put it in the slot."""
        try:
            self.board = ReviewBoard(ReviewSession(path, self.analyst))
        except ClaimsError as exc:
            self.board = None
            self._say_in_slot(f"Cannot open {path.name}: {exc}")
            return
        remember_claim_count(path, len(self.board.session.table))
        self.board.status.observe(serialised(lambda _: self.update_label()), "value")
        self.slot.children = [self.board]
        self.update_label()
        self.refresh_report_scopes()

    def _say_in_slot(self, message: str) -> None:
        """Put a message where the board goes."""
        self.board = None
        self.slot.children = [_tagged(widgets.HTML(f"<p>{esc(message)}</p>"), "claims-slot-message")]
        self.refresh_report_scopes()

    def update_label(self) -> None:
        """Redraw the open text's picker entry from its board's session (after every decision)."""
        if self.board is None:
            return
        session = self.board.session
        reviewed, total = session.progress()
        row = {"text": session.source.name, "reviewed": reviewed, "claims": total,
               "disputed": session.counts().get("disputed", 0)}
        options = [(text_label(row) if value == self.picker.value else label, value)
                   for label, value in self.picker.options]
        if options != list(self.picker.options):
            self._set_options(options, self.picker.value)

    # ------------------------------------------------------------ the report

    def refresh_report_scopes(self) -> None:
        """Offer the open text's report scopes; show the choice only when there is more than the analyst's own."""
        self.report_status.value = ""
        self.report_button.disabled = self.board is None
        try:
            options = report_options(self.board.session.source, self.analyst or "") if self.board is not None else []
        except ClaimsError:  # another analyst's file is damaged: offer the own report; its button says why
            options = []
        self.report_scope.options = options or [("your verdicts", MINE)]
        self.report_scope.value = MINE
        self.report_scope.layout.display = None if len(options) > 1 else "none"

    def make_report(self) -> Path | None:
        """Write the open text's report (the chosen scope) beside it; show where, with a link; return the path."""
        if self.board is None:
            return None
        from .report_page import write_report  # imported on use: it pulls in the chart's libraries

        try:
            analyst, merged, final = report_arguments(self.report_scope.value or MINE, self.analyst or "")
            out = write_report(self.board.session.source, analyst=analyst, merged=merged, final=final)
        except ClaimsError as exc:
            self.report_status.value = f"<span class='claims-error'>No report: {esc(exc)}</span>"
            return None
        self.report_status.value = report_message(out)
        return out

    # ------------------------------------------------------------ import and overview

    def import_uploads(self, files: tuple) -> None:
        """Import every uploaded file; open the last one imported; report each success or error by name."""
        said, last = [], None
        for item in files:
            try:
                done = import_bytes(bytes(item["content"]), str(item["name"]), self.folder)
                said.append(f"imported {esc(item['name'])} as {esc(done.text_path.name)}")
                last = str(done.text_path)
            except ClaimsError as exc:
                said.append(f"<span class='claims-error'>not imported: {esc(exc)}</span>")
        self._after_import(said, last)
        self._syncing = True
        self.upload.value = ()
        self._syncing = False

    def import_address(self, url: str) -> None:
        """Import a web address and open it, or say why not."""
        try:
            done = import_url(url, self.folder)
        except ClaimsError as exc:
            self._after_import([f"<span class='claims-error'>not imported: {esc(exc)}</span>"], None)
            return
        self.url.value = ""
        self._after_import([f"imported {esc(url)} as {esc(done.text_path.name)}"], str(done.text_path))

    def _after_import(self, said: list[str], opened: str | None) -> None:
        """Show what the imports did, list the new texts, and open the last one imported."""
        self.import_status.value = "<br>".join(said)
        self.refresh_picker(select=opened)
        if opened:
            self.open_text()

    def show_overview(self) -> None:
        """Draw the per-text, per-analyst table (extracts the texts not opened yet, once), or say which file stops it."""
        try:
            table = overview(self.folder)
        except ClaimsError as exc:
            self.overview.value = f"<p class='claims-error'>No overview: {esc(exc)}</p>"
            return
        self.refresh_picker()  # every text's claims are counted now: the picker shows "R of N" for all
        self.overview.value = table.to_html(index=False, escape=True, na_rep="") if len(table) else \
            f"<p>No source texts in {esc(self.folder)}.</p>"


def app(folder: str | Path = ".", analyst: str | None = None) -> Workbench | widgets.HTML:
    """The claims workbench over a folder of source texts: picker, board, name, import and overview.

    A folder or name it cannot use is said in one line where the app would be (in Voila a traceback is
    hidden, and in JupyterLab it is forty lines); `Workbench(folder)` raises instead.
    """
    try:
        return Workbench(folder, analyst)
    except ClaimsError as exc:
        return _tagged(widgets.HTML(f"<p class='claims-error'>The workbench cannot open: {esc(exc)}</p>"),
                       "claims-app-error")

