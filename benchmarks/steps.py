"""Count, per step of the extractor, how often the speaker it gave a found claim was right, wrong or unresolved.

    python -m benchmarks.steps                              # the development texts
    python -m benchmarks.steps --corpus FOLDER [--corpus ...]  # ... or any gold folders, pooled

A row's step is `pass | resolver`. The pass is the function of `claims/extract` that first returned the row's
attribution (an `Attribution` or `Found` with the row's speaker and start). The resolver is the last function of the
speaker layer, outside the generic readers (GENERIC_PREFIXES, GENERIC_STEPS), that returned the speaker's name since the
name was last attributed: `(name read in clause)` when only generic readers did, `(carried, not re-read)` when nothing
did (a quotation going on, a lead-in's bullets, figures going on). The functions are read with `sys.setprofile`, so a
run takes about five times the extractor's time. It prints a table of steps, most wrong first; it names no text.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from benchmarks.quality import CORPUS, Gold, best_row, is_unresolved, load_corpus, speaks_for, table_rows
from claims.extract.attribution.records import Attribution, Found
from claims.extract.speakers.context import Who
from claims.extract.table import claims_frame, find_rows
from claims.sources import load_source

EXTRACTOR = str(Path(find_rows.__code__.co_filename).parent) + "/"
"""The folder whose functions count as steps."""
GENERIC_PREFIXES = ("speakers/regions:", "speakers/written_case:", "attribution/", "company_forms:", "title_bodies:",
                    "title_nouns:", "vocabulary:", "entities:")
"""Functions that read or tidy every name (a clause's subject, a name's stop): never a row's resolver."""
GENERIC_STEPS = frozenset({
    "speakers/context:add", "speakers/context:_add_person", "speakers/context:_add_org", "speakers/registry:full_person",
    "speakers/registry:fullest", "speakers/body_traits:without_press_office", "speakers/titles:without_filler",
    "speakers/focus:full_org", "speakers/references:first_words_of", "speakers/bounds:whole_name",
    "text:_word_before"})
"""Single functions that register or tidy every name: never a row's resolver."""
CARRIED = "(carried, not re-read)"
"""The resolver of a row whose speaker no function returned since its last attribution."""
IN_CLAUSE = "(name read in clause)"
"""The resolver of a row whose speaker only the generic readers returned."""
RESULTS = ("right", "wrong", "unresolved")
"""What a found claim's speaker can be."""
MAX_NAME = 120
"""Longer strings are text, never a speaker's name: not followed."""


def step_name(code: CodeType) -> str:
    """A function's step name: its module under claims/extract, a colon and its name (`<listcomp>@line` for a comprehension)."""
    module = code.co_filename[len(EXTRACTOR):-len(".py")]
    return f"{module}:{code.co_name}" + (f"@{code.co_firstlineno}" if code.co_name.startswith("<") else "")


def resolver(returned_by: Sequence[str]) -> str:
    """The last function outside the generic readers that returned a speaker's name, or what stands for none."""
    specific = [name for name in returned_by if not name.startswith(GENERIC_PREFIXES) and name not in GENERIC_STEPS]
    return specific[-1] if specific else IN_CLAUSE if returned_by else CARRIED


class StepTracer:
    """Follows one extraction: which functions returned each name, and which made each attribution."""

    def __init__(self) -> None:
        self.returned: dict[str, list[str]] = {}
        self.made: dict[tuple[str, int], str] = {}
        self.names: dict[CodeType, str] = {}

    def _name(self, code: CodeType) -> str:
        """The step name of a code object, cached."""
        name = self.names.get(code)
        if name is None:
            name = self.names[code] = step_name(code)
        return name

    def _returned(self, value: str, function: str) -> None:
        """Note that a function returned a name."""
        if 0 < len(value) < MAX_NAME:
            self.returned.setdefault(value, []).append(function)

    def _made(self, speaker: str, start: int, function: str) -> None:
        """Note the first function that returned an attribution of a speaker at a start, and its resolver."""
        if (speaker, start) not in self.made:
            self.made[(speaker, start)] = f"{function} | {resolver(self.returned.pop(speaker, []))}"

    def _record(self, value: object, function: str) -> None:
        """Note one returned value: a name, a Who, an Attribution, a Found, or a list or short tuple of them."""
        if isinstance(value, Attribution):
            for span in value.spans:
                self._made(value.speaker, span[0], function)
        elif isinstance(value, Found):
            self._made(value.speaker, value.span[0], function)
        elif isinstance(value, Who):
            self._returned(value.name, function)
        elif isinstance(value, str):
            self._returned(value, function)
        elif isinstance(value, (list, tuple)) and value and isinstance(value[0], (Attribution, Found)):
            for item in value:
                self._record(item, function)
        elif isinstance(value, tuple) and len(value) < 6:
            for item in value:
                if isinstance(item, str):
                    self._returned(item, function)

    def profile(self, frame: FrameType, event: str, arg: Any) -> None:
        """The profile hook: note what each function of the extractor returns."""
        if event == "return" and frame.f_code.co_filename.startswith(EXTRACTOR):
            self._record(arg, self._name(frame.f_code))

    def step_of(self, speaker: str, start: int) -> str:
        """The step of a row: its own attribution's, else that of the nearest attribution of its speaker before it."""
        if (speaker, start) in self.made:
            return self.made[(speaker, start)]
        before = [at for name, at in self.made if name == speaker and at <= start]
        return self.made[(speaker, max(before))] if before else "? | ?"


def traced(run: Callable[[], Any], tracer: StepTracer) -> Any:
    """Run a call with the tracer's profile hook on."""
    sys.setprofile(tracer.profile)
    try:
        return run()
    finally:
        sys.setprofile(None)


def claim_steps(gold: Gold) -> list[tuple[str, str]]:
    """Every required claim of a gold text that a row finds: the row's step and whether its speaker is right."""
    source = load_source(gold.name)
    tracer = StepTracer()
    rows = traced(lambda: find_rows(source.text, source.name), tracer)
    scored = table_rows(claims_frame(rows))
    found = []
    for claim in (c for c in gold.claims if not c.optional):
        row = best_row(scored, claim)
        if row is None:
            continue
        result = "right" if speaks_for(row, claim) else "unresolved" if is_unresolved(row) else "wrong"
        extracted = rows[scored.index(row)]
        found.append((tracer.step_of(extracted.speaker, extracted.start), result))
    return found


def count_steps(found: Iterable[tuple[str, str]]) -> dict[str, Counter[str]]:
    """Count right, wrong and unresolved speakers per step."""
    table: dict[str, Counter[str]] = {}
    for step, result in found:
        table.setdefault(step, Counter())[result] += 1
    return table


def render(table: dict[str, Counter[str]]) -> str:
    """A markdown table of steps, most wrong first (then most found)."""
    lines = ["| step (pass \\| resolver) | right | wrong | unresolved |", "|---|---|---|---|"]
    for step, counts in sorted(table.items(), key=lambda item: (-item[1]["wrong"], -item[1].total(), item[0])):
        lines.append(f"| {step.replace('|', chr(92) + '|')} | " + " | ".join(str(counts[r]) for r in RESULTS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the step table of the development texts or of the gold folders given."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a gold folder (repeat to pool several)")
    args = parser.parse_args(argv)
    golds = [g for folder in args.corpus for g in load_corpus(folder)] if args.corpus \
        else [g for g in load_corpus(CORPUS) if not g.held_out]
    print(render(count_steps(found for gold in golds for found in claim_steps(gold))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
