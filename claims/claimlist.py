"""The claim list of a review: each claim's state, the filters, the cursor and moving around, kept up to date.

Moving costs the same at 10,000 claims as at 10: each claim's state and dropdown label, the counts
per state, the speakers and the claims the filters show are kept up to date as decisions are applied
(only the changed claim's entries), not recomputed over the whole table on every move; `revision`
says when the claims shown or their labels changed, so a view redraws its list only then. Change the
table only through `apply`, or those indexes go stale.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Mapping
from itertools import chain
from typing import cast

import pandas as pd

from .checking import to_check
from .model import ClaimsError
from .states import DISMISSED, NOT_REVIEWED, STATES, state_of

ALL: str = "all"
VERDICT_FILTERS: tuple[str, ...] = (ALL, *STATES)
"""The choices of the verdict filter; `all` shows every claim, dismissed ones included."""
ALL_SPEAKERS: str = ""
"""The speaker filter's value that shows every speaker."""
STATE_FIELDS: frozenset[str] = frozenset({"verdict", "dismissed"})
"""The decision fields a claim's state depends on."""
CHECK_FIELDS: frozenset[str] = frozenset({"speaker_checked", "dismissed"})
"""The decision fields whether a flagged speaker is still to check depends on."""


class SessionError(ClaimsError):
    """A review action cannot be done: unknown claim, unknown filter value, or nothing to undo."""


def claim_label(number: int, state: str, speaker: str, claim: str, width: int) -> str:
    """One line naming a claim in a list: number, state, speaker, the start of the claim."""
    return f"{number}. [{state}] " + (f"{speaker}: " if speaker else "") + _shorten(claim, width)


