"""What the review board shows, as escaped HTML strings: the claim, passages, counts, status line, live table and chart.

Pure functions of a `ReviewSession` (or plain values): no widgets here, so each view is tested by
comparing strings. Every text from a source file, a verdict file or an analyst goes through `esc`
(ipywidgets 8 sets innerHTML and does not sanitise). Colours are chosen for WCAG 2.1 AA: every text
colour here is at least 4.5:1 on the background it is drawn on (white, or the status line's tint).
"""
from __future__ import annotations

import html
from typing import NamedTuple

import pandas as pd

from .extract.confidence import CHECK_BELOW, Confidence, describe
from .session import DISMISSED, NOT_REVIEWED, STATES, ReviewSession, claim_state, state_of
from .states import STATE_COLOURS


LEVELS: dict[str, tuple[str, str, str]] = {  # level: (icon, text colour, background)
    "success": ("✔", "#1b5e20", "#e8f5e9"), "info": ("ℹ", "#1a3e6f", "#e8f0fe"),
    "warning": ("⚠", "#6b4400", "#fff4e5"), "error": ("✖", "#8c1d18", "#fdecea")}
"""How the status line looks at each level: a different icon and colour, every pair above 4.5:1."""

CONFLICT_MARK: str = "another version of this row was on disk"
"""The words a session's status holds when its save met another window's version of the row."""

TABLE_ROWS: int = 25
"""How many claims the live table shows around the current one."""


class TableRow(NamedTuple):
    """The cells of one claim that the live table needs (TABLE_COLUMNS, in order)."""

    claim_id: str
    verdict: str
    dismissed: str
    speaker: str
    claim: str
    note: str


TABLE_COLUMNS: tuple[str, ...] = TableRow._fields
"""The review table's columns read for the live table."""


class Status(NamedTuple):
    """The status line's level (a LEVELS key) and its text."""

    level: str
    text: str


def esc(value: object) -> str:
    """HTML-escape any value, quotes included."""
    return html.escape(str(value), quote=True)


def session_status(session: ReviewSession) -> Status:
    """The session's own status with its level: error when unsaved, warning after a conflict, else success."""
    text = str(session.status)
    if session.error:
        return Status("error", text)
    if CONFLICT_MARK in text:
        return Status("warning", text)
    return Status("success" if text.startswith("saved") or text.startswith("added") else "info", text)


def status_html(status: Status) -> str:
    """The status line as escaped HTML: icon, level and text, in the level's colours."""
    icon, colour, background = LEVELS[status.level]
    return (f"<div class='claims-status-{status.level}' data-level='{status.level}' title='{esc(status.text)}' "
            f"style='color:{colour};"
            f"background:{background};border-left:4px solid {colour};padding:2px 8px'>"
            f"<span aria-hidden='true'>{icon}</span> <b>{status.level}</b>: {esc(status.text)}</div>")


def claim_html(session: ReviewSession) -> str:
    """The current claim as escaped HTML: position, state, speaker, claim, and the quote marked in its paragraph."""
    row = session.claim
    if row is None:
        return "<p>This source text has no claims. Paste a quote the extractor missed below to add one.</p>"
    if session.position() is None:
        return "<p><b>No claim matches these filters.</b> Choose <i>all</i> in the filters to see the claims.</p>"
    state = claim_state(row)
    before, quote, after = session.context()
    orphan = orphan_html(session) if bool(row.get("orphan", False)) else beside_html(session)
    return (f"<div class='claims-head'>Claim <b>{session.number()}</b> of {len(session.table)} "
            f"<small>({session.shown()} shown by the filters; id {esc(row['claim_id'])})</small> · "
            f"<span class='claims-state-{esc(state.replace(' ', '-'))}' "
            f"style='color:{STATE_COLOURS[state]};font-weight:bold'>{esc(state)}</span> · "
            f"Speaker: <b>{esc(row['speaker'] or 'unknown')}</b>{why_html(*session.attribution())}"
            f"{speaker_check_html(session)}</div>"
            f"<div class='claims-text'>{esc(row['claim'])}</div>{orphan}"
            f"<blockquote class='claims-context' tabindex='0' aria-label='the quote in its paragraph'>"
            f"{esc(before)}<mark class='claims-mark'>{esc(quote)}</mark>{esc(after)}</blockquote>")


def orphan_html(session: ReviewSession) -> str:
    """Why the current claim is an orphan: its words now given to another speaker, or gone from the changed text."""
    to = session.new_speaker()
    if to is None:
        return ("<p class='claims-orphan'><b>This quote is no longer in the source text</b> (the text changed); "
                "it is shown as saved.</p>")
    who = esc(to) if to else "another speaker"
    return (f"<p class='claims-orphan'><b>The extractor now gives these words to {who}</b>, not to "
            f"{esc(session.row()['speaker'] or 'unknown')}; this claim is shown as saved, and the words are listed "
            f"again under {who}.</p>")


