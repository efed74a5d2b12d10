"""Review state without widgets: one analyst's claims of one source, a cursor, filters, decisions, undo.

Every decision goes to the verdict store at once (`claims.store`). When saving fails (disk full, I/O
error, a lock held too long), the decision stays in memory, `error` says why, and the claim is saved
again with the next decision or by `retry()`: a click is never lost. The board (`claims.board`) is a
thin view over this class; everything here can be driven and tested from plain Python.

Moving costs the same at 10,000 claims as at 10: each claim's state and dropdown label, the counts
per state, the speakers and the claims the filters show are kept up to date as decisions are made
(only the changed claim's entries), not recomputed over the whole table on every move; `revision`
says when the claims shown or their labels changed, so a view redraws its list only then. Evidence
is ranked for the claims around the cursor in one batch (`READ_AHEAD`) and kept. Change the table
only through this class's methods, or those caches go stale.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from pathlib import Path

import pandas as pd

from . import store, verdicts
from .evidence import TOP_K, EvidenceIndex, add_citation, cited_spans, index_folder, rank_evidence, remove_citation
from .model import CLAIM_COLUMNS, VERDICT_COLUMNS, ClaimsError, ConflictError, verdict_problem
from .states import DISMISSED, NOT_REVIEWED, STATES, state_of
from .sources import load_source

ALL: str = "all"
VERDICT_FILTERS: tuple[str, ...] = (ALL, *STATES)
"""The choices of the verdict filter; `all` shows every claim, dismissed ones included."""
ALL_SPEAKERS: str = ""
"""The speaker filter's value that shows every speaker."""
CONTEXT_CHARS: int = 600
"""The most context shown on each side of a quote inside its paragraph."""
DECISION_FIELDS: tuple[str, ...] = ("verdict", "note", "evidence", "dismissed")
STATE_FIELDS: frozenset[str] = frozenset({"verdict", "dismissed"})
"""The decision fields a claim's state depends on."""
READ_AHEAD: int = 16
"""When a claim's evidence is first needed, the claims up to this far either side of it in the view are ranked
with it in one batch, so that moving through them needs no ranking (one batch costs about what one claim does)."""


class SessionError(ClaimsError):
    """A review action cannot be done: unknown claim, unknown filter value, or nothing to undo."""


@dataclass(frozen=True)
class Decision:
    """One change an analyst made to one claim: what it was before, for undo."""

    claim_id: str
    what: str
    before: dict[str, str] = field(default_factory=dict)


def claim_state(row: pd.Series) -> str:
    """Return a row's state: `dismissed`, its verdict, or `not reviewed`."""
    return state_of(row["verdict"], row["dismissed"])


def claim_label(number: int, state: str, speaker: str, claim: str, width: int) -> str:
    """One line naming a claim in a list: number, state, speaker, the start of the claim."""
    return f"{number}. [{state}] " + (f"{speaker}: " if speaker else "") + _shorten(claim, width)


