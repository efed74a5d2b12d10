"""Review state without widgets: one analyst's claims of one source, a cursor, filters, decisions, undo.

A session is two parts and the decisions between them: the claim list (`claimlist.ClaimList`: states,
filters, the cursor, moving around) and the saving of pending decisions (`saving.DecisionSaver`: one
write per decision; a failed save keeps the decision pending, `error` says why, and it is saved again
with the next decision or by `retry()`: a click is never lost). The board (`claims.board`) is a thin
view over this class; everything here can be driven and tested from plain Python.

Evidence is ranked for the claims around the cursor in one batch (`READ_AHEAD`) and kept.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from . import editing, store, verdicts
from .checking import FLAG_COLUMNS, checked_note, extractor_confidence, speaker_flags
from .claimlist import ALL, ALL_SPEAKERS, VERDICT_FILTERS, ClaimList, SessionError, claim_label
from .corrections import span_of_words
from .extract.confidence import CHECK_BELOW, Confidence
from .evidence import TOP_K, EvidenceIndex, add_citation, cited_spans, index_folder, rank_evidence, remove_citation
from .model import EDITED_ORIGINS, SPEAKER_CHECKED, ClaimsError, ConflictError, verdict_problem
from .placing import extracted, same_span
from .saving import DECISION_FIELDS, DecisionSaver
from .sources import load_source
from .states import DISMISSED, NOT_REVIEWED, STATES, state_of

__all__ = ["ALL", "ALL_SPEAKERS", "DISMISSED", "NOT_REVIEWED", "STATES", "VERDICT_FILTERS", "Decision",
           "ReviewSession", "SessionError", "claim_label", "claim_state", "paragraph_around", "state_of"]

ADDED: str = "added claim"
"""What undo names an added claim; undoing it takes the claim's row out of the file."""
CORRECTION: str = "correction"
"""What undo names a correction (or a return to the extractor's version); undoing it saves the values before it."""
NOT_UNDONE: dict[str, str] = {"split": "use merge with the next claim on it",
                              "merge": "use back to the extractor's version on it, then take back 'not a claim' "
                                       "on the claim merged into it"}
"""Changes undo does not reverse, with how the analyst reverses them; undo says so and goes on to the one before."""

CONTEXT_CHARS: int = 600
"""The most context shown on each side of a quote inside its paragraph."""
READ_AHEAD: int = 16
"""When a claim's evidence is first needed, the claims up to this far either side of it in the view are ranked
with it in one batch, so that moving through them needs no ranking (one batch costs about what one claim does)."""


@dataclass(frozen=True)
class Decision:
    """One change an analyst made to one claim: what it was before, for undo."""

    claim_id: str
    what: str
    before: dict[str, str] = field(default_factory=dict)


