"""Which reports of a text the app offers: the analyst's own verdicts, every analyst merged, the final verdicts."""
from __future__ import annotations

from pathlib import Path

from .adjudication import final_path
from .compare import source_files
from .store import load_verdicts

MINE, MERGED, FINAL = "mine", "merged", "final"
"""The scopes a report can have, as `report_options` returns them."""


def analysts_of(source: str | Path) -> list[str]:
    """Every analyst with a verdict row on this text, in any of its verdict files, sorted."""
    names = {str(name) for path in source_files(source) for name, text in
             load_verdicts(path)[["analyst", "source"]].itertuples(index=False) if text == Path(source).name}
    return sorted(names)


def report_options(source: str | Path, analyst: str) -> list[tuple[str, str]]:
    """The (label, scope) choices of a text's report: own verdicts; merged with others; final when settled."""
    options = [(f"your verdicts ({analyst})", MINE)]
    if set(analysts_of(source)) - {analyst}:
        options.append(("every analyst, merged", MERGED))
    if final_path(source).is_file():
        options.append(("final verdicts (settled disagreements)", FINAL))
    return options


def report_arguments(scope: str, analyst: str) -> tuple[str | None, bool, bool]:
    """`claims.report_page.write_report`'s (analyst, merged, final) for a scope."""
    return {MINE: (analyst, False, False), MERGED: (None, True, False), FINAL: (None, False, True)}[scope]
