"""Cheap string features of a (row, candidate) pair, read from the text and the table alone.

Distances are in characters from the claim's span to the nearest mention of the candidate's name before it
and after it, squashed to 0..1 by `near`; a sentence or paragraph break between the claim and that mention is
told by the characters between them. Row-level facts (the cue's family, the measured share) only matter for
the rule's own speaker, so they are kept as `rule x fact` columns.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from typing import Iterable, NamedTuple, Sequence

from claims.extract.confidence import cue_family
from claims.extract.parties import Party, fold_name

Candidate = Party
"""A party that may speak a row's claim (the product's `claims.extract.parties.Party`)."""


class Attributed(NamedTuple):
    """One row as the re-ranker reads it: speaker, kind, cue, span and the measured share of its bucket."""

    speaker: str
    kind: str
    cue: str
    start: int
    end: int
    share: float


KINDS = ("organisation", "person", "inspectorate", "document", "unresolved")
"""The speaker kinds, in the order of their one-hot columns."""
FAMILIES = ("speech", "finding", "continues", "lead-in", "according", "transcript", "release")
"""The cue families (`confidence.cue_family`), in the order of their `rule x family` columns."""
SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")
"""The end of a sentence inside a stretch of text."""
SCALE = 400.0
"""Characters at which `near` falls to one half."""
NAMES: tuple[str, ...] = (
    "rule", *(f"kind {k}" for k in KINDS), *(f"rule x {f}" for f in FAMILIES), "rule x share", "rule x unresolved",
    "near before", "near after", "mentioned inside", "sentence before", "sentence after", "paragraph before",
    "paragraph after", "spoke previous", "spoke next", "rows spoken", "speaks a row", "first organisation",
    "first mention", "mentions", "one word", "inside rule's name", "holds rule's name",
    *(f"row {r} x {k}" for r in KINDS for k in KINDS), *(f"row {f} x {k}" for f in FAMILIES for k in KINDS[:2]))
"""The feature columns, in order: the candidate's own, then the row's kind and cue family crossed with the
candidate's kind (a linear model cannot cross them itself)."""


def row_parties(rows: Iterable[Attributed]) -> list[Party]:
    """The speakers of a table's rows, once each in order of first row, with the kind of their first row."""
    seen: dict[str, Party] = {}
    for row in rows:
        if row.speaker.strip():
            seen.setdefault(fold_name(row.speaker), Party(row.speaker, row.kind))
    return list(seen.values())


class TextView:
    """One text and its table, with each candidate's mentions found once (lazily) and each row's neighbours."""

    def __init__(self, text: str, rows: Sequence[Attributed]) -> None:
        """Keep the text (folded once for finding names) and the rows."""
        self.text, self.folded, self.rows = text, text.casefold(), rows
        self.counts: dict[str, int] = {}
        for row in rows:
            self.counts[fold_name(row.speaker)] = self.counts.get(fold_name(row.speaker), 0) + 1
        self._mentions: dict[str, list[int]] = {}

    def mentions(self, name: str) -> list[int]:
        """The start of every mention of a name in the text, in order (case ignored)."""
        key = fold_name(name)
        if key not in self._mentions:
            self._mentions[key] = find_all(self.folded, key)
        return self._mentions[key]


def find_all(folded: str, name: str) -> list[int]:
    """Every start of `name` in a folded text (no overlaps)."""
    found, at = [], folded.find(name) if name else -1
    while at >= 0:
        found.append(at)
        at = folded.find(name, at + len(name))
    return found


def near(distance: int | None) -> float:
    """Squash a distance in characters to 1 (touching) .. 0 (far or none)."""
    return 0.0 if distance is None else SCALE / (SCALE + distance)


def nearest(starts: list[int], length: int, row: Attributed) -> tuple[int | None, int | None, bool]:
    """The end of the nearest mention ending before the claim, the start of the nearest after it, and whether
    one stands inside the claim."""
    at = bisect_left(starts, row.start)
    before = next((s + length for s in reversed(starts[:at]) if s + length <= row.start), None)
    after_at = bisect_left(starts, row.end)
    after = starts[after_at] if after_at < len(starts) else None
    inside = any(row.start <= s < row.end for s in starts[at:after_at])
    return before, after, inside


