"""The report as one self-contained HTML page an editor reads: the text with its claims marked, and every verdict.

The page needs nothing from outside: the CSS is inline, the chart is inline SVG, and there is no
script. A Content-Security-Policy (`default-src 'none'`) makes the browser refuse any request or
script all the same. Every text from a source, a note, a name or a citation goes through
`html.escape`, and nothing from them becomes a link or an attribute other than escaped text. It
prints on A4 (`@page`), each claim kept on one page where it fits, colours kept in print.

`write_report(source, out=None, ...)` writes it atomically, by default beside the source as
`X.report.html` (`X.NAME.report.html`, `X.merged.report.html`, `X.final.report.html`); the output must
end in `.html`, so it can never be a verdict file, a conflicts file or the source text.
"""
from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from .report import STATE_BACKGROUNDS, STATE_COLOURS
from .adjudication import DISMISSED_LABEL
from .report_model import (
    DISAGREEMENT,
    REPORT_STATES,
    Citation,
    Entry,
    Judgement,
    Report,
    ReportError,
    build_report,
    state_of_label,
)
from .session import DISMISSED, NOT_REVIEWED
from .store import check_output as store_check_output, write_atomic

COLOURS: dict[str, str] = {**STATE_COLOURS, DISAGREEMENT: "#6a1b9a"}
"""The bar and badge colour of each state (the review board's palette, plus disagreement)."""

BACKGROUNDS: dict[str, str] = {**STATE_BACKGROUNDS, NOT_REVIEWED: "#eeeeee", DISAGREEMENT: "#e8d5f0"}
"""The highlight colour of each state in the text."""

DARK_TEXT: frozenset[str] = frozenset({"unverified", NOT_REVIEWED})
"""States whose badge colour is light, so their badge text is dark (WCAG contrast)."""

