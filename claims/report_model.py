"""What a report shows, as plain data: each claim of a source text with its verdicts, found again in the text.

`build_report(source, analyst=..., merged=..., final=...)` reads the source text and its verdicts:

* by default the verdict file beside the text (`X.verdicts.csv`), every analyst in it;
* `analyst=NAME`: only that analyst's rows, from every verdict file of the text;
* `merged=True`: every analyst's verdict file of the text (`X.verdicts.csv`, `X.NAME.verdicts.csv`) merged;
* `final=True`: as merged, with each claim's final verdict (`adjudication.final_table`): a reviewer's
  settlement, else the verdict every analyst agreed on; a disagreement nobody settled stays marked.

Every extracted claim is listed (unreviewed ones as `not reviewed`; one whose span a claim of the
files already covers, e.g. under an older id, only once), numbered in text order. A claim
whose quote is no longer in the text (exactly or fuzzily, `anchor.find_quote`) is an orphan: listed
last, not highlighted. A claim the analysts labelled differently (and, with `final`, nobody settled)
has the state `disagreement`. A cited passage (`evidence.parse_citation`) is quoted from the cited
text when that file sits in the same folder, else from the snippet saved with the citation.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .adjudication import DISMISSED_LABEL, final_path, final_table, label_of, load_final, records
from .anchor import find_quote
from .compare import source_files
from .evidence import parse_citation
from .extract import extract_claims
from .model import SPEAKER_CHECKED, VERDICT_COLUMNS, ClaimsError, Source
from .session import DISMISSED, NOT_REVIEWED, STATES
from .sources import load_source
from .store import load_verdicts, verdicts_path

DISAGREEMENT: str = "disagreement"
"""The state of a claim the analysts labelled differently (and no reviewer settled)."""

REPORT_STATES: tuple[str, ...] = (*STATES, DISAGREEMENT)
"""Every state a claim can have in a report, in the order the summary lists them."""

_SNIPPET = re.compile(r'\]\s*"(?P<text>.*)"\s*$')


class ReportError(ClaimsError):
    """A report cannot be made: no source text, an unknown analyst, or a bad output path."""


@dataclass(frozen=True)
class Citation:
    """A cited passage: its words and where they come from."""

    text: str
    where: str


@dataclass(frozen=True)
class Judgement:
    """One person's decision on a claim: label, note, cited passages, free-text evidence, when."""

    analyst: str
    label: str
    note: str
    citations: tuple[Citation, ...]
    other_evidence: tuple[str, ...]
    updated_at: str


@dataclass(frozen=True)
class Entry:
    """One claim in a report: where it is, its state, every analyst's judgement and the final one."""

    number: int
    claim_id: str
    speaker: str
    claim: str
    quote: str
    start: int | None
    end: int | None
    state: str
    judgements: tuple[Judgement, ...]
    final: Judgement | None
    checked_by: tuple[str, ...] = ()
    """The analysts who checked the extractor's speaker of this claim and found it right."""

    @property
    def orphan(self) -> bool:
        """True when the claim's quote is no longer in the text."""
        return self.start is None


@dataclass(frozen=True)
class Report:
    """A source text, what the report is of, its claims in order, and counts per state."""

    source: str
    scope: str
    text: str
    entries: tuple[Entry, ...]
    generated_at: str

    @property
    def counts(self) -> dict[str, int]:
        """How many claims are in each state, every state listed."""
        return {state: sum(e.state == state for e in self.entries) for state in REPORT_STATES}


def state_of_label(label: str) -> str:
    """The display state of a label: 'dismissed' for 'not a claim', 'not reviewed' for ''."""
    return DISMISSED if label == DISMISSED_LABEL else (label or NOT_REVIEWED)


def citations_of(evidence: str, folder: Path) -> tuple[tuple[Citation, ...], tuple[str, ...]]:
    """Split an evidence cell into cited passages (quoted in full when the cited text is at hand) and other lines."""
    citations, other = [], []
    for line in (part.strip() for part in str(evidence).splitlines()):
        span = parse_citation(line) if line else None
        if span is not None:
            citations.append(Citation(_passage(folder, *span) or _snippet(line),
                                      f"{span[0]}, characters {span[1]}\u2013{span[2]}"))
        elif line:
            other.append(line)
    return tuple(citations), tuple(other)


def _passage(folder: Path, name: str, start: int, end: int) -> str:
    """The cited passage read from a source text (.txt) in the folder; "" when the name is not one there."""
    if Path(name).name != name or name.startswith(".") or not name.endswith(".txt") or not (folder / name).is_file():
        return ""
    try:
        return load_source(folder / name).text[start:end]
    except ClaimsError:
        return ""


def _snippet(line: str) -> str:
    """The snippet saved with a citation line (its quoted first words)."""
    found = _SNIPPET.search(line)
    return found["text"] if found else ""


def judgement_of(row: Mapping[str, object], folder: Path) -> Judgement:
    """One verdict row as a Judgement."""
    citations, other = citations_of(str(row["evidence"]), folder)
    return Judgement(str(row["analyst"]), label_of(row), str(row["note"]), citations, other, str(row["updated_at"]))