def _shorten(text: str, width: int) -> str:
    """Text on one line, cut with an ellipsis at width characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[:width - 1] + "…"


def stable_numbers(known: dict[str, int], ids: list[str]) -> dict[str, int]:
    """Number claims: the known keep their numbers, new ones take the next free numbers in text order."""
    numbers = {claim_id: known[claim_id] for claim_id in ids if claim_id in known}
    free = max(known.values(), default=0)
    for claim_id in ids:
        if claim_id not in numbers:
            free += 1
            numbers[claim_id] = free
    return numbers


class ClaimList:
    """The claims of one source in text order, with their states, the filters and a cursor."""

    def __init__(self, table: pd.DataFrame, source: object = "", flags: list[bool] | None = None) -> None:
        """Index a claims table (`flags`: whether each row's speaker is flagged); no filter; the cursor on the first
        unreviewed claim."""
        self.source = source
        self.verdict_filter, self.speaker_filter = ALL, ALL_SPEAKERS
        self.check_filter = False
        """When True, only the claims whose flagged speaker is still to check are shown."""
        self.revision = 0
        """Grows whenever the claims shown by the filters or their labels change (not when the cursor moves)."""
        self._numbers: dict[str, int] = {}
        """Each claim's number, given once in text order: a claim added, split or merged later takes the next
        free number, so the numbers the analyst has seen never shift while the list is open."""
        self.load(table, flags)
        self.cursor: str | None = self.first_unreviewed()

    def load(self, table: pd.DataFrame, flags: list[bool] | None = None) -> None:
        """Take a (new) claims table: index its ids, speakers, states and speakers to check; keep the filters."""
        table = table.reset_index(drop=True)
        self._flags = list(flags) if flags is not None else [False] * len(table)
        self._checks = to_check(table, self._flags)
        self._check_count = sum(self._checks)
        self.table = table
        self._ids: list[str] = table["claim_id"].astype(str).tolist()
        self._rows = {claim_id: i for i, claim_id in enumerate(self._ids)}
        self._numbers = stable_numbers(self._numbers, self._ids)
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
        """True when row i passes the verdict, speaker and check filters."""
        return ((self.verdict_filter == ALL or self._states[i] == self.verdict_filter)
                and (self.speaker_filter == ALL_SPEAKERS or self._speakers[i] == self.speaker_filter)
                and (not self.check_filter or self._checks[i]))

    @property
    def ids(self) -> list[str]:
        """Every claim's id, in text order (read-only)."""
        return self._ids

    def index_of(self, claim_id: str) -> int:
        """A claim's 0-based place in the table."""
        return self._rows[claim_id]

    def shown_near(self, claim_id: str, radius: int) -> list[str]:
        """The ids of the claims the filters show up to radius either side of a claim (the claim alone if hidden)."""
        at = self.position(claim_id)
        if at is None:
            return [claim_id]
        return [self._ids[i] for i in self._shown_rows[max(0, at - radius):at + radius + 1]]

    def row(self, claim_id: str | None = None) -> pd.Series:
        """Return a claim's row (the current claim's by default), or raise SessionError."""
        claim_id = self.cursor if claim_id is None else claim_id
        if claim_id not in self._rows:
            raise SessionError(f"{self.source}: no claim with id {claim_id!r}")
        return self.table.iloc[self._rows[claim_id]]

    def number(self, claim_id: str | None = None) -> int:
        """A claim's 1-based position in text order (the current claim's by default)."""
        return self._numbers[str(self.row(claim_id)["claim_id"])]

    @property
    def claim(self) -> pd.Series | None:
        """The claim under the cursor, or None when the source has no claims."""
        return None if self.cursor is None else self.row()

    def states(self) -> pd.Series:
        """Every claim's state (see STATES), indexed like the table."""
        return pd.Series(self._states, index=self.table.index, dtype=self.table["verdict"].dtype, name="verdict")

    def _restate(self, i: int) -> None:
        """Bring row i's state, the counts, its labels and the filtered rows up to date after a decision."""
        old, new = self._states[i], state_of(str(self.table["verdict"].iat[i]), str(self.table["dismissed"].iat[i]))
        if old == new:
            return
        self._states[i] = new
        self._counts[old] -= 1
        self._counts[new] += 1
        for width, labels in self._labels.items():
            labels[i] = claim_label(self._numbers[self._ids[i]], new, self._speakers[i], str(self.table["claim"].iat[i]), width)
        self._reshow(i)

    def _recheck(self, i: int) -> None:
        """Bring row i's speaker check and the filtered rows up to date after a decision."""
        was = self._checks[i]
        self._checks[i] = to_check(self.table.iloc[[i]], [self._flags[i]])[0]
        if self._checks[i] != was:
            self._check_count += 1 if self._checks[i] else -1
            self._reshow(i)

    def _reshow(self, i: int) -> None:
        """Put row i in or out of the rows the filters show, as it now passes them."""
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
            self._labels[width] = [claim_label(self._numbers[claim_id], state, speaker, claim, width)
                                   for claim_id, state, speaker, claim
                                   in zip(self._ids, self._states, self._speakers, self.table["claim"])]
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
        i = self._rows.get(claim_id or "", -1)
        at = bisect_left(self._shown_rows, i)
        return at if i >= 0 and at < len(self._shown_rows) and self._shown_rows[at] == i else None

    def set_filters(self, verdict: str | None = None, speaker: str | None = None, check: bool | None = None) -> None:
        """Filter by state, speaker and speakers still to check (None: keep); move to the first claim shown when the
        current one is filtered out."""
        if verdict is not None and verdict not in VERDICT_FILTERS:
            raise SessionError(f"verdict filter {verdict!r} is not one of {', '.join(VERDICT_FILTERS)}")
        if speaker is not None and speaker != ALL_SPEAKERS and speaker not in self._speaker_list:
            raise SessionError(f"no claim has the speaker {speaker!r}")
        before = (self.verdict_filter, self.speaker_filter, self.check_filter)
        self.verdict_filter = self.verdict_filter if verdict is None else verdict
        self.speaker_filter = self.speaker_filter if speaker is None else speaker
        self.check_filter = self.check_filter if check is None else bool(check)
        if (self.verdict_filter, self.speaker_filter, self.check_filter) != before:
            self._refilter()
        if self._shown_rows and self.position() is None:
            self.cursor = self._ids[self._shown_rows[0]]

    def go(self, claim_id: str) -> None:
        """Move the cursor to a claim."""
        self.row(claim_id)
        self.cursor = claim_id

    def step(self, offset: int) -> bool:
        """Move to the next (1) or previous (-1) claim shown by the filters; False at either end."""
        here, rows = self._rows.get(self.cursor or "", -1), self._shown_rows
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
        """Ids of the claims not reviewed (nor dismissed) that pass the speaker and check filters, in order."""
        return [self._ids[i] for i in range(len(self._ids)) if self._to_review(i)]

    def _to_review(self, i: int) -> bool:
        """True when row i is not reviewed (nor dismissed) and passes the speaker and check filters."""
        return (self._states[i] == NOT_REVIEWED and self.speaker_filter in (ALL_SPEAKERS, self._speakers[i])
                and (not self.check_filter or self._checks[i]))

    def first_unreviewed(self) -> str | None:
        """The first unreviewed claim, else the first claim, else None."""
        found = next((i for i in range(len(self._ids)) if self._to_review(i)), 0)
        return self._ids[found] if self._ids else None

    def next_unreviewed(self) -> bool:
        """Jump to the next unreviewed claim after the cursor, wrapping round; False when none is left."""
        here, count = self._rows.get(self.cursor or "", -1), len(self._ids)
        order = chain(range(here + 1, count), range(0, here + 1))
        found = next((i for i in order if self._to_review(i)), None)
        if found is None:
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

    def flagged(self, claim_id: str | None = None) -> bool:
        """Whether a claim's speaker (the current claim's by default) is one the extractor asks to check."""
        return self._flags[self._rows[str(self.row(claim_id)["claim_id"])]]

    def to_check(self) -> list[str]:
        """Ids of the claims whose flagged speaker is still to check (not confirmed, corrected or dismissed), in order."""
        return [claim_id for claim_id, waiting in zip(self._ids, self._checks) if waiting]

    def to_check_count(self) -> int:
        """How many claims' flagged speakers are still to check."""
        return self._check_count

    def apply(self, claim_id: str, changes: Mapping[str, object]) -> None:
        """Write values into the in-memory table row of a claim, and bring its state up to date."""
        for name, value in changes.items():
            self.table.iat[self._rows[claim_id], cast(int, self.table.columns.get_loc(name))] = cast(str, value)
        if STATE_FIELDS & set(changes):
            self._restate(self._rows[claim_id])
        if CHECK_FIELDS & set(changes):
            self._recheck(self._rows[claim_id])