OUTPUT_SUFFIXES: tuple[str, ...] = (".html", ".htm")
CSP: str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS: str = """
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;max-width:52em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.25em;border-bottom:1px solid #bbb;margin-top:1.6em}
.meta{color:#555;font-size:.9em;margin:0}
.summary{display:flex;gap:2em;align-items:flex-start;flex-wrap:wrap}
.summary table{border-collapse:collapse}.summary td{padding:.1em .6em}.summary td.n{text-align:right}
.source{white-space:pre-wrap;font-size:.95em;border:1px solid #ddd;padding:1em;background:#fcfcfc}
mark{padding:0 .1em;border-radius:2px;color:inherit}
mark sup,.num{font:bold .75em sans-serif}
.badge{display:inline-block;font:bold .8em sans-serif;color:#fff;border-radius:3px;padding:0 .4em}
.claim{border-left:.35em solid #999;padding:.2em 0 .2em .8em;margin:1em 0;break-inside:avoid}
.claim h3{font-size:1em;margin:0}.claim h3 .checked{font:normal .8em sans-serif;color:#4a4a4a}.claim .said{margin:.3em 0}
.judgement{margin:.4em 0 .4em 1em}.judgement .who{color:#444;font-size:.9em}
.note{white-space:pre-wrap;margin:.2em 0}
blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:2px solid #ccc;color:#333}
cite{display:block;font-size:.85em;color:#555;font-style:normal}
.flag{font:bold .8em sans-serif;color:#8a1c1c}
.final{background:#f4f4f4;padding:.3em .6em}
@page{size:A4;margin:16mm 14mm}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def esc(value: object) -> str:
    """Escape any text for HTML content and attributes."""
    return html.escape(str(value), quote=True)


def css_class(state: str) -> str:
    """The CSS class of a state: s-supported, s-not-reviewed, ..."""
    return "s-" + re.sub(r"[^a-z]+", "-", state)


def state_css() -> str:
    """The colour rules of every state: highlight, border and badge."""
    return "".join(f".{css_class(s)}{{background:{BACKGROUNDS[s] or '#eeeeee'}}}"
                   f".claim.{css_class(s)}{{background:none;border-left-color:{COLOURS[s]}}}"
                   f".badge.{css_class(s)}{{background:{COLOURS[s]};color:{'#1a1a1a' if s in DARK_TEXT else '#fff'}}}"
                   for s in REPORT_STATES)


def state_words(state: str) -> str:
    """How a reader sees a state: a dismissed claim is 'not a claim', the button the analyst pressed."""
    return DISMISSED_LABEL if state == DISMISSED else state


def badge(state: str) -> str:
    """A coloured badge naming a state in words."""
    return f"<span class='badge {css_class(state)}'>{esc(state_words(state))}</span>"


def readable_time(stamp: str) -> str:
    """An ISO 8601 UTC time as people read it (22 Nov 2026, 16:16 UTC); anything else as it is."""
    try:
        return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").strftime("%d %b %Y, %H:%M UTC").lstrip("0")
    except ValueError:
        return stamp


def svg_chart(counts: Mapping[str, int]) -> str:
    """A horizontal bar chart of the counts per state, as inline SVG with a text alternative."""
    top, row, width = max(counts.values(), default=0) or 1, 22, 220
    bars = []
    for i, (state, count) in enumerate(counts.items()):
        y, length = i * row, round(width * count / top)
        bars.append(f"<text x='118' y='{y + 15}' text-anchor='end'>{esc(state_words(state))}</text>"
                    f"<rect x='124' y='{y + 4}' width='{length}' height='14' fill='{COLOURS[state]}'/>"
                    f"<text x='{128 + length}' y='{y + 15}'>{count}</text>")
    said = ", ".join(f"{state_words(state)}: {count}" for state, count in counts.items())
    return (f"<svg xmlns='http://www.w3.org/2000/svg' role='img' width='{width + 160}' height='{row * len(counts)}' "
            f"font-family='sans-serif' font-size='12'><title>Claims per state: {esc(said)}</title>"
            f"{''.join(bars)}</svg>")


def summary_html(report: Report) -> str:
    """The counts per state, the chart, and how many claims are orphans or disputed."""
    counts = report.counts
    rows = "".join(f"<tr><td>{badge(s)}</td><td class='n'>{n}</td></tr>" for s, n in counts.items())
    orphans = sum(e.orphan for e in report.entries)
    reviewed = sum(n for s, n in counts.items() if s not in (NOT_REVIEWED, DISMISSED, DISAGREEMENT))
    flags = (f"<p><b>{reviewed}</b> of {len(report.entries)} claims have a verdict. "
             f"<span class='flag'>{counts[DISAGREEMENT]} disagreement(s)</span>, "
             f"<span class='flag'>{orphans} orphan(s)</span> (quote no longer in the text).</p>")
    return (f"<section id='summary'><h2>Summary</h2>{flags}<div class='summary'><table>{rows}</table>"
            f"{svg_chart(counts)}</div></section>")


def marked_text(report: Report) -> str:
    """The source text, escaped, each claim highlighted in its state's colour and numbered where it starts."""
    placed = [(e.start, e.end, e) for e in report.entries if e.start is not None and e.end is not None]
    cuts = sorted({0, len(report.text), *(start for start, _, _ in placed), *(end for _, end, _ in placed)})
    parts = []
    for begin, finish in zip(cuts, cuts[1:]):
        parts += [f"<sup class='num'>[{e.number}]</sup>" for start, _, e in placed if start == begin]
        covering = [(end - start, -e.number, e) for start, end, e in placed if start <= begin and end >= finish]
        chunk = esc(report.text[begin:finish])
        if covering:
            inner = min(covering, key=lambda c: c[:2])[2]
            chunk = (f"<mark class='{css_class(inner.state)}' title='claim {inner.number}: "
                     f"{esc(state_words(inner.state))}'>{chunk}</mark>")
        parts.append(chunk)
    return f"<section id='text'><h2>The text</h2><div class='source'>{''.join(parts)}</div></section>"


def citation_html(citation: Citation) -> str:
    """One cited passage, quoted, with where it comes from."""
    return f"<blockquote>\u201c{esc(citation.text)}\u201d<cite>{esc(citation.where)}</cite></blockquote>"


