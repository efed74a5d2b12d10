"""The command line: a thin layer of argparse over the package's functions."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import pandas as pd

from .extract import extract_claims
from .model import ClaimsError
from .sources import load_source

FORMATS: tuple[str, ...] = ("table", "csv", "json")


class UsageError(ClaimsError):
    """The command line's words are off."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of exiting, so main() owns the exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Raise UsageError with argparse's message."""
        raise UsageError(f"{self.prog}: {message}")


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the claims of one or more sources."""
    frames = [extract_claims(load_source(path)) for path in args.sources]
    table = pd.concat(frames, ignore_index=True)
    if args.format == "csv":
        table.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif args.format == "json":
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(table) + "\n")
    return 0


def format_table(table: pd.DataFrame) -> str:
    """Render a claims table for people: one block per claim, no truncation."""
    blocks = [f"{len(table)} claims"]
    for row in table.itertuples(index=False):
        blocks.append(f"\n[{row.claim_id}] {row.source} {row.start}-{row.end}\n"
                      f"  speaker: {row.speaker}\n  claim:   {row.claim}")
    return "\n".join(blocks)


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with one sub-command per job."""
    parser = _Parser(prog="python -m claims", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser("extract", help="list the claims in source texts")
    extract.add_argument("sources", nargs="+", metavar="SOURCE", help="a source text (.txt)")
    extract.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    extract.set_defaults(run=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; bad usage or bad input exits 2 with one line on stderr."""
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except ClaimsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
