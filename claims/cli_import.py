"""The command line's `import` and `overview`: bring a press text in, and see progress across a folder."""
from __future__ import annotations

import argparse
import sys

from .importers import SUFFIXES
from .progress import overview, totals
from .store.csvformat import escaped_frame

TABLE_FORMATS: tuple[str, ...] = ("table", "csv", "json")


def is_url(target: str) -> bool:
    """Tell whether the command line's target is an address (scheme://...) rather than a file."""
    return "://" in target


def cmd_import(args: argparse.Namespace) -> int:
    """Import a file or a web address as a source text; print where it went."""
    from .importers.core import import_file, import_url  # the readers load only when an import is asked for
    if is_url(args.target):
        done = import_url(args.target, args.folder or ".")
    else:
        done = import_file(args.target, args.folder)
    print(f"imported {done.origin} as {done.text_path} ({done.chars:,} characters); "
          f"provenance in {done.sidecar_path.name}")
    return 0


def cmd_overview(args: argparse.Namespace) -> int:
    """Print progress per text and analyst for a folder, then the totals."""
    table = overview(args.folder, analyst=args.analyst)
    if table.empty:
        print(f"no source texts (*.txt) in {args.folder}", file=sys.stderr)
        return 1
    if args.format == "csv":
        escaped_frame(table).to_csv(sys.stdout, index=False, lineterminator="\n")
    elif args.format == "json":
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n")
    else:
        sum_line = ", ".join(f"{value} {name}" for name, value in totals(table).items())
        sys.stdout.write(table.to_string(index=False) + f"\n\nall: {sum_line}\n")
    return 0


def add_import_commands(commands: argparse._SubParsersAction) -> None:
    """Register `import` and `overview` on the command line's sub-commands."""
    kinds = ", ".join(sorted(set(SUFFIXES) - {".htm"}))
    importer = commands.add_parser("import", help=f"import a {kinds} file or a web page as a source text")
    importer.add_argument("target", metavar="FILE|URL", help=f"a {kinds} file, or an http(s) address")
    importer.add_argument("--folder", metavar="DIR",
                          help="where to save the text (default: the file's folder; for a URL, the current folder)")
    importer.set_defaults(run=cmd_import)
    view = commands.add_parser("overview", help="progress across the texts of a folder, per text and analyst")
    view.add_argument("folder", nargs="?", default=".", metavar="DIR", help="the folder of source texts (default: .)")
    view.add_argument("--analyst", metavar="NAME", help="count only this analyst")
    view.add_argument("--format", choices=TABLE_FORMATS, default="table", help="table (default), csv or json")
    view.set_defaults(run=cmd_overview)