def scope_rows(source: Path, *, analyst: str | None, merged: bool, final: bool) -> tuple[pd.DataFrame, str]:
    """The verdict rows a report is made of, and a sentence saying what they are."""
    rows, scope = _all_files(source) if merged or final or analyst else _own_file(source)
    rows = rows[rows["source"] == source.name]
    if analyst:
        if analyst not in set(rows["analyst"]):
            known = ", ".join(sorted(set(rows["analyst"]))) or "nobody yet"
            raise ReportError(f"{source}: no verdicts by analyst {analyst!r}; the analysts are: {known}")
        rows, scope = rows[rows["analyst"] == analyst], f"{analyst}'s verdicts"
    if final:
        scope = f"final verdicts ({final_path(source).name}), over {scope}"
    return rows.drop_duplicates(["claim_id", "analyst"], keep="last").reset_index(drop=True), scope


def _all_files(source: Path) -> tuple[pd.DataFrame, str]:
    """Every analyst's verdict file of the source, concatenated, and their names."""
    files = source_files(source)
    rows = pd.concat([load_verdicts(f) for f in files], ignore_index=True) if files else _empty()
    return rows, f"all analysts' verdict files ({', '.join(f.name for f in files) or 'none yet'})"


def _own_file(source: Path) -> tuple[pd.DataFrame, str]:
    """The verdict file beside the source (X.verdicts.csv), and its name."""
    path = verdicts_path(source)
    if not path.is_file():
        return _empty(), f"no verdict file yet ({path.name})"
    return load_verdicts(path), f"the verdict file {path.name}"


def _empty() -> pd.DataFrame:
    """An empty verdict table."""
    return pd.DataFrame(columns=list(VERDICT_COLUMNS))


def claim_rows(text: Source, rows: pd.DataFrame) -> list[dict[str, object]]:
    """One row per claim, anchored in the current text: those in the files, then extracted ones not at their spans."""
    claims: dict[str, dict[str, object]] = {}
    for row in records(rows):
        claims.setdefault(str(row["claim_id"]), {**row, **_anchored(text.text, row)})
    taken = {(row["start"], row["end"]) for row in claims.values()}
    for row in records(extract_claims(text)):
        if str(row["claim_id"]) not in claims and (row["start"], row["end"]) not in taken:
            claims[str(row["claim_id"])] = row
    return list(claims.values())


def _anchored(text: str, row: Mapping[str, object]) -> dict[str, int | None]:
    """The claim's current offsets in the text (None when its quote is gone)."""
    found = find_quote(text, str(row["quote"]), start=int(str(row["start"])), end=int(str(row["end"])))
    return {"start": found.start, "end": found.end}


def entry_state(judgements: Sequence[Judgement], final: Judgement | None) -> str:
    """A claim's state: the final verdict, else the label every analyst gave, else disagreement or not reviewed."""
    if final is not None:
        return state_of_label(final.label)
    labels = {j.label for j in judgements if j.label}
    return DISAGREEMENT if len(labels) > 1 else state_of_label(labels.pop() if labels else "")


def build_report(source: str | Path, *, analyst: str | None = None, merged: bool = False,
                 final: bool = False) -> Report:
    """Gather what a report of one source text shows: its claims in order, each with its judgements."""
    source = Path(source)
    text = load_source(source)
    rows, scope = scope_rows(source, analyst=analyst, merged=merged, final=final)
    settled = _final_rows(source, rows) if final else {}
    by_claim: dict[str, list[Judgement]] = {}
    for row in records(rows.sort_values("analyst", kind="stable")):
        if label_of(row):
            by_claim.setdefault(str(row["claim_id"]), []).append(judgement_of(row, source.parent))
    ordered = sorted(claim_rows(text, rows), key=lambda r: (r["start"] is None, r["start"] or 0, r["end"] or 0))
    checked = speaker_checks(rows)
    entries = tuple(_entry(n, row, by_claim.get(str(row["claim_id"]), []), settled.get(str(row["claim_id"])),
                           source.parent, checked) for n, row in enumerate(ordered, 1))
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return Report(text.name, scope, text.text, entries, now)


def _final_rows(source: Path, rows: pd.DataFrame) -> dict[str, dict[str, object]]:
    """The settled final rows of a source, by claim id (agreed and open claims are worked out per entry)."""
    table = final_table(rows, load_final(final_path(source)))
    return {str(r["claim_id"]): r for r in records(table) if r["status"] == "settled"}


def speaker_checks(rows: pd.DataFrame) -> dict[tuple[str, str], tuple[str, ...]]:
    """The analysts who confirmed each (claim id, speaker), in name order."""
    found: dict[tuple[str, str], list[str]] = {}
    for row in records(rows[rows["speaker_checked"] == SPEAKER_CHECKED].sort_values("analyst", kind="stable")):
        found.setdefault((str(row["claim_id"]), str(row["speaker"])), []).append(str(row["analyst"]))
    return {key: tuple(names) for key, names in found.items()}


def _entry(number: int, row: Mapping[str, object], judgements: list[Judgement],
           settled: Mapping[str, object] | None, folder: Path,
           checked: Mapping[tuple[str, str], tuple[str, ...]] | None = None) -> Entry:
    """Build one report entry (`checked`: who confirmed each claim's speaker, see speaker_checks)."""
    final = judgement_of(settled, folder) if settled is not None else None
    start, end = (None, None) if row["start"] is None else (int(str(row["start"])), int(str(row["end"])))
    return Entry(number, str(row["claim_id"]), str(row["speaker"]), str(row["claim"]), str(row["quote"]),
                 start, end, entry_state(judgements, final), tuple(judgements), final,
                 (checked or {}).get((str(row["claim_id"]), str(row["speaker"])), ()))