def judgement_html(judgement: Judgement, *, final: bool = False) -> str:
    """One person's judgement: who, the verdict, when, the note, cited passages, other evidence."""
    who = "Final verdict, settled by" if final else "Analyst"
    parts = [f"<div class='who'>{who} <b class='analyst'>{esc(judgement.analyst)}</b>: "
             f"{badge(state_of_label(judgement.label))} <span class='date'>{esc(readable_time(judgement.updated_at))}"
             "</span></div>"]
    if judgement.note:
        parts.append(f"<p class='note'>{esc(judgement.note)}</p>")
    parts += [citation_html(c) for c in judgement.citations]
    parts += [f"<p class='note evidence'>Evidence: {esc(line)}</p>" for line in judgement.other_evidence]
    return f"<div class='judgement{' final' if final else ''}'>{''.join(parts)}</div>"


def checked_html(analysts: tuple[str, ...]) -> str:
    """Who checked a claim's speaker and found it right, after the speaker ("" when nobody did)."""
    return f" <span class='checked'>(speaker checked by {esc(', '.join(analysts))})</span>" if analysts else ""


def entry_html(entry: Entry) -> str:
    """One claim: number, speaker, state, flags, the claim, then every judgement and the final one."""
    flags = []
    if entry.orphan:
        flags.append("<span class='flag'>orphan: its quote is no longer in the text</span>")
    if entry.state == DISAGREEMENT or len({j.label for j in entry.judgements}) > 1:
        said = "the analysts disagreed; settled below" if entry.final else "the analysts disagree"
        flags.append(f"<span class='flag'>{said}</span>")
    final = judgement_html(entry.final, final=True) if entry.final else ""
    judgements = "".join(judgement_html(j) for j in entry.judgements) or "<p class='note'>Not reviewed yet.</p>"
    return (f"<article class='claim {css_class(entry.state)}' id='claim-{entry.number}'>"
            f"<h3><span class='num'>{entry.number}.</span> "
            f"<span class='speaker'>{esc(entry.speaker or 'unknown speaker')}"
            f"</span>{checked_html(entry.checked_by)} {badge(entry.state)} {' '.join(flags)}</h3>"
            f"<p class='said'>{esc(entry.claim)}</p>{final}{judgements}</article>")


def render_report(report: Report) -> str:
    """The whole report as one self-contained HTML document."""
    title = f"Claims in {report.source}"
    return ("<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{esc(title)}</title><style>{CSS}{state_css()}</style></head><body>"
            f"<header><h1>{esc(title)}</h1><p class='meta'>Verdicts: {esc(report.scope)}.</p>"
            f"<p class='meta'>Report made {esc(report.generated_at)}.</p></header>"
            f"{summary_html(report)}{marked_text(report)}"
            f"<section id='claims'><h2>The claims</h2>{''.join(entry_html(e) for e in report.entries)}</section>"
            "</body></html>\n")


def default_output(source: Path, *, analyst: str | None, merged: bool, final: bool) -> Path:
    """Where a report goes by default: beside the source, named after what it is of."""
    kind = "final" if final else "merged" if merged else re.sub(r"[^\w-]+", "_", analyst) if analyst else ""
    return source.with_name(f"{source.stem}{'.' + kind if kind else ''}.report.html")


def check_output(out: Path, source: Path) -> None:
    """Refuse an output that is not an .html file, is a folder, or is a file the workbench keeps (the store's rule)."""
    if out.suffix.lower() not in OUTPUT_SUFFIXES:
        raise ReportError(f"{out}: a report is an HTML file; name the output FILE.html "
                          "(it is never written over a verdict file or a source text)")
    if out.is_dir():
        raise ReportError(f"{out}: is a folder; name an .html file to write the report to")
    store_check_output(out, [source], example="-o report.html")


def check_scope(analyst: str | None, merged: bool, final: bool) -> None:
    """Refuse more than one of analyst, merged and final."""
    if sum([bool(analyst), merged, final]) > 1:
        raise ReportError("choose one of --analyst NAME, --merged and --final")


def write_report(source: str | Path, out: str | Path | None = None, *, analyst: str | None = None,
                 merged: bool = False, final: bool = False) -> Path:
    """Write the HTML report of a source text atomically; return where it was written."""
    check_scope(analyst, merged, final)
    source = Path(source)
    target = Path(out) if out is not None else default_output(source, analyst=analyst, merged=merged, final=final)
    check_output(target, source)
    page = render_report(build_report(source, analyst=analyst, merged=merged, final=final))
    write_atomic(target, page.encode("utf-8"))
    return target

