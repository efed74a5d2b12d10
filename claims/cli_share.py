"""The sharing commands: `report` (an HTML page for editors), `settle` (final verdicts), `export-final`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .adjudication import LABELS, Dispute, disputes, final_path, final_table, load_final, settle
from .compare import source_files
from .export import claim_reviews, to_jsonld
from .model import ClaimsError, shell_word
from .store import check_output, load_verdicts, write_atomic


class ShareError(ClaimsError):
    """A sharing command cannot run: e.g. no analyst has a verdict file for the source yet."""


def cmd_report(args: argparse.Namespace) -> int:
    """Write the HTML report of a source text and say where it is."""
    from .report_page import write_report  # imported on use: it pulls in matplotlib and scikit-learn

    out = write_report(args.source, args.output, analyst=args.analyst, merged=args.merged, final=args.final)
    print(f"wrote the report of {args.source} to {out}")
    return 0


def analysts_rows(source: str | Path) -> pd.DataFrame:
    """Every analyst's rows of a source text, from all its verdict files; ShareError when there are none."""
    files = source_files(source)
    if not files:
        raise ShareError(f"{source}: no verdict file beside it (X.verdicts.csv or X.NAME.verdicts.csv); "
                         "record verdicts first, or copy the analysts' files beside the text")
    rows = pd.concat([load_verdicts(f) for f in files], ignore_index=True)
    return rows[rows["source"] == Path(source).name].drop_duplicates(["claim_id", "analyst"], keep="last")


def format_dispute(dispute: Dispute) -> str:
    """One disagreement for people: the claim, then each analyst's label and note."""
    lines = [f"[{dispute.claim_id}] {dispute.speaker}: {dispute.claim}"]
    lines += [f"    {o.analyst}: {o.label}" + (f" ({o.note})" if o.note else "") for o in dispute.opinions]
    return "\n".join(lines)


def cmd_settle(args: argparse.Namespace) -> int:
    """List the disagreements of a source text, or settle one of them into its final verdict."""
    rows = analysts_rows(args.source)
    if args.claim_id is None:
        found = disputes(rows)
        print(f"{len(found)} disagreement(s) in {args.source}")
        print("\n".join(format_dispute(d) for d in found))
        return 0
    if args.verdict is None:
        raise ShareError(f"give the final verdict after the claim id: one of {', '.join(LABELS)}")
    path = final_path(args.source)
    row = settle(rows, args.claim_id, args.verdict, path=path, reviewer=args.reviewer, note=args.note)
    print(f"{row['claim_id']}: settled as {args.verdict} by {row['analyst']} at {row['updated_at']}, saved in {path}")
    return 0


def cmd_export_final(args: argparse.Namespace) -> int:
    """Write ClaimReview JSON-LD of a source's final verdicts (settled or agreed); open disagreements are warned."""
    table = final_table(analysts_rows(args.source), load_final(final_path(args.source)))
    reviews, warnings = claim_reviews(table.drop(columns="status"), url=args.url, publisher=args.publisher,
                                      source_url=args.source_url)
    warnings += [f"claim {c}: the analysts disagree and no reviewer settled it; it is left out "
                 f"(python -m claims settle {shell_word(args.source)} {shell_word(c)} VERDICT)"
                 for c in table.loc[table["status"] == "open", "claim_id"]]
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    text = to_jsonld(reviews)
    if args.output:
        check_json_output(Path(args.output), args.source)
        write_atomic(args.output, text.encode("utf-8"))
        print(f"wrote {len(reviews)} ClaimReview(s) to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def check_json_output(out: Path, source: str | Path) -> None:
    """Refuse an output that is not a .json or .jsonld file, or is a file the workbench keeps (the store's rule)."""
    if out.suffix.lower() not in (".json", ".jsonld"):
        raise ShareError(f"{out}: ClaimReview is JSON-LD; name the output FILE.json or FILE.jsonld")
    check_output(out, [source], example="-o reviews.json")


def add_report_command(commands: argparse._SubParsersAction) -> None:
    """Register `report`."""
    report = commands.add_parser("report", help="write a self-contained HTML report of a source text's verdicts")
    report.add_argument("source", metavar="SOURCE", help="the source text (.txt)")
    report.add_argument("-o", "--output", metavar="FILE.html",
                        help="where to write it (default: beside the source, X.report.html)")
    scope = report.add_mutually_exclusive_group()
    scope.add_argument("--analyst", metavar="NAME", help="only this analyst's verdicts")
    scope.add_argument("--merged", action="store_true", help="every analyst's verdict file of the text, merged")
    scope.add_argument("--final", action="store_true",
                       help="the final verdicts: settled by a reviewer, else agreed by the analysts")
    report.set_defaults(run=cmd_report)


def add_settle_command(commands: argparse._SubParsersAction) -> None:
    """Register `settle`."""
    settle_ = commands.add_parser("settle", help="list the analysts' disagreements, or settle one into a final verdict")
    settle_.add_argument("source", metavar="SOURCE", help="the source text (.txt); its analysts' files sit beside it")
    settle_.add_argument("claim_id", nargs="?", metavar="CLAIM_ID", help="the claim to settle (omit to list them)")
    settle_.add_argument("verdict", nargs="?", metavar="VERDICT", help=f"the final verdict: {', '.join(LABELS)}")
    settle_.add_argument("--note", default="", metavar="TEXT",
                         help="why (default: the notes of the analysts whose verdict you chose)")
    settle_.add_argument("--reviewer", metavar="NAME", help="your name (default: $CLAIMS_ANALYST, else the name saved in the app)")
    settle_.set_defaults(run=cmd_settle)


def add_export_final_command(commands: argparse._SubParsersAction) -> None:
    """Register `export-final`."""
    export = commands.add_parser("export-final", help="export a source's final verdicts as ClaimReview JSON-LD")
    export.add_argument("source", metavar="SOURCE", help="the source text (.txt); its analysts' files sit beside it")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    export.add_argument("--url", default="", help="the web page that publishes the fact checks")
    export.add_argument("--publisher", default="", metavar="NAME", help="the publishing organisation")
    export.add_argument("--source-url", default="", metavar="URL", help="where the claims were made")
    export.set_defaults(run=cmd_export_final)


def add_share_commands(commands: argparse._SubParsersAction) -> None:
    """Register report, settle and export-final."""
    add_report_command(commands)
    add_settle_command(commands)
    add_export_final_command(commands)
