"""Verdict rows and files for the sharing tests: a few claims of two texts, any analysts."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from claims import save_verdicts
from claims.model import VERDICT_COLUMNS

TEXT = "The Agency claims that waits fell. It says that costs fell. It also claims that staff are happy.\n"
"""A small source text with three claims: ids c1, c2, c3 at these quotes."""

QUOTES: dict[str, str] = {"c1": "waits fell", "c2": "costs fell", "c3": "staff are happy"}


def row(claim_id: str, analyst: str, verdict: str = "", *, note: str = "", source: str = "a.txt",
        dismissed: str = "", evidence: str = "", at: str = "2026-11-22T10:00:00Z", speaker: str = "The Agency",
        quote: str | None = None) -> dict[str, object]:
    """One verdict row of claim c1, c2 or c3 of TEXT (offsets found in TEXT)."""
    quote = quote if quote is not None else QUOTES[claim_id]
    start = TEXT.find(quote) if quote in TEXT else 0
    return {"claim_id": claim_id, "source": source, "speaker": speaker, "claim": quote.capitalize() + ".",
            "quote": quote, "start": start, "end": start + len(quote), "verdict": verdict, "note": note,
            "evidence": evidence, "analyst": analyst, "updated_at": at, "source_sha256": "",
            "origin": "extracted", "dismissed": dismissed,
            "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}


def frame(*rows: dict[str, object]) -> pd.DataFrame:
    """A verdict table of these rows, columns in the file's order."""
    return pd.DataFrame(list(rows), columns=list(VERDICT_COLUMNS))


def write(path: Path, *rows: dict[str, object]) -> Path:
    """Save rows as a verdict file through the store; return its path."""
    save_verdicts(frame(*rows), path)
    return path


HOSTILE_NOTES: tuple[str, ...] = (
    "<script>window.__pwned = 1</script>",
    "<img src=x onerror=\"window.__pwned = 2\">",
    "=HYPERLINK(\"http://evil.example/x\", \"click\")",
    "<a href=\"javascript:window.__pwned = 3\">see</a> <link rel=stylesheet href=\"http://evil.example/x.css\">",
    "<style>body{background:url(http://evil.example/bg.png)}</style><iframe src=\"http://evil.example/\"></iframe>",
    "</p></article><svg onload=\"window.__pwned = 4\"></svg>",
)
"""Notes that would run a script, fetch something or compute a formula if they were not escaped."""

HOSTILE_EVIDENCE: str = ("javascript:window.__pwned = 5\n"
                         "../../etc/hostname[0:10] \"<b>outside</b>\"\n"
                         "http://evil.example/pixel.png")
"""Evidence lines: a javascript: URL, a citation of a file outside the folder, a remote image address."""


def hostile_seed(folder: Path, source: Path) -> Path:
    """Copy a seed text into folder with two analysts' verdict files full of hostile notes; return the copy."""
    from claims import extract_claims  # here, so that importing this module stays light
    import shutil
    copy = folder / source.name
    shutil.copy2(source, copy)
    claims = extract_claims(copy).to_dict("records")
    for analyst, verdicts in (("<i>ann</i>", ("supported", "disputed")), ("bob", ("supported", "unverified"))):
        rows = [{**claim, "verdict": verdicts[i % 2], "note": HOSTILE_NOTES[i % len(HOSTILE_NOTES)],
                 "evidence": HOSTILE_EVIDENCE, "analyst": analyst, "updated_at": "2026-11-22T10:00:00Z",
                 "source_sha256": "", "origin": "extracted", "dismissed": ""} for i, claim in enumerate(claims)]
        save_verdicts(frame(*rows), folder / f"{source.stem}.{'ann' if 'ann' in analyst else analyst}.verdicts.csv")
    return copy