def paragraph_around(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """Return (before, quote, after): the quote and the rest of its paragraph, at most `limit` characters a side."""
    found = text.rfind("\n\n", 0, start)
    begin = 0 if found < 0 else found + 2
    finish = text.find("\n\n", end)
    finish = len(text) if finish < 0 else finish
    before, after = text[begin:start], text[end:finish]
    if len(before) > limit:
        before = "…" + before[-limit:]
    if len(after) > limit:
        after = after[:limit] + "…"
    return before.lstrip(), text[start:end], after.rstrip()


def _shorten(text: str, width: int) -> str:
    """Text on one line, cut with an ellipsis at width characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def clock() -> str:
    """The local time of day for the status line, e.g. 14:03:12."""
    return datetime.now().strftime("%H:%M:%S")


class ReviewSession:
    """One analyst reviewing the claims of one source text: table, cursor, filters, decisions, undo, progress."""

    def __init__(self, source: str | Path, analyst: str | None = None, *, index: EvidenceIndex | None = None,
                 k: int = TOP_K, now: Callable[[], str] = clock) -> None:
        """Load the claims and this analyst's saved verdicts; open at the first unreviewed claim."""
        self.source = Path(source)
        self.analyst = store.resolve_analyst(analyst)
        self.csv_path = store.verdicts_path(self.source)
        self.text = load_source(self.source).text
        self.k, self._now, self._index = k, now, index
        self._evidence: dict[str, pd.DataFrame] = {}
        self.history: list[Decision] = []
        self.pending: dict[str, set[str]] = {}
        self.verdict_filter, self.speaker_filter = ALL, ALL_SPEAKERS
        self.error = ""
        self.revision = 0
        """Grows whenever the claims shown by the filters or their labels change (not when the cursor moves)."""
        self._load()
        self.cursor: str | None = self.first_unreviewed()
        self.status = self._opening_status()

    # ------------------------------------------------------------ the table

    def _load(self) -> None:
        """Read the claims table with this analyst's verdicts from the store."""
        table = verdicts.review_table(self.source, self.analyst).reset_index(drop=True)
        self.table = table
        self._base = table[list(VERDICT_COLUMNS)].copy()
        self._saved: dict[str, pd.Series] = {}
        self._tried: dict[str, list[dict[str, str]]] = {}
        self._ids: list[str] = table["claim_id"].astype(str).tolist()
        self._rows = {claim_id: i for i, claim_id in enumerate(self._ids)}
        self._speakers: list[str] = table["speaker"].tolist()
        self._speaker_list = sorted({s for s in self._speakers if s})
        self._states = [state_of(v, d) for v, d in zip(table["verdict"], table["dismissed"])]
        self._counts = Counter(self._states)
        self._labels: dict[int, list[str]] = {}
        self._refilter()

    def _refilter(self) -> None:
        """Recompute which rows pass the filters (on loading and when the filters change)."""
        self._shown_rows = [i for i in range(len(self._ids)) if self._passes(i)]
        self.revision += 1

    def _passes(self, i: int) -> bool:
        """True when row i passes the verdict and speaker filters."""
        return ((self.verdict_filter == ALL or self._states[i] == self.verdict_filter)
                and (self.speaker_filter == ALL_SPEAKERS or self._speakers[i] == self.speaker_filter))

    def _opening_status(self) -> str:
        """What the board says on opening: how many claims, how many already reviewed, where they are saved."""
        reviewed, total = self.progress()
        return f"{total} claims, {reviewed} reviewed so far by {self.analyst}; verdicts are saved to {self.csv_path}"

    def row(self, claim_id: str | None = None) -> pd.Series:
        """Return a claim's row (the current claim's by default), or raise SessionError."""
        claim_id = self.cursor if claim_id is None else claim_id
        if claim_id not in self._rows:
            raise SessionError(f"{self.source}: no claim with id {claim_id!r}")
        return self.table.iloc[self._rows[claim_id]]

    def number(self, claim_id: str | None = None) -> int:
        """A claim's 1-based position in text order (the current claim's by default)."""
        self.row(claim_id)
        return self._rows[self.cursor if claim_id is None else claim_id] + 1

    @property
    def claim(self) -> pd.Series | None:
        """The claim under the cursor, or None when the source has no claims."""
        return None if self.cursor is None else self.row()

    def states(self) -> pd.Series:
        """Every claim's state (see STATES), indexed like the table."""
        return pd.Series(self._states, index=self.table.index, dtype=self.table["verdict"].dtype, name="verdict")

    def _restate(self, i: int) -> None:
        """Bring row i's state, the counts, its labels and the filtered rows up to date after a decision."""
        old, new = self._states[i], state_of(self.table["verdict"].iat[i], self.table["dismissed"].iat[i])
        if old == new:
            return
        self._states[i] = new
        self._counts[old] -= 1
        self._counts[new] += 1
        for width, labels in self._labels.items():
            labels[i] = claim_label(i + 1, new, self._speakers[i], self.table["claim"].iat[i], width)
        at = bisect_left(self._shown_rows, i)
        shown = at < len(self._shown_rows) and self._shown_rows[at] == i
        if shown and not self._passes(i):
            del self._shown_rows[at]
        elif not shown and self._passes(i):
            insort(self._shown_rows, i)
        self.revision += 1

    # ------------------------------------------------------------ filters and moving

    def speakers(self) -> list[str]:
        """The distinct speakers, sorted, for the speaker filter."""
        return list(self._speaker_list)

    def _all_labels(self, width: int) -> list[str]:
        """Every row's label at this width, made once and then kept up to date by `_restate`."""
        if width not in self._labels:
            self._labels[width] = [claim_label(i + 1, state, speaker, claim, width) for i, (state, speaker, claim)
                                   in enumerate(zip(self._states, self._speakers, self.table["claim"]))]
        return self._labels[width]

    def choices(self, width: int = 90) -> list[tuple[str, str]]:
        """(label, claim id) of each claim the filters show, in text order, for a list or dropdown."""
        labels = self._all_labels(width)
        return [(labels[i], self._ids[i]) for i in self._shown_rows]

    def view(self) -> list[str]:
        """The ids of the claims that pass the filters, in text order."""
        return [self._ids[i] for i in self._shown_rows]

    def shown(self) -> int:
        """How many claims pass the filters."""
        return len(self._shown_rows)

    def position(self, claim_id: str | None = None) -> int | None:
        """A claim's 0-based place among the claims the filters show (the current claim's by default), or None."""
        claim_id = self.cursor if claim_id is None else claim_id
        i = self._rows.get(claim_id, -1)
        at = bisect_left(self._shown_rows, i)
        return at if i >= 0 and at < len(self._shown_rows) and self._shown_rows[at] == i else None

    def set_filters(self, verdict: str | None = None, speaker: str | None = None) -> None:
        """Filter by state and speaker; move to the first claim shown when the current one is filtered out."""
        if verdict is not None and verdict not in VERDICT_FILTERS:
            raise SessionError(f"verdict filter {verdict!r} is not one of {', '.join(VERDICT_FILTERS)}")
        if speaker is not None and speaker != ALL_SPEAKERS and speaker not in self._speaker_list:
            raise SessionError(f"no claim has the speaker {speaker!r}")
        before = (self.verdict_filter, self.speaker_filter)
        self.verdict_filter = self.verdict_filter if verdict is None else verdict
        self.speaker_filter = self.speaker_filter if speaker is None else speaker
        if (self.verdict_filter, self.speaker_filter) != before:
            self._refilter()
        if self._shown_rows and self.position() is None:
            self.cursor = self._ids[self._shown_rows[0]]

    def go(self, claim_id: str) -> None:
        """Move the cursor to a claim."""
        self.row(claim_id)
        self.cursor = claim_id

    def step(self, offset: int) -> bool:
        """Move to the next (1) or previous (-1) claim shown by the filters; False at either end."""
        here, rows = self._rows.get(self.cursor, -1), self._shown_rows
        at = bisect_right(rows, here) if offset > 0 else bisect_left(rows, here) - 1
        if not 0 <= at < len(rows):
            return False
        self.cursor = self._ids[rows[at]]
        return True

    def next(self) -> bool:
        """Move to the next claim shown; False at the end."""
        return self.step(1)

    def previous(self) -> bool:
        """Move to the previous claim shown; False at the start."""
        return self.step(-1)

    def unreviewed(self) -> list[str]:
        """Ids of the claims not reviewed (nor dismissed) whose speaker passes the speaker filter, in order."""
        return [self._ids[i] for i in range(len(self._ids)) if self._to_review(i)]

    def _to_review(self, i: int) -> bool:
        """True when row i is not reviewed (nor dismissed) and its speaker passes the speaker filter."""
        return self._states[i] == NOT_REVIEWED and self.speaker_filter in (ALL_SPEAKERS, self._speakers[i])

    def first_unreviewed(self) -> str | None:
        """The first unreviewed claim, else the first claim, else None."""
        found = next((i for i in range(len(self._ids)) if self._to_review(i)), 0)
        return self._ids[found] if self._ids else None

    def next_unreviewed(self) -> bool:
        """Jump to the next unreviewed claim after the cursor, wrapping round; False when none is left."""
        here, count = self._rows.get(self.cursor, -1), len(self._ids)
        order = chain(range(here + 1, count), range(0, here + 1))
        found = next((i for i in order if self._to_review(i)), None)
        if found is None:
            self.status = f"every claim is reviewed ({self.progress()[0]} of {self.progress()[1]})"
            return False
        self.cursor = self._ids[found]
        return True

    # ------------------------------------------------------------ progress

    def progress(self) -> tuple[int, int]:
        """(reviewed, total) over the claims not dismissed."""
        live = len(self._states) - self._counts[DISMISSED]
        return live - self._counts[NOT_REVIEWED], live

    def counts(self) -> dict[str, int]:
        """How many claims are in each state, every state listed."""
        return {state: self._counts[state] for state in STATES}

    # ------------------------------------------------------------ decisions

    def record(self, verdict: str) -> None:
        """Record a verdict on the current claim ("" = not reviewed) and save it."""
        if verdict_problem(verdict):
            raise SessionError(verdict_problem(verdict))
        self._decide({"verdict": verdict}, f"verdict {verdict!r}" if verdict else "'not reviewed'")

    def set_note(self, note: str) -> None:
        """Set the current claim's note and save it (nothing happens when it did not change)."""
        self._decide({"note": note}, "note")

    def set_evidence(self, evidence: str) -> None:
        """Set the current claim's evidence cell and save it."""
        self._decide({"evidence": evidence}, "evidence")

    def cite(self, passage: pd.Series, cited: bool = True) -> None:
        """Cite (or stop citing) one ranked passage for the current claim, and save the evidence."""
        evidence = self.row()["evidence"]
        if cited:
            evidence = add_citation(evidence, str(passage["citation"]))
        else:
            evidence = remove_citation(evidence, str(passage["source"]), int(passage["start"]), int(passage["end"]))
        self._decide({"evidence": evidence}, "citation" if cited else "removal of a citation")

    def dismiss(self, dismissed: bool = True) -> None:
        """Mark the current claim as not a claim (kept in the file), or undo that."""
        self._decide({"dismissed": "yes" if dismissed else ""}, "dismissal" if dismissed else "undismissal")

    def _decide(self, changes: dict[str, str], what: str) -> None:
        """Apply changes to the current claim in memory, remember them for undo, and save."""
        row = self.row()
        before = {name: str(row[name]) for name in DECISION_FIELDS}
        if all(before[name] == value for name, value in changes.items()):
            return
        self.history.append(Decision(str(row["claim_id"]), what, before))
        self._apply(str(row["claim_id"]), changes)
        self._save(str(row["claim_id"]), set(changes), what)

    def _apply(self, claim_id: str, changes: dict[str, object]) -> None:
        """Write values into the in-memory table row of a claim, and bring its state up to date."""
        for name, value in changes.items():
            self.table.iat[self._rows[claim_id], self.table.columns.get_loc(name)] = value
        if STATE_FIELDS & set(changes):
            self._restate(self._rows[claim_id])

    def undo(self) -> str:
        """Undo the last decision: restore the claim's previous verdict, note, evidence and dismissal, and save."""
        if not self.history:
            raise SessionError("nothing to undo")
        decision = self.history.pop()
        now = {name: str(self.row(decision.claim_id)[name]) for name in DECISION_FIELDS}
        changed = {name for name in DECISION_FIELDS if now[name] != decision.before[name]}
        self._apply(decision.claim_id, decision.before)
        self.cursor = decision.claim_id
        self._save(decision.claim_id, changed, f"undo of the {decision.what}")
        return decision.what

    # ------------------------------------------------------------ adding claims

    def add(self, quote: str, speaker: str = "", claim: str = "", start: int | None = None) -> str:
        """Add a claim the extractor missed by its exact quote; move to it; return its id.

        Raises the store's VerdictError (quote not found, found twice, already a claim) unchanged.
        """
        row = verdicts.add_claim(self.source, quote, speaker=speaker, claim=claim, start=start, analyst=self.analyst)
        claim_id = str(row["claim_id"])
        self.verdict_filter, self.speaker_filter = ALL, ALL_SPEAKERS
        self._reload_keeping_memory()
        self.history.append(Decision(claim_id, "added claim", {**{n: "" for n in DECISION_FIELDS}, "dismissed": "yes"}))
        self._evidence.pop(claim_id, None)
        self.cursor = claim_id
        self.status = f"added claim {claim_id} at [{row['start']}:{row['end']}] to {self.csv_path} at {self._now()}"
        return claim_id

    def _reload_keeping_memory(self) -> None:
        """Re-read the table from the store, then put back decisions not saved yet."""
        unsaved = {c: {n: str(self.row(c)[n]) for n in DECISION_FIELDS} for c in self.pending if c in self._rows}
        self._load()
        for claim_id, values in unsaved.items():
            if claim_id in self._rows:
                self._apply(claim_id, values)

    # ------------------------------------------------------------ saving

    def _save(self, claim_id: str, fields: set[str], what: str) -> None:
        """Save a claim's in-memory decision; on failure keep it pending and say why."""
        self.pending.setdefault(claim_id, set()).update(fields)
        label = self._label(claim_id)
        try:
            self._write(claim_id)
        except ConflictError as exc:
            self._settle_conflict(claim_id)
            self.error = ""
            self.status = (f"saved {what} for {label} to {self.csv_path} at {self._now()}, but another version "
                           f"of this row was on disk: {exc}")
            return
        except (ClaimsError, OSError) as exc:
            self.error = f"NOT SAVED: {what} for {label}: {exc}"
            self.status = f"{self.error} (kept in memory; saved again with your next decision, or press retry)"
            return
        self.error = ""
        self.status = f"saved {what} for {label} to {self.csv_path} at {self._now()}"
        self.retry(quiet=True)

    def _write(self, claim_id: str) -> None:
        """Send one claim's whole decision to the store in one write, then forget it as pending.

        Every version this session tried to save since its last confirmed save counts as its own, so
        a save that reached the disk but reported a failure is never taken for someone else's.
        """
        row = self.row(claim_id)
        decision = {name: str(row[name]) for name in DECISION_FIELDS}
        tried = self._tried.setdefault(claim_id, [])
        tried.append(decision)
        claim = {name: row[name] for name in (*CLAIM_COLUMNS, "origin")}
        saved = verdicts.save_decision(self.source, claim, decision, self.analyst,
                                    expected=[self._last_saved(claim_id), *tried])
        self._saved_now(claim_id, saved)

    def _saved_now(self, claim_id: str, saved: pd.Series) -> None:
        """Remember a confirmed save: nothing pending, the row as on disk, its time and digest in the table."""
        self.pending.pop(claim_id, None)
        self._tried.pop(claim_id, None)
        self._saved[claim_id] = saved
        self._apply(claim_id, {name: saved[name] for name in ("updated_at", "source_sha256", "analyst")})

    def _last_saved(self, claim_id: str) -> pd.Series:
        """The claim's row as this session last knew it on disk (for the store's conflict check)."""
        found = self._saved.get(claim_id)
        return found if found is not None else self._base.iloc[self._rows[claim_id]]

    def _settle_conflict(self, claim_id: str) -> None:
        """After a ConflictError our version is saved (the other is in the conflicts file): take the row on disk."""
        self.pending.pop(claim_id, None)
        self._tried.pop(claim_id, None)
        try:
            disk = store.load_verdicts(self.csv_path)
        except ClaimsError:
            return
        mine = disk[(disk["claim_id"] == claim_id) & (disk["analyst"] == self.analyst)]
        if len(mine):
            self._saved[claim_id] = mine.iloc[0][list(VERDICT_COLUMNS)]

    def retry(self, quiet: bool = False) -> bool:
        """Save again every decision kept in memory after a failed save; True when nothing is left pending."""
        for claim_id in list(self.pending):
            try:
                self._write(claim_id)
            except ConflictError:
                self._settle_conflict(claim_id)
            except (ClaimsError, OSError) as exc:
                self.error = f"NOT SAVED: {len(self.pending)} claim(s) still unsaved: {exc}"
                if not quiet:
                    self.status = self.error
                return False
        if not quiet:
            self.error, self.status = "", f"saved everything kept in memory to {self.csv_path} at {self._now()}"
        return True

    def _label(self, claim_id: str) -> str:
        """How the status line names a claim: its number in the text and its id."""
        return f"claim {self._rows[claim_id] + 1} of {len(self.table)} ({claim_id})"

    # ------------------------------------------------------------ evidence and context

    @property
    def index(self) -> EvidenceIndex:
        """The evidence index of the source's folder, built on first use."""
        if self._index is None:
            self._index = index_folder(self.source)
        return self._index

    def evidence(self, claim_id: str | None = None) -> pd.DataFrame:
        """The top passages for a claim (the current one by default) with a `cited` column."""
        row = self.row(claim_id)
        key = str(row["claim_id"])
        if key not in self._evidence:
            self._rank_around(self._rows[key])
        found = self._evidence[key]
        cited = set(cited_spans(str(row["evidence"])))
        return found.assign(cited=[(s, a, b) in cited for s, a, b in zip(found["source"], found["start"], found["end"])])

    def _rank_around(self, i: int) -> None:
        """Rank the evidence of row i and of the unranked claims up to READ_AHEAD either side of it in the view.

        Ranking 33 claims costs about twice what ranking one does (one sparse product, fixed costs shared),
        and a claim's passages do not depend on its batch; moving on then finds its evidence ranked, and a
        source of thousands of claims still opens without ranking them all.
        """
        at = self.position(self._ids[i])
        near = [i] if at is None else self._shown_rows[max(0, at - READ_AHEAD):at + READ_AHEAD + 1]
        todo = [r for r in near if self._ids[r] not in self._evidence]
        found = rank_evidence(self.index, self.table.iloc[todo], k=self.k)
        groups = {claim_id: group.reset_index(drop=True) for claim_id, group in found.groupby("claim_id", sort=False)}
        for r in todo:
            self._evidence[self._ids[r]] = groups.get(self._ids[r], found.iloc[0:0])

    def context(self, claim_id: str | None = None) -> tuple[str, str, str]:
        """(before, quote, after) of a claim inside its paragraph; an orphan's quote alone."""
        row = self.row(claim_id)
        start, end = int(row["start"]), int(row["end"])
        if bool(row.get("orphan", False)) or self.text[start:end] != row["quote"]:
            return "", str(row["quote"]), ""
        return paragraph_around(self.text, start, end)
