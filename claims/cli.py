"""The command line: a thin layer of argparse over the package's functions."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd

from .agreement import Agreement, agreement, write_merged
from .cli_share import add_share_commands, check_json_output
from .cli_import import add_import_commands
from .compiled import is_compiled
from .export import claim_reviews, to_jsonld
from .extract import extract_claims
from .extract.confidence import naming_words, share_words
from .model import VERDICTS, ClaimsError, SourceError
from .sources import load_source
from .store import (
    Rebuilt,
    check_output,
    conflicts_path,
    history,
    journal_path,
    load_verdicts,
    rebuild_verdicts,
    validate_verdicts,
    verdicts_path,
    write_atomic,
)
from .store.csvformat import escaped_frame
from .store.journal import HISTORY_COLUMNS
from .editing import EDIT_COLUMNS, edit_counts, edits_by_analyst
from .verdicts import record_verdict, summarise

FORMATS: tuple[str, ...] = ("table", "csv", "json")


class UsageError(ClaimsError):
    """The command line's words are off."""


DASH_MARK: str = "\x00dash:"
"""Put in front of a word that starts with '-' but is no option (a note '-x', a file '-x.txt') while argparse reads."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of exiting, so main() owns the exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Raise UsageError with argparse's message."""
        raise UsageError(f"{self.prog}: {message.replace(DASH_MARK, '')}")