def claim_state(row: pd.Series) -> str:
    """Return a row's state: `dismissed`, its verdict, or `not reviewed`."""
    return state_of(row["verdict"], row["dismissed"])


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
        self.loaded = load_source(self.source)
        """The source text as the session opened it (its extraction gives each claim's kind and cue)."""
        self.text = self.loaded.text
        self.k, self._now, self._index = k, now, index
        self._evidence: dict[str, pd.DataFrame] = {}
        self.history: list[Decision] = []
        self.error = ""
        table = verdicts.review_table(self.source, self.analyst)
        self.claims = ClaimList(table, self.source, self._flags(table))
        """The claim list: states, filters, the cursor and moving around."""
        self.saver = DecisionSaver(self.source, self.analyst, table)
        """The saving of decisions: what is pending, what was last saved."""
        self.status = self._opening_status()

    # ------------------------------------------------------------ the claim list (see claimlist.ClaimList)

    @property
    def table(self) -> pd.DataFrame:
        """The claims with this analyst's review, in text order (change it only through the session)."""
        return self.claims.table

    @property
    def cursor(self) -> str | None:
        """The id of the current claim (None when the source has no claims)."""
        return self.claims.cursor

    @cursor.setter
    def cursor(self, claim_id: str | None) -> None:
        """Put the cursor on a claim."""
        self.claims.cursor = claim_id

    @property
    def revision(self) -> int:
        """Grows whenever the claims shown by the filters or their labels change (not when the cursor moves)."""
        return self.claims.revision

    @property
    def verdict_filter(self) -> str:
        """The state the list is filtered by (`all`: none)."""
        return self.claims.verdict_filter

    @property
    def speaker_filter(self) -> str:
        """The speaker the list is filtered by ("": every speaker)."""
        return self.claims.speaker_filter

    @property
    def check_filter(self) -> bool:
        """Whether the list shows only the claims whose flagged speaker is still to check."""
        return self.claims.check_filter

    @property
    def pending(self) -> dict[str, set[str]]:
        """The claims whose decision is not saved yet, with the fields changed."""
        return self.saver.pending

    @property
    def claim(self) -> pd.Series | None:
        """The claim under the cursor, or None when the source has no claims."""
        return self.claims.claim

    def row(self, claim_id: str | None = None) -> pd.Series:
        """Return a claim's row (the current claim's by default), or raise SessionError."""
        return self.claims.row(claim_id)

    def number(self, claim_id: str | None = None) -> int:
        """A claim's 1-based position in text order (the current claim's by default)."""
        return self.claims.number(claim_id)

    def states(self) -> pd.Series:
        """Every claim's state (see STATES), indexed like the table."""
        return self.claims.states()

    def speakers(self) -> list[str]:
        """The distinct speakers, sorted, for the speaker filter."""
        return self.claims.speakers()

    def choices(self, width: int = 90) -> list[tuple[str, str]]:
        """(label, claim id) of each claim the filters show, in text order, for a list or dropdown."""
        return self.claims.choices(width)

    def view(self) -> list[str]:
        """The ids of the claims that pass the filters, in text order."""
        return self.claims.view()

    def shown(self) -> int:
        """How many claims pass the filters."""
        return self.claims.shown()

    def position(self, claim_id: str | None = None) -> int | None:
        """A claim's 0-based place among the claims the filters show (the current claim's by default), or None."""
        return self.claims.position(claim_id)

    def set_filters(self, verdict: str | None = None, speaker: str | None = None, check: bool | None = None) -> None:
        """Filter by state, speaker and speakers still to check (None: keep); move to the first claim shown when the
        current one is filtered out."""
        self.claims.set_filters(verdict, speaker, check)

    def go(self, claim_id: str) -> None:
        """Move the cursor to a claim."""
        self.claims.go(claim_id)

    def step(self, offset: int) -> bool:
        """Move to the next (1) or previous (-1) claim shown by the filters; False at either end."""
        return self.claims.step(offset)

    def next(self) -> bool:
        """Move to the next claim shown; False at the end."""
        return self.claims.step(1)

    def previous(self) -> bool:
        """Move to the previous claim shown; False at the start."""
        return self.claims.step(-1)

    def unreviewed(self) -> list[str]:
        """Ids of the claims not reviewed (nor dismissed) whose speaker passes the speaker filter, in order."""
        return self.claims.unreviewed()

    def first_unreviewed(self) -> str | None:
        """The first unreviewed claim, else the first claim, else None."""
        return self.claims.first_unreviewed()

    def next_unreviewed(self) -> bool:
        """Jump to the next unreviewed claim after the cursor, wrapping round; False when none is left."""
        if self.claims.next_unreviewed():
            return True
        self.status = f"every claim is reviewed ({self.progress()[0]} of {self.progress()[1]})"
        return False

    def progress(self) -> tuple[int, int]:
        """(reviewed, total) over the claims not dismissed."""
        return self.claims.progress()

    def counts(self) -> dict[str, int]:
        """How many claims are in each state, every state listed."""
        return self.claims.counts()

    def to_check(self) -> list[str]:
        """Ids of the claims whose flagged speaker is still to check (not confirmed, corrected or dismissed)."""
        return self.claims.to_check()

    def to_check_count(self) -> int:
        """How many claims' flagged speakers are still to check."""
        return self.claims.to_check_count()

    def _flags(self, table: pd.DataFrame) -> list[bool]:
        """Whether each row's speaker is one the extractor asks to check."""
        return speaker_flags(self.text, table, extracted(self.loaded).why)

    def _opening_status(self) -> str:
        """What the board says on opening: how many claims, how many already reviewed, where they are saved."""
        reviewed, total = self.progress()
        return f"{total} claims, {reviewed} reviewed so far by {self.analyst}; verdicts are saved to {self.csv_path}"

    # ------------------------------------------------------------ decisions

    def record(self, verdict: str) -> None:
        """Record a verdict on the current claim ("" = not reviewed) and save it."""
        if verdict_problem(verdict):
            raise SessionError(verdict_problem(verdict))
        self._decide({"verdict": verdict}, f"verdict {verdict!r}" if verdict else "'not reviewed'")

    def set_note(self, note: str, claim_id: str | None = None) -> None:
        """Set a claim's note (the current claim's by default) and save it (nothing happens when it did not change)."""
        self._decide({"note": note}, "note", claim_id)

    def set_evidence(self, evidence: str, claim_id: str | None = None) -> None:
        """Set a claim's evidence cell (the current claim's by default) and save it."""
        self._decide({"evidence": evidence}, "evidence", claim_id)

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

    def confirm_speaker(self, checked: bool = True) -> None:
        """Record that the analyst checked the current claim's speaker and found it right (or take that back), and save.

        Only a flagged speaker the extractor gave can be confirmed: an analyst's own speaker (added, corrected,
        split, merged) is checked already, an orphan's words are gone or now another speaker's, and an unflagged speaker
        needs no confirmation.
        """
        row = self.row()
        problem = self._unconfirmable(row) if checked else ""
        if problem:
            raise SessionError(problem)
        self._decide({"speaker_checked": SPEAKER_CHECKED if checked else ""},
                     "confirmation of the speaker" if checked else "taking back the confirmation of the speaker")

    def _unconfirmable(self, row: pd.Series) -> str:
        """Why a claim's speaker cannot be confirmed ("" when it can): an analyst's own, an orphan, none the extractor's."""
        label = self._label(str(row["claim_id"]))
        if str(row["origin"]) != "extracted":
            return f"the speaker of {label} was given by an analyst ({row['origin']}), so there is nothing to confirm"
        if bool(row.get("orphan", False)):
            to = self.new_speaker(str(row["claim_id"]))
            if to is not None:
                return (f"the extractor now gives the words of {label} to {to or 'another speaker'}, so its speaker "
                        "cannot be checked there")
            return f"the words of {label} are no longer in the text, so its speaker cannot be checked there"
        if not self.claims.flagged(str(row["claim_id"])):
            return (f"the speaker of {label} is not one to check (speakers of its kind were right at least "
                    f"{CHECK_BELOW:.0%} of the time, or the extractor could not name one), so there is nothing to confirm")
        return ""

    def checked_by(self, claim_id: str | None = None) -> str:
        """Who checked a claim's speaker, in words (`speaker checked by ann`), or ""."""
        row = self.row(claim_id)
        return checked_note({"analyst": row["analyst"], "speaker_checked": row["speaker_checked"]})

    def _decide(self, changes: dict[str, str], what: str, claim_id: str | None = None) -> None:
        """Apply changes to a claim (the current one by default) in memory, remember them for undo, and save."""
        row = self.row(claim_id)
        before = {name: str(row[name]) for name in DECISION_FIELDS}
        if all(before[name] == value for name, value in changes.items()):
            return
        self.history.append(Decision(str(row["claim_id"]), what, before))
        self.claims.apply(str(row["claim_id"]), changes)
        self._save(str(row["claim_id"]), set(changes), what)

    def undo(self) -> str:
        """Undo the last decision: restore the claim's previous verdict, note, evidence and dismissal, and save."""
        if not self.history:
            raise SessionError("nothing to undo")
        decision = self.history.pop()
        if decision.what == ADDED:
            self._take_back_added(decision.claim_id)
            return decision.what
        if decision.what in NOT_UNDONE:
            raise SessionError(f"undo does not reverse a {decision.what}: the last one was of "
                               f"{self._label(decision.claim_id)}; {NOT_UNDONE[decision.what]}. Undo again for the "
                               "change before it")
        if decision.what == CORRECTION:
            self._undo_correction(decision)
            return decision.what
        now = {name: str(self.row(decision.claim_id)[name]) for name in DECISION_FIELDS}
        changed = {name for name in DECISION_FIELDS if now[name] != decision.before[name]}
        self.claims.apply(decision.claim_id, decision.before)
        self.cursor = decision.claim_id
        self._save(decision.claim_id, changed, f"undo of the {decision.what}")
        return decision.what

    # ------------------------------------------------------------ adding claims

    def add(self, quote: str, speaker: str = "", claim: str = "", start: int | None = None,
            inside: str = "refuse") -> str:
        """Add a claim the extractor missed by its quote (any quote style); move to it; return its id.

        A quote inside an existing claim raises editing.InsideClaimError unless `inside` is "split" (split
        that claim around the quote) or "separate". Other store errors (not found, found twice) are raised unchanged.
        """
        row = editing.add_claim(self.source, quote, speaker=speaker, claim=claim, start=start,
                                 analyst=self.analyst, inside=inside)
        claim_id = str(row["claim_id"])
        self.claims.verdict_filter, self.claims.speaker_filter, self.claims.check_filter = ALL, ALL_SPEAKERS, False
        self._reload_keeping_memory()
        if row["origin"] == "added":
            self.history.append(Decision(claim_id, ADDED, {n: "" for n in DECISION_FIELDS}))
        self._evidence.pop(claim_id, None)
        self.cursor = claim_id
        done = "added claim" if row["origin"] == "added" else "split out claim"
        self.status = f"{done} {claim_id} at [{row['start']}:{row['end']}] to {self.csv_path} at {self._now()}"
        return claim_id

    def _take_back_added(self, claim_id: str) -> None:
        """Undo an added claim: its row leaves the file, and the cursor goes to the claim before it."""
        at = self.claims.index_of(claim_id)
        editing.remove_added_claim(self.source, claim_id, self.analyst)
        self._reload_keeping_memory()
        self.cursor = self.claims.ids[max(0, min(at, len(self.claims.ids)) - 1)] if self.claims.ids else None

    def conflicts(self, claim_id: str | None = None) -> list[dict[str, object]]:
        """The other versions of this analyst's row of a claim (the current one by default) that lost a conflict."""
        return editing.conflicts_of(self.source, str(self.row(claim_id)["claim_id"]), self.analyst)

    def resolve(self, choice: str) -> None:
        """Resolve the current claim's conflict: "mine", "theirs" or "combine" (the notes and evidence)."""
        claim_id = str(self.row()["claim_id"])
        self.retry(quiet=True)
        editing.resolve_conflict(self.source, claim_id, choice, self.analyst)
        self._reload_keeping_memory()
        self.cursor = claim_id
        self.error, self.status = "", (f"saved the conflict of {self._label(claim_id)} resolved ({choice}) to "
                                       f"{self.csv_path} at {self._now()}")

    # ------------------------------------------------------------ correcting claims (see claims.corrections)

    def speakers_found(self) -> list[str]:
        """The speakers found in the text (by the extractor, or saved), for the speaker box."""
        return editing.speakers_found(self.source)

    def correct(self, speaker: str | None = None, claim: str | None = None, quote: str | None = None) -> None:
        """Correct the current claim's speaker, statement or span (`quote`: the new span's words); None keeps."""
        row = self.row()
        start, end = (None, None) if quote is None else span_of_words(self.text, {"start": row["start"], "end": row["end"]}, quote)
        saved = editing.correct_claim(self.source, str(row["claim_id"]), speaker=speaker, claim=claim,
                                       start=start, end=end, analyst=self.analyst)
        self.history.append(Decision(str(row["claim_id"]), CORRECTION,
                                     {name: str(row[name]) for name in ("speaker", "claim", "start", "end")}))
        self._after_edit(str(row["claim_id"]), f"corrected {self._label(str(row['claim_id']))} "
                         f"({saved['origin']}: {saved['speaker']}: {saved['claim']})")

    def _undo_correction(self, decision: Decision) -> None:
        """Save a claim's speaker, statement and span as they were before a correction."""
        before = decision.before
        editing.correct_claim(self.source, decision.claim_id, speaker=before["speaker"], claim=before["claim"],
                              start=int(before["start"]), end=int(before["end"]), analyst=self.analyst)
        self._after_edit(decision.claim_id, f"undo of the correction of {self._label(decision.claim_id)}")

    def restore_original(self) -> None:
        """Give the current claim back the extractor's speaker, statement and quote."""
        row = self.row()
        if not str(row["original_quote"]):
            raise SessionError("this claim has no correction to take back (it is as the extractor or you added it)")
        quote = str(row["original_quote"])
        self.correct(speaker=str(row["original_speaker"]), claim=str(row["original_claim"]), quote=quote)

    def split(self, words: str) -> str:
        """Split the current claim where `words` begin; stay on the first part; return the second's id."""
        row = self.row()
        first, second = editing.split_claim(self.source, str(row["claim_id"]), words, analyst=self.analyst)
        self.history.append(Decision(str(first["claim_id"]), "split"))
        self._after_edit(str(first["claim_id"]), f"split {first['claim_id']} in two: {second['claim_id']} is "
                         "the second part")
        return str(second["claim_id"])

    def merge_next(self) -> None:
        """Merge the current claim with the next claim of the text (the next is dismissed as `merged`)."""
        row = self.row()
        at = self.claims.index_of(str(row["claim_id"]))
        if at + 1 >= len(self.table):
            raise SessionError("this is the text's last claim: there is no next claim to merge it with")
        other = str(self.table.iloc[at + 1]["claim_id"])
        editing.merge_claims(self.source, str(row["claim_id"]), other, analyst=self.analyst)
        self.history.append(Decision(str(row["claim_id"]), "merge"))
        self._after_edit(str(row["claim_id"]), f"merged {other} into {row['claim_id']}")

    def _after_edit(self, claim_id: str, what: str) -> None:
        """Re-read the table after a correction and stay on the claim."""
        self.claims.verdict_filter, self.claims.speaker_filter, self.claims.check_filter = ALL, ALL_SPEAKERS, False
        self._reload_keeping_memory()
        self._evidence.pop(claim_id, None)
        self.cursor = claim_id
        self.error, self.status = "", f"saved {what} to {self.csv_path} at {self._now()}"

    def attribution(self, claim_id: str | None = None) -> tuple[str, str]:
        """Why a claim is in the list: the speaker's kind and the cue the extractor found, or who made the row."""
        row = self.row(claim_id)
        origin = str(row["origin"])
        if origin == "added":
            return "", "added by an analyst"
        if origin in EDITED_ORIGINS:
            return "", f"{origin} by an analyst; the extractor said: {row['original_speaker']}"
        why = extracted(self.loaded).why
        return why.get((int(row["start"]), int(row["end"])), ("", ""))

    def speaker_confidence(self, claim_id: str | None = None) -> Confidence | None:
        """How far the extractor's speaker of a claim is to be trusted; None for a speaker an analyst gave or
        a claim the extractor's table no longer holds (its attribution then names no kind)."""
        row = self.row(claim_id)
        return extractor_confidence(self.text, {c: row[c] for c in FLAG_COLUMNS}, extracted(self.loaded).why)

    def history_of(self, claim_id: str | None = None) -> list[dict[str, object]]:
        """The saved versions of a claim's row (this analyst's and others'), oldest first."""
        return store.history(self.source, str(self.row(claim_id)["claim_id"]))

    def _reload_keeping_memory(self) -> None:
        """Re-read the table from the store, then put back decisions not saved yet."""
        unsaved = {c: {n: str(self.row(c)[n]) for n in DECISION_FIELDS} for c in self.pending if c in self.claims.ids}
        table = verdicts.review_table(self.source, self.analyst)
        self.claims.load(table, self._flags(table))
        self.saver.read(table)
        for claim_id, values in unsaved.items():
            if claim_id in self.claims.ids:
                self.claims.apply(claim_id, values)

    # ------------------------------------------------------------ saving

    def _save(self, claim_id: str, fields: set[str], what: str) -> None:
        """Save a claim's in-memory decision; on failure keep it pending and say why."""
        self.saver.mark(claim_id, fields)
        label = self._label(claim_id)
        try:
            self._write(claim_id)
        except ConflictError as exc:
            self.saver.settle_conflict(claim_id)
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
        """Send one claim's whole decision to the store in one write; put the saved time and digest in the table."""
        saved = self.saver.write(self.row(claim_id))
        self.claims.apply(claim_id, {name: saved[name] for name in ("updated_at", "source_sha256", "analyst")})

    def retry(self, quiet: bool = False) -> bool:
        """Save again every decision kept in memory after a failed save; True when nothing is left pending."""
        for claim_id in list(self.pending):
            try:
                self._write(claim_id)
            except ConflictError:
                self.saver.settle_conflict(claim_id)
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
        return f"claim {self.claims.number(claim_id)} of {len(self.table)} ({claim_id})"

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
            self._rank_around(key)
        found = self._evidence[key]
        cited = set(cited_spans(str(row["evidence"])))
        return found.assign(cited=[(s, a, b) in cited for s, a, b in zip(found["source"], found["start"], found["end"])])

    def _rank_around(self, claim_id: str) -> None:
        """Rank the evidence of a claim and of the unranked claims up to READ_AHEAD either side of it in the view.

        Ranking 33 claims costs about twice what ranking one does (one sparse product, fixed costs shared),
        and a claim's passages do not depend on its batch; moving on then finds its evidence ranked, and a
        source of thousands of claims still opens without ranking them all.
        """
        todo = [c for c in self.claims.shown_near(claim_id, READ_AHEAD) if c not in self._evidence]
        found = rank_evidence(self.index, self.table.iloc[[self.claims.index_of(c) for c in todo]], k=self.k)
        groups = {str(key): group.reset_index(drop=True) for key, group in found.groupby("claim_id", sort=False)}
        for claim in todo:
            self._evidence[claim] = groups.get(claim, found.iloc[0:0])

    def context(self, claim_id: str | None = None) -> tuple[str, str, str]:
        """(before, quote, after) of a claim in its paragraph; a quote alone when its words are no longer there."""
        row = self.row(claim_id)
        start, end = int(row["start"]), int(row["end"])
        if self.text[start:end] != row["quote"]:
            return "", str(row["quote"]), ""
        return paragraph_around(self.text, start, end)

    def beside(self, claim_id: str | None = None) -> list[str]:
        """The unreviewed claims of another speaker over part of a reviewed claim's words, in text order ([] for most).

        Today's extractor never lists two claims over the same words, so these come from an older one: a verdict
        it saved under one speaker stays there, while today's reads (part of) the words as another speaker's claim.
        An orphan, and a claim the analyst added beside another, are never warned about.
        """
        row = self.row(claim_id)
        if bool(row.get("orphan", False)) or row["origin"] == "added" or claim_state(row) == NOT_REVIEWED:
            return []
        table = self.table
        over = (table["start"] < int(row["end"])) & (table["end"] > int(row["start"]))
        other = (table["speaker"] != row["speaker"]) & (table["origin"] != "added") & ~table["orphan"].astype(bool)
        unreviewed = self.states() == NOT_REVIEWED
        return table.loc[over & other & unreviewed, "claim_id"].astype(str).tolist()

    def new_speaker(self, claim_id: str | None = None) -> str | None:
        """Who today's extractor gives an orphan's words to, when they are still where they were saved ("" when no
        claim of another speaker is listed there); None for a claim that is no orphan or whose words are gone.

        The text need not change for a verdict to become an orphan: a new extractor that gives its words to
        another speaker makes it one too (a verdict never moves to another speaker's words).
        """
        row = self.row(claim_id)
        start, end = int(row["start"]), int(row["end"])
        if not bool(row.get("orphan", False)) or self.text[start:end] != row["quote"]:
            return None
        saved = {"start": start, "end": end}
        spans = zip(self.table["speaker"], self.table["start"], self.table["end"], self.table["orphan"])
        return next((str(who) for who, first, last, orphan in spans
                     if not orphan and who != row["speaker"] and same_span({"start": first, "end": last}, saved)), "")