def beside_html(session: ReviewSession) -> str:
    """Another speaker's unreviewed claim over the current reviewed claim's words (see `beside`), or ""."""
    others = session.beside()
    if not others:
        return ""
    whose = " and ".join(f"{esc(session.row(c)['speaker'] or 'unknown')} (claim {session.number(c)})" for c in others)
    return (f"<p class='claims-beside'><b>The extractor now gives these words to {whose}</b>, not reviewed yet; this "
            f"claim keeps its decision under {esc(session.row()['speaker'] or 'unknown')}: check who said them.</p>")


def passage_html(passage: pd.Series) -> str:
    """One passage as escaped HTML: source, offsets, score and its whole text."""
    return (f"<div style='line-height:1.3'><small><b>{esc(passage['source'])}</b> "
            f"[{int(passage['start'])}:{int(passage['end'])}] · similarity {float(passage['score']):.2f}</small><br>"
            f"{esc(' '.join(str(passage['text']).split()))}</div>")


def counts_html(session: ReviewSession) -> str:
    """Progress and counts per state as escaped HTML."""
    reviewed, total = session.progress()
    parts = [f"<span style='color:{STATE_COLOURS[s]}'>{esc(s)} <b>{n}</b></span>" for s, n in session.counts().items()]
    return f"<b>{reviewed}</b> of {total} reviewed · " + " · ".join(parts)


def chart_html(counts: dict[str, int]) -> str:
    """A bar per state, its width in proportion to its count, with the count written beside it."""
    most = max([*counts.values(), 1])
    bars = [f"<div class='claims-chart-row'><span class='claims-chart-label'>{esc(state)}</span>"
            f"<span class='claims-chart-bar' style='width:{12 * n / most:.2f}em;background:{STATE_COLOURS[state]}'>"
            f"</span> <b>{n}</b></div>" for state, n in counts.items()]
    return f"<div class='claims-chart' role='img' aria-label='{esc(chart_text(counts))}'>{''.join(bars)}</div>"


def chart_text(counts: dict[str, int]) -> str:
    """The chart in words, for screen readers: `supported 2, disputed 1, ...`."""
    return "claims per state: " + ", ".join(f"{state} {n}" for state, n in counts.items())