def option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option string of a parser and its sub-commands (--note, -o, -h, ...)."""
    found: set[str] = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= option_strings(sub)
    return found


def mark_dash_words(argv: Sequence[str], options: set[str]) -> list[str]:
    """Mark words that start with '-' but are no option, so argparse takes them as values (a note, a file)."""
    marked, ended = [], False
    for word in argv:
        is_option = word in options or word.split("=", 1)[0] in options or any(
            word.startswith(o) for o in options if len(o) == 2)
        dashed = word.startswith("-") and word != "-" and not is_option and not word.startswith("--")
        marked.append(DASH_MARK + word if dashed and not ended else word)
        ended = ended or word == "--"
    return marked


def unmark(value: object) -> object:
    """Remove the marks of mark_dash_words from a parsed value (a word or a list of words)."""
    if isinstance(value, str):
        return value.removeprefix(DASH_MARK)
    if isinstance(value, list):
        return [unmark(item) for item in value]
    return value


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; words starting with '-' that are no option are values ('--note -x', '-x.txt')."""
    parser = build_parser()
    words = sys.argv[1:] if argv is None else list(argv)
    args = parser.parse_args(mark_dash_words(words, option_strings(parser)))
    for name, value in vars(args).items():
        setattr(args, name, unmark(value))
    return args


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the claims of one or more sources."""
    frames = [extract_claims(load_source(path)) for path in args.sources]
    table = pd.concat(frames, ignore_index=True)
    if args.format == "csv":
        escaped_frame(table).to_csv(sys.stdout, index=False, lineterminator="\n")
    elif args.format == "json":
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(table) + "\n")
    return 0


def format_table(table: pd.DataFrame) -> str:
    """Render a claims table for people: one block per claim, no truncation."""
    blocks = [f"{len(table)} claims"]
    for row in table.itertuples(index=False):
        given = naming_words(str(row.speaker), str(row.speaker_kind))
        blocks.append(f"\n[{row.claim_id}] {row.source} {row.start}-{row.end}\n"
                      f"  speaker: {row.speaker}\n  why:     {row.speaker_kind}{given}, cue \u201c{row.cue}\u201d"
                      f"{share_words(float(str(row.speaker_confidence)))}\n"
                      f"  claim:   {row.claim}")
    return "\n".join(blocks)


def cmd_verdict(args: argparse.Namespace) -> int:
    """Record one analyst's verdict on one claim, exactly as the review board does."""
    row = record_verdict(args.source, args.claim_id, args.verdict, note=args.note, evidence=args.evidence,
                         analyst=args.analyst)
    said = row["verdict"] or "not reviewed"
    print(f"{row['claim_id']}: {said} by {row['analyst']} at {row['updated_at']}, "
          f"saved in {verdicts_path(args.source)}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Print per source and analyst: claims, reviewed, each verdict's count, dismissed, orphans, conflicts."""
    skipped: list[str] = []
    table = with_edits(summarise(args.paths or ["."], analyst=args.analyst, skipped=skipped),
                       edits_by_analyst(args.paths or ["."], args.analyst))
    for problem in skipped:
        print(f"skipped {problem}", file=sys.stderr)
    if table.empty and not skipped:
        print(f"no source texts (*.txt) in {' '.join(args.paths or ['.'])}", file=sys.stderr)
        return 1
    if not table.empty:
        write_table(table, args.format)
    return 1 if skipped else 0


def with_edits(table: pd.DataFrame, edits: pd.DataFrame) -> pd.DataFrame:
    """Add the rows corrected and the claims added to a status table (0 where an analyst saved none)."""
    joined = table.merge(edits, on=["source", "analyst"], how="left")
    return joined.fillna({c: 0 for c in EDIT_COLUMNS}).astype({c: "int64" for c in EDIT_COLUMNS})


def write_table(table: pd.DataFrame, fmt: str) -> None:
    """Print a plain table as aligned text, CSV or JSON records."""
    if fmt == "csv":
        escaped_frame(table).to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt == "json":
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(table.to_string(index=False) + "\n")


def cmd_validate(args: argparse.Namespace) -> int:
    """Check verdict files line by line and against their journal: exit 0 when all are fine, 1 when any is not.

    With --repair, a file with problems is rebuilt from its readable rows and its journal.
    """
    failed = False
    for path in args.files:
        problems = validate_verdicts(path)
        for problem in problems:
            print(problem)
        if problems and args.repair:
            print(said_rebuilt(rebuild_verdicts(path)))
            problems = validate_verdicts(path)
        if not problems:
            print(f"{path}: ok")
        failed = failed or bool(problems)
    return 1 if failed else 0


def cmd_rebuild(args: argparse.Namespace) -> int:
    """Rebuild verdict files from their readable rows and their journals."""
    for path in args.files:
        print(said_rebuilt(rebuild_verdicts(path)))
    return 0


def said_rebuilt(rebuilt: Rebuilt) -> str:
    """One line saying what rebuilding a verdict file did."""
    copy = f"; the old file is kept as {rebuilt.copy.name}" if rebuilt.copy else ""
    return f"{rebuilt.path}: rebuilt: {rebuilt.kept} row(s) kept, {rebuilt.restored} restored from the journal{copy}"


def cmd_history(args: argparse.Namespace) -> int:
    """Print every saved version of a claim's rows: when, who, the verdict and the note."""
    verdicts = verdicts_path(args.source)
    journal = journal_path(verdicts)
    if not any(path.exists() for path in (Path(args.source), verdicts, journal)):
        raise SourceError(f"{args.source}: no such file; check the path and the file name")
    entries = history(args.source, args.claim_id, args.analyst)
    if not entries:
        print(f"no history of claim {args.claim_id} in {journal}", file=sys.stderr)
        return 1
    write_table(pd.DataFrame(entries, columns=list(HISTORY_COLUMNS)), args.format)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge analysts' verdict files into one, then print their agreement and disagreements."""
    check_output(args.output, args.files, verdicts=True)
    check_merge_output(args.output)
    merged = write_merged(args.files, args.output)
    table = merged.verdicts
    print(f"merged {len(args.files)} file(s) into {args.output}: {len(table)} rows, "
          f"{table['claim_id'].nunique()} claims, {table['analyst'].nunique()} analysts")
    if len(merged.superseded):
        print(f"{len(merged.superseded)} older version(s) of rows kept in {conflicts_path(args.output)}")
    counts = edit_counts(table["origin"])
    print(f"{counts['corrected']} row(s) with a claim an analyst corrected, split or merged; "
          f"{counts['added']} claim(s) an analyst added")
    print(format_agreements(table))
    return 0


def check_merge_output(output: str) -> None:
    """Raise UsageError when a merge's output is not named as a CSV (it would put a verdict file in a .html, say)."""
    if Path(output).suffix.lower() != ".csv":
        raise UsageError(f"{output}: a merged file is a verdict CSV; name the output FILE.csv")


def format_agreements(table: pd.DataFrame) -> str:
    """Render agreement per source text (two texts are never pooled into one figure), named when several."""
    sources = sorted(table["source"].unique())
    if len(sources) < 2:
        return format_agreement(agreement(table))
    return "\n".join(f"{source}: " + format_agreement(agreement(table[table["source"] == source]))
                     for source in sources)


def format_agreement(result: Agreement) -> str:
    """Render agreement for people: the statistic, each pair, then each claim in dispute."""
    value = "undefined" if result.value is None else f"{result.value:.3f}"
    lines = [f"{result.statistic or 'agreement'}: {value} "
             f"({len(result.analysts)} analysts, {result.claims} claims reviewed by two or more)"]
    for pair in result.pairs.to_dict("records"):
        kappa = "undefined" if pair["kappa"] is None else f"{pair['kappa']:.3f}"
        lines.append(f"  {pair['analyst_a']} & {pair['analyst_b']}: {pair['both_reviewed']} both reviewed, "
                     f"{pair['agreed']} agreed, kappa {kappa}")
    lines.append(f"{len(result.disagreements)} disagreement(s)")
    for row in result.disagreements.to_dict("records"):
        lines.append(f"  [{row['claim_id']}] {row['source']}: {row['claim']}")
        lines += [f"    {name}: {row[name] or '-'}" for name in result.analysts if row[name]]
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace) -> int:
    """Write schema.org ClaimReview JSON-LD for every reviewed claim; warnings go to stderr."""
    if args.output:
        check_output(args.output, [args.file])
        check_json_output(Path(args.output), args.file)
    verdicts = load_verdicts(args.file)
    if args.analyst:
        verdicts = verdicts[verdicts["analyst"] == args.analyst]
    reviews, warnings = claim_reviews(verdicts, url=args.url, publisher=args.publisher,
                                      source_url=args.source_url)
    text = to_jsonld(reviews)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.output:
        write_atomic(args.output, text.encode("utf-8"))
        print(f"wrote {len(reviews)} ClaimReview(s) to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def add_store_commands(commands: argparse._SubParsersAction) -> None:
    """Register verdict, status, validate, rebuild, history, merge and export."""
    verdict = commands.add_parser("verdict", help="record one verdict on one claim")
    verdict.add_argument("source", metavar="SOURCE", help="the source text (.txt)")
    verdict.add_argument("claim_id", metavar="CLAIM_ID", help="from `python -m claims extract SOURCE`")
    verdict.add_argument("verdict", metavar="VERDICT",
                         help=f"{', '.join(VERDICTS)}, or '' to mark the claim not reviewed")
    verdict.add_argument("--note", metavar="TEXT", help="why: the analyst's note (left out: the saved note is kept; "
                         "'' empties it)")
    verdict.add_argument("--evidence", metavar="TEXT", help="a link or reference that supports the verdict "
                         "(left out: the saved evidence is kept)")
    verdict.add_argument("--analyst", metavar="NAME", help="your name (default: $CLAIMS_ANALYST, else the name saved in the app)")
    verdict.set_defaults(run=cmd_verdict)
    status = commands.add_parser("status", help="progress per source text and analyst")
    status.add_argument("paths", nargs="*", metavar="PATH", help="source texts or folders (default: .)")
    status.add_argument("--analyst", metavar="NAME", help="count only this analyst")
    status.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    status.set_defaults(run=cmd_status)
    validate = commands.add_parser("validate", help="check verdict files, line by line")
    validate.add_argument("files", nargs="+", metavar="CSV", help="a verdict file (X.verdicts.csv)")
    validate.add_argument("--repair", action="store_true",
                          help="rebuild a file with problems from its readable rows and its journal")
    validate.set_defaults(run=cmd_validate)
    rebuild = commands.add_parser("rebuild", help="rebuild damaged verdict files from their journal")
    rebuild.add_argument("files", nargs="+", metavar="CSV", help="a verdict file (X.verdicts.csv)")
    rebuild.set_defaults(run=cmd_rebuild)
    past = commands.add_parser("history", help="every saved version of a claim's rows: who, when, verdict, note")
    past.add_argument("source", metavar="SOURCE", help="the source text (.txt) or its verdict file")
    past.add_argument("claim_id", metavar="CLAIM_ID")
    past.add_argument("--analyst", metavar="NAME", help="only this analyst's rows")
    past.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    past.set_defaults(run=cmd_history)
    merge = commands.add_parser("merge", help="merge analysts' verdict files; print their agreement")
    merge.add_argument("files", nargs="+", metavar="CSV", help="verdict files to merge")
    merge.add_argument("-o", "--output", required=True, metavar="OUT.csv",
                       help="the merged file (an existing one is merged in, not overwritten)")
    merge.set_defaults(run=cmd_merge)
    export = commands.add_parser("export", help="export reviewed claims as schema.org ClaimReview JSON-LD")
    export.add_argument("file", metavar="CSV", help="a verdict file")
    export.add_argument("--format", choices=("claimreview",), default="claimreview",
                        help="claimreview (schema.org JSON-LD)")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    export.add_argument("--url", default="", help="the web page that publishes the fact checks")
    export.add_argument("--publisher", default="", metavar="NAME", help="the publishing organisation")
    export.add_argument("--source-url", default="", metavar="URL",
                        help="where the claims were made (the press release)")
    export.add_argument("--analyst", metavar="NAME", help="export only this analyst's verdicts")
    export.set_defaults(run=cmd_export)


def version_text() -> str:
    """The package's version and which extractor runs: pure Python (the reference) or the opt-in mypyc build."""
    try:
        number = version("claims-workbench")
    except PackageNotFoundError:
        number = "(not installed)"
    extractor = "compiled with mypyc (scripts/compile.sh)" if is_compiled() else "pure Python"
    return f"claims-workbench {number}; extractor: {extractor}"


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with one sub-command per job."""
    parser = _Parser(prog="python -m claims", description=__doc__)
    parser.add_argument("--version", action="version", version=version_text())
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser("extract", help="list the claims in source texts")
    extract.add_argument("sources", nargs="+", metavar="SOURCE", help="a source text (.txt)")
    extract.add_argument("--format", choices=FORMATS, default="table", help="table (default), csv or json")
    extract.set_defaults(run=cmd_extract)
    add_store_commands(commands)
    add_share_commands(commands)
    add_import_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; bad usage or bad input exits 2 with one line on stderr."""
    try:
        args = parse(argv)
        return args.run(args)
    except ClaimsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"error: {unforeseen_os_error(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stopped (Ctrl-C); every verdict saved before it is safe on disk", file=sys.stderr)
        return 130


def unforeseen_os_error(exc: OSError) -> str:
    """Word an operating-system error no command foresaw: the file it names, what happened, what to check."""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}; check the file and the disk, then try again"