def breaks(text: str, first: int | None, last: int | None) -> tuple[float, float]:
    """Whether text[first:last] holds no sentence end, and whether it holds no line break (0.0 when unknown)."""
    if first is None or last is None:
        return 0.0, 0.0
    between = text[first:last]
    return float(not SENTENCE_END_RE.search(between)), float("\n" not in between)


def is_rule(row: Attributed, candidate: Candidate) -> bool:
    """True when a candidate is the row's own (the rules') speaker."""
    return fold_name(candidate.name) == fold_name(row.speaker)


def rule_columns(row: Attributed, rule: bool) -> list[float]:
    """The rule flag, then the row's cue family and share and unresolved flag, each only for the rule's speaker."""
    family = cue_family(row.cue) if row.cue.strip() else "lead-in"
    share = 0.0 if math.isnan(row.share) else row.share
    return [float(rule), *(float(rule and family == f) for f in FAMILIES), rule * share,
            float(rule and row.kind == "unresolved")]


def place_columns(view: TextView, row: Attributed, candidate: Candidate) -> list[float]:
    """Nearness of the candidate's mentions before and after the claim, inside it, in its sentence and paragraph."""
    starts = view.mentions(candidate.name)
    before, after, inside = nearest(starts, len(fold_name(candidate.name)), row)
    sentence_before, paragraph_before = breaks(view.text, before, row.start)
    sentence_after, paragraph_after = breaks(view.text, row.end, after)
    return [near(None if before is None else row.start - before), near(None if after is None else after - row.end),
            float(inside), sentence_before, sentence_after, paragraph_before, paragraph_after]


def table_columns(view: TextView, at: int, candidate: Candidate, first_org: str) -> list[float]:
    """Whether the candidate spoke the rows before and after, its share of rows, whether it is the issuer."""
    key, rows = fold_name(candidate.name), view.rows
    previous = at > 0 and fold_name(rows[at - 1].speaker) == key
    following = at + 1 < len(rows) and fold_name(rows[at + 1].speaker) == key
    spoken = view.counts.get(key, 0)
    return [float(previous), float(following), spoken / len(rows), float(spoken > 0), float(key == first_org)]


def name_columns(view: TextView, candidate: Candidate) -> list[float]:
    """Where the candidate is first named (0 at the start .. 1 at the end), how often, and a one-word name."""
    starts = view.mentions(candidate.name)
    first = starts[0] / max(len(view.text), 1) if starts else 1.0
    return [first, math.log1p(len(starts)) / 3, float(len(candidate.name.split()) == 1)]


def first_organisation(view: TextView, candidates: Sequence[Candidate]) -> str:
    """The folded name of the organisation named first in the text (the issuer, most often); "" for none."""
    placed = [(view.mentions(c.name)[0], fold_name(c.name)) for c in candidates
              if c.kind == "organisation" and view.mentions(c.name)]
    return min(placed)[1] if placed else ""


def overlap_columns(row: Attributed, candidate: Candidate) -> list[float]:
    """Whether the candidate's name stands inside the rule's speaker (`Official Jo Roe`), or holds it."""
    own, rule = fold_name(candidate.name), fold_name(row.speaker)
    return [float(own != rule and own in rule), float(own != rule and rule in own)]


def cross_columns(row: Attributed, candidate: Candidate) -> list[float]:
    """The row's kind crossed with the candidate's kind, then the row's cue family with a person or organisation."""
    family = cue_family(row.cue) if row.cue.strip() else "lead-in"
    kinds = [float(row.kind == r and candidate.kind == k) for r in KINDS for k in KINDS]
    return kinds + [float(family == f and candidate.kind == k) for f in FAMILIES for k in KINDS[:2]]


def features(view: TextView, at: int, candidate: Candidate, first_org: str) -> list[float]:
    """The feature row (NAMES) of the table's row `at` and one candidate."""
    row = view.rows[at]
    kind = [float(candidate.kind == k) for k in KINDS]
    rule = rule_columns(row, is_rule(row, candidate))
    return [rule[0], *kind, *rule[1:], *place_columns(view, row, candidate),
            *table_columns(view, at, candidate, first_org), *name_columns(view, candidate),
            *overlap_columns(row, candidate), *cross_columns(row, candidate)]