def table_window(session: ReviewSession, view: list[str], rows: int = TABLE_ROWS) -> list[str]:
    """The ids of up to `rows` claims of `view` (the ids the filters show) around the current one, in order."""
    at = session.position() or 0
    first = max(0, min(at - rows // 2, len(view) - rows))
    return view[first:first + rows]


def table_html(session: ReviewSession, view: list[str], where: dict[str, int], rows: int = TABLE_ROWS) -> str:
    """The claims around the current one as an escaped HTML table: number, state, speaker, claim, note.

    `view` is `session.view()` and `where` maps each claim id to its row in `session.table`, both kept
    by the caller between redraws, so that a redraw reads `rows` rows and never scans the table.
    """
    ids = table_window(session, view, rows)
    picked = session.table.take([where[c] for c in ids])[list(TABLE_COLUMNS)]
    cells = picked.itertuples(index=False, name=None)
    body = "".join(_table_row(session, where[c], TableRow(*r)) for c, r in zip(ids, cells))
    span = f"{where[ids[0]] + 1}-{where[ids[-1]] + 1}" if ids else "none"
    return (f"<div class='claims-table-scroll' tabindex='0' role='region' aria-label='claims table'>"
            f"<table class='claims-table'><caption>claims {span} of the {len(view)} shown by the filters</caption>"
            f"<thead><tr><th scope='col'>#</th><th scope='col'>state</th><th scope='col'>speaker</th>"
            f"<th scope='col'>claim</th><th scope='col'>note</th></tr></thead><tbody>{body}</tbody></table></div>")


def _table_row(session: ReviewSession, i: int, row: TableRow) -> str:
    """One claim (row i of the table, as a named tuple) as a table row; the current claim's row is marked."""
    state = state_of(str(row.verdict), str(row.dismissed))
    here = " class='claims-table-current' aria-current='true'" if row.claim_id == session.cursor else ""
    return (f"<tr{here}><td>{i + 1}</td><td style='color:{STATE_COLOURS[state]}'>{esc(state)}</td>"
            f"<td>{esc(row.speaker)}</td><td>{esc(row.claim)}</td><td>{esc(row.note)}</td></tr>")


def state_counts(session: ReviewSession) -> dict[str, int]:
    """How many claims are in each state, in STATES order."""
    counts = session.counts()
    return {state: int(counts.get(state, 0)) for state in STATES}


def why_html(kind: str, cue: str) -> str:
    """Why a claim is listed, after its speaker: the speaker's kind and the extractor's cue (escaped)."""
    parts = [f"<span class='claims-kind'>{esc(kind)}</span>" if kind else "",
             f"<span class='claims-cue'>cue: “{esc(cue)}”</span>" if cue and " by an analyst" not in cue
             else f"<span class='claims-cue'>{esc(cue)}</span>" if cue else ""]
    shown = " · ".join(p for p in parts if p)
    return f" <small class='claims-why'>({shown})</small>" if shown else ""


def check_html(confidence: Confidence | None) -> str:
    """A warning after a speaker whose kind of attribution was often wrong on unseen texts; "" otherwise."""
    if confidence is None or confidence.share >= CHECK_BELOW:
        return ""
    return (f" <span class='claims-check' style='color:#a15c00'>⚠ check the speaker: attributions like this "
            f"were right about {confidence.share:.0%} of the time on texts the rules were not tuned to</span>"
            f" <small class='claims-check-why'>({esc(describe(confidence.bucket))}: {confidence.right} of "
            f"{confidence.measured} right)</small>")


def checked_html(note: str) -> str:
    """The quiet note that replaces the warning once the analyst confirmed the speaker (escaped)."""
    return f" <small class='claims-checked' style='color:#4a4a4a'>✓ {esc(note)}</small>"


def speaker_check_html(session: ReviewSession) -> str:
    """After the current claim's speaker: who checked it, else the warning when its kind is often wrong, else ""."""
    note = session.checked_by()
    return checked_html(note) if note else check_html(session.speaker_confidence())


def original_html(row: pd.Series) -> str:
    """The extractor's original of a corrected claim beside the analyst's version (escaped); "" when none."""
    if not str(row.get("original_quote", "")):
        origin = str(row.get("origin", ""))
        return "<small>an analyst added this claim</small>" if origin == "added" else (
            "<small>as the extractor found it</small>")
    cells = [("speaker", row["original_speaker"], row["speaker"]), ("statement", row["original_claim"], row["claim"]),
             ("quote", row["original_quote"], row["quote"])]
    body = "".join(f"<tr><th>{name}</th><td>{esc(old)}</td><td>{esc(new)}</td></tr>" for name, old, new in cells)
    return (f"<table class='claims-original'><tr><th></th><th>extractor</th><th>{esc(row['origin'])} "
            f"by you</th></tr>{body}</table>")


def history_html(entries: list[dict[str, object]]) -> str:
    """A claim's saved versions as an escaped table: when, what, who, verdict, note; newest first."""
    if not entries:
        return "<small>no saved version of this claim yet</small>"
    head = ("<tr><th>when</th><th>what</th><th>analyst</th><th>speaker</th><th>quote</th><th>verdict</th>"
            "<th>dismissed</th><th>note</th></tr>")
    rows = "".join(f"<tr><td>{esc(e['at'])}</td><td>{esc(e['op'])} ({esc(e['origin'])})</td><td>{esc(e['analyst'])}</td>"
                   f"<td>{esc(e['speaker'])}</td><td>{esc(e['quote'])}</td><td>{esc(e['verdict'])}</td>"
                   f"<td>{esc(e['dismissed'])}</td><td>{esc(e['note'])}</td></tr>" for e in reversed(entries))
    return f"<table class='claims-history-table'>{head}{rows}</table>"


CONFLICT_FIELDS: tuple[str, ...] = ("verdict", "note", "evidence", "dismissed", "speaker_checked", "updated_at")
"""What the conflict panel shows of each version of a row."""


def conflict_html(mine: pd.Series, theirs: dict[str, object], more: int = 0) -> str:
    """Both versions of a row side by side (escaped): the saved one (mine) and the other that met it (theirs)."""
    body = "".join(f"<tr><th>{name}</th><td>{esc(mine[name])}</td><td>{esc(theirs[name])}</td></tr>"
                   for name in CONFLICT_FIELDS)
    extra = f"<p>and {more} older version(s) of this row in the conflicts file</p>" if more else ""
    return (f"<div role='group' aria-label='conflict'><b>⚠ Another version of this claim's row met yours.</b> "
            f"Keep yours, take theirs, or combine the notes and evidence.<table class='claims-conflict-table'>"
            f"<tr><th></th><th>yours (saved)</th><th>theirs</th></tr>{body}</table>{extra}</div>")
