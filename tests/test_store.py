"""The verdict CSV: format, escaping, validation, merge on save, conflicts, one analyst's rows."""
from __future__ import annotations

import codecs
import getpass
import hashlib
import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import store
from claims.anchor import occurrences
from claims.store import cache, csvformat
from claims.store import table as store_table
from claims.extract import extract_claims
from claims.model import (CLAIM_COLUMNS, CORRECTED_COLUMNS, LEGACY_COLUMNS, ORIGINS, VERDICT_COLUMNS, ConflictError,
                          OutputError, VerdictError, VerdictFileError)
from claims.sources import load_source
from claims.store import (
    conflicts_path,
    escape_cell,
    load_verdicts,
    parse_verdicts,
    render_verdicts,
    resolve_analyst,
    save_verdicts,
    unescape_cell,
    validate_verdicts,
    verdicts_path,
)
from claims.editing import add_claim
from claims.verdicts import record_verdict, review_table, set_dismissed, summarise

HEADER = ",".join(LEGACY_COLUMNS)  # files written before corrections: still read unchanged
SHA = "a" * 64


def make_row(**changes: object) -> dict[str, object]:
    """A valid verdict row, with some values changed."""
    row: dict[str, object] = {
        "claim_id": "c1", "source": "x.txt", "speaker": "Norfolk County Council", "claim": "It is good.",
        "quote": "it is good", "start": 10, "end": 20, "verdict": "supported", "note": "", "evidence": "",
        "analyst": "alice", "updated_at": "2026-11-22T15:47:13Z", "source_sha256": SHA,
        "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    row.update(changes)
    return row


def frame_of(*rows: dict[str, object]) -> pd.DataFrame:
    """A verdict table without any memory of a file."""
    return pd.DataFrame(list(rows), columns=list(VERDICT_COLUMNS))


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """A table's rows as plain dicts, for whole-value comparison."""
    return frame[list(VERDICT_COLUMNS)].to_dict("records")


def write_lines(path: Path, *lines: str, bom: bool = True) -> Path:
    """Write CSV lines (CRLF) as UTF-8, with a BOM unless told not to."""
    path.write_bytes((("\ufeff" if bom else "") + "".join(line + "\r\n" for line in lines)).encode("utf-8"))
    return path


GOOD_LINE = "c1,x.txt,Norfolk County Council,It is good.,it is good,10,20,supported,,,alice," \
            f"2026-11-22T15:47:13Z,{SHA},extracted,"




# ---------------------------------------------------------------- names

@pytest.mark.parametrize(("given_path", "expected"), [
    ("seeds/X.txt", Path("seeds/X.verdicts.csv")),
    ("X.txt", Path("X.verdicts.csv")),
    (Path("a/b.c.txt"), Path("a/b.c.verdicts.csv")),
    ("notes/press", Path("notes/press.verdicts.csv")),
])
def test_verdicts_path_sits_beside_the_source(given_path: str | Path, expected: Path) -> None:
    assert verdicts_path(given_path) == expected


def test_conflicts_and_lock_files_sit_beside_the_verdict_file() -> None:
    assert (conflicts_path("s/X.verdicts.csv"), store.lock_path("s/X.verdicts.csv")) == (
        Path("s/X.verdicts.conflicts.csv"), Path("s/X.verdicts.csv.lock"))


HOW_TO_NAME = ("pass --analyst NAME, set CLAIMS_ANALYST to your name, or give your name in the app "
               "(claims.app(folder))")


@pytest.fixture()
def nameless(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No $CLAIMS_ANALYST, no Voila, an empty config folder, and a login name that must never be used."""
    monkeypatch.setattr(getpass, "getuser", lambda: "login-name")
    for name in ("CLAIMS_ANALYST", "VOILA_BASE_URL", "QUERY_STRING", "SCRIPT_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "claims-workbench" / "analyst.json"


def save_name(profile: Path, name: str) -> None:
    """Write the name the app saves for this user."""
    profile.parent.mkdir(parents=True, exist_ok=True)
    profile.write_text(json.dumps({"analyst": name}), encoding="utf-8")


def test_resolve_analyst_prefers_argument_then_environment_then_saved_name(nameless: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    save_name(nameless, " saved-name ")
    from_profile = resolve_analyst(None)
    monkeypatch.setenv("CLAIMS_ANALYST", "  env-name ")
    assert (from_profile, resolve_analyst(None), resolve_analyst("arg-name")) == ("saved-name", "env-name",
                                                                                  "arg-name")


def test_resolve_analyst_ignores_an_empty_environment_variable(nameless: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_name(nameless, "saved-name")
    monkeypatch.setenv("CLAIMS_ANALYST", "   ")
    assert resolve_analyst(None) == "saved-name"


@pytest.mark.parametrize("saved", [None, "", "   ", "a\nb", "x" * 61])
def test_resolve_analyst_never_falls_back_to_the_login_name(nameless: Path, saved: str | None) -> None:
    if saved is not None:
        save_name(nameless, saved)
    with pytest.raises(VerdictError) as caught:
        resolve_analyst(None)
    assert str(caught.value) == f"no analyst name: the workbench never records your login name; {HOW_TO_NAME}"


def test_resolve_analyst_ignores_a_damaged_saved_name_file(nameless: Path) -> None:
    nameless.parent.mkdir(parents=True)
    nameless.write_text("{not json", encoding="utf-8")
    with pytest.raises(VerdictError, match="^no analyst name: "):
        resolve_analyst(None)


def test_resolve_analyst_in_voila_never_takes_the_accounts_saved_name(nameless: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    save_name(nameless, "owner")
    monkeypatch.setenv("VOILA_BASE_URL", "/")
    with pytest.raises(VerdictError, match="^no analyst name: "):
        resolve_analyst(None)
    monkeypatch.setenv("CLAIMS_ANALYST", "env-name")
    assert resolve_analyst(None) == "env-name"


@pytest.mark.parametrize(("name", "problem"), [
    ("", "is empty"),
    ("   ", "is empty"),
    ("ali\nce", "contains a control character or line break"),
    ("bob\x00", "contains a control character or line break"),
    ("eve\u2028", "contains a control character or line break"),
])
def test_resolve_analyst_rejects_unusable_names(name: str, problem: str) -> None:
    with pytest.raises(VerdictError) as caught:
        resolve_analyst(name)
    assert str(caught.value) == f"analyst name {name!r} {problem}; {HOW_TO_NAME}"


# ---------------------------------------------------------------- escaping

@pytest.mark.parametrize(("text", "written"), [
    ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-5%", "'-5%"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("\nx", "'\nx"),
    ("\uff1dcmd", "'\uff1dcmd"), ("\uff0b1", "'\uff0b1"), ("\uff0d1", "'\uff0d1"), ("\uff20a", "'\uff20a"),
    ("\ufe66x", "'\ufe66x"),
    ("'quoted'", "''quoted'"), ("''", "'''"),
    ("plain", "plain"), ("", ""), ("a=b", "a=b"), (" =1", " =1"),
])
def test_escape_neutralises_formula_starts_reversibly(text: str, written: str) -> None:
    assert (escape_cell(text), unescape_cell(escape_cell(text))) == (written, text)


def test_written_file_has_bom_header_crlf_and_escaped_cells(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(note="=HYPERLINK(\"http://evil\")", evidence="'ok")), path)
    assert path.read_bytes().decode("utf-8") == (
        f"\ufeff{','.join(VERDICT_COLUMNS)}\r\nc1,x.txt,Norfolk County Council,It is good.,it is good,10,20,supported,"
        f"\"'=HYPERLINK(\"\"http://evil\"\")\",''ok,alice,2026-11-22T15:47:13Z,{SHA},extracted,,,,,\r\n")


# ---------------------------------------------------------------- loading

def test_load_gives_exact_columns_types_and_empty_strings(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", HEADER, GOOD_LINE)
    frame = load_verdicts(path)
    assert list(frame.columns) == list(VERDICT_COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items() if c in ("start", "end")} == {"start": "int64", "end": "int64"}
    assert records(frame) == [make_row()]
    assert not frame.isna().any().any()


@pytest.mark.parametrize("bom", [True, False])
def test_load_reads_with_or_without_bom(tmp_path: Path, bom: bool) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", HEADER, GOOD_LINE, bom=bom)
    assert records(load_verdicts(path)) == [make_row()]


def test_load_skips_blank_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", HEADER, "", GOOD_LINE, ",,,,,,,,,,,,,,")
    assert records(load_verdicts(path)) == [make_row()]


def test_a_file_written_before_confirmed_speakers_reads_them_empty_and_the_next_save_writes_the_column(
        tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", ",".join(CORRECTED_COLUMNS), GOOD_LINE + ",,,")
    read = load_verdicts(path)
    assert records(read) == [make_row()]
    save_verdicts(frame_of(make_row(speaker_checked="yes", updated_at="2026-11-22T15:47:14Z")), path, base=read)
    assert path.read_bytes().decode("utf-8").splitlines() == [
        "\ufeff" + ",".join(VERDICT_COLUMNS), GOOD_LINE.replace("15:47:13Z", "15:47:14Z") + ",,,,yes"]
    assert records(load_verdicts(path)) == [make_row(speaker_checked="yes", updated_at="2026-11-22T15:47:14Z")]


def test_a_table_without_the_speaker_checked_column_saves_it_empty(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row()).drop(columns=["speaker_checked"]), path)
    assert records(load_verdicts(path)) == [make_row()]


@pytest.mark.parametrize("value", ["no", "Yes", "true", "ann"])
def test_a_tampered_speaker_checked_is_refused_with_its_line(tmp_path: Path, value: str) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", ",".join(VERDICT_COLUMNS), GOOD_LINE + ",,,," + value)
    with pytest.raises(VerdictFileError) as caught:
        load_verdicts(path)
    assert str(caught.value) == (f"{path} line 2: speaker_checked {value!r} is not 'yes' (the analyst found the "
                                 "speaker right) or empty; fix the file by hand or restore it from git; it was not "
                                 "changed")


def test_a_table_with_a_bad_speaker_checked_is_not_saved(tmp_path: Path) -> None:
    with pytest.raises(VerdictError) as caught:
        save_verdicts(frame_of(make_row(speaker_checked="maybe")), tmp_path / "x.verdicts.csv")
    assert str(caught.value) == ("cannot save this verdict table: row 1: speaker_checked 'maybe' is not 'yes' (the "
                                 "analyst found the speaker right) or empty")
    assert not (tmp_path / "x.verdicts.csv").exists()


def test_load_of_missing_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "none.verdicts.csv"
    with pytest.raises(VerdictFileError) as caught:
        load_verdicts(path)
    assert str(caught.value) == (f"{path}: no such verdict file; record a verdict first "
                                 "(python -m claims verdict SOURCE CLAIM_ID VERDICT) or check the path")


BAD_FILES = [
    pytest.param([HEADER, GOOD_LINE.replace("supported", "maybe")],
                 "line 2: verdict 'maybe' is not one of supported, disputed, unverified (or empty for not reviewed)",
                 id="unknown-verdict"),
    pytest.param([HEADER, GOOD_LINE.replace(",10,20,", ",ten,20,")],
                 "line 2: start 'ten' is not a whole number of characters", id="start-not-int"),
    pytest.param([HEADER, GOOD_LINE.replace(",10,20,", ",10,2.5,")],
                 "line 2: end '2.5' is not a whole number of characters", id="end-not-int"),
    pytest.param([HEADER, GOOD_LINE.replace(",10,20,", ",30,20,")], "line 2: end 20 is before start 30",
                 id="end-before-start"),
    pytest.param([HEADER, GOOD_LINE.replace("extracted", "guessed")],
                 "line 2: origin 'guessed' is not one of extracted, added, corrected, split, merged", id="bad-origin"),
    pytest.param([HEADER, GOOD_LINE + "no"], "line 2: dismissed 'no' is not 'yes' or empty", id="bad-dismissed"),
    pytest.param([HEADER, GOOD_LINE.replace("2026-11-22T15:47:13Z", "22/11/2026")],
                 "line 2: updated_at '22/11/2026' is not an ISO 8601 UTC time like 2026-11-22T15:47:13Z",
                 id="bad-time"),
    pytest.param([HEADER, GOOD_LINE.replace(SHA, "abc")],
                 "line 2: source_sha256 'abc' is not 64 lower-case hex digits", id="bad-sha"),
    pytest.param([HEADER, GOOD_LINE.replace(",alice,", ",,")], "line 2: analyst '' is empty", id="no-analyst"),
    pytest.param([HEADER, GOOD_LINE.replace("c1,", ",", 1)], "line 2: claim_id is empty", id="no-claim-id"),
    pytest.param([HEADER, GOOD_LINE, GOOD_LINE],
                 "line 3: claim 'c1' by analyst 'alice' is already on line 2; keep one of the two rows",
                 id="duplicate-row"),
    pytest.param([HEADER, "c1,x.txt,too,few"],
                 "line 2: has 4 fields, expected 15 (a comma or quote out of place?)", id="too-few-fields"),
]


@pytest.mark.parametrize(("lines", "problem"), BAD_FILES)
def test_load_names_file_and_line_of_bad_rows(tmp_path: Path, lines: list[str], problem: str) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", *lines)
    with pytest.raises(VerdictFileError) as caught:
        load_verdicts(path)
    assert str(caught.value) == (f"{path} {problem}; fix the file by hand or restore it from git; "
                                 "it was not changed")


BROKEN_FILES = [
    pytest.param(f"\ufeff{HEADER}\r\n{GOOD_LINE}\r\nc2,x.txt,S,\"unfinished".encode(),
                 "line 3: broken CSV quoting (unexpected end of data); the file may be truncated or edited "
                 "by hand; restore it from a backup or git", id="truncated-quote"),
    pytest.param(f"{HEADER}\r\nc1,x,S,\"a\"b,q,1,2,,,,a,,,extracted,\r\n".encode(),
                 "line 2: broken CSV quoting (',' expected after '\"'); the file may be truncated or edited "
                 "by hand; restore it from a backup or git", id="stray-quote"),
    pytest.param(f"{HEADER}\r\n{GOOD_LINE}\r\n".encode() + b"c2,\x00\r\n",
                 "line 3: contains a NUL character, so the file is damaged or not a CSV; restore it from a "
                 "backup or git", id="nul"),
    pytest.param(f"{HEADER}\r\n".encode() + GOOD_LINE.replace("It is good.", "It\u2019s good.").encode("cp1252"),
                 f"line 2: byte {len(HEADER) + 2 + GOOD_LINE.index('It is') + 2} is not UTF-8; re-save the file "
                 "as 'CSV UTF-8' (Excel) or UTF-8 (other editors)", id="cp1252"),
    pytest.param(codecs.BOM_UTF16_LE + f"{HEADER}\r\n".encode("utf-16-le"),
                 "line 1: byte 0 is not UTF-8 (it is UTF-16: Excel's 'Unicode Text'); re-save the file as "
                 "'CSV UTF-8' (Excel) or UTF-8 (other editors)", id="utf16"),
    pytest.param(b"", ": is empty, with no header line; delete it if it should hold no verdicts, or restore "
                 "it from a backup or git", id="empty"),
    pytest.param(HEADER.replace(",note,", ",notes,").encode(),
                 "line 1: missing column(s) note; unexpected column(s) 'notes'; the header must be: " + ",".join(VERDICT_COLUMNS),
                 id="renamed-column"),
    pytest.param(HEADER.replace(",dismissed", "").encode(),
                 "line 1: missing column(s) dismissed; the header must be: " + ",".join(VERDICT_COLUMNS), id="missing-column"),
    pytest.param((HEADER + ",extra").encode(),
                 "line 1: unexpected column(s) 'extra'; the header must be: " + ",".join(VERDICT_COLUMNS), id="extra-column"),
    pytest.param(HEADER.replace("claim_id,source", "source,claim_id").encode(),
                 "line 1: columns are out of order or repeated; the header must be: " + ",".join(VERDICT_COLUMNS), id="reordered"),
    pytest.param(HEADER.replace(",", ";").encode(),
                 "line 1: columns are separated by ';', not commas; save it as 'CSV UTF-8 (comma delimited)'",
                 id="semicolons"),
    pytest.param((HEADER.replace(",", ";") + "\r\n" + 'c1;x.txt;S;"It is good,""he said""";q;1;2').encode(),
                 "line 1: columns are separated by ';', not commas; save it as 'CSV UTF-8 (comma delimited)'",
                 id="semicolons-with-a-quoted-cell"),
]


@pytest.mark.parametrize(("data", "problem"), BROKEN_FILES)
def test_load_names_file_and_line_of_broken_files(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "x.verdicts.csv"
    path.write_bytes(data)
    with pytest.raises(VerdictFileError) as caught:
        load_verdicts(path)
    separator = "" if problem.startswith(":") else " "
    assert str(caught.value) == f"{path}{separator}{problem}"


def test_load_counts_further_problems(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", HEADER, GOOD_LINE.replace("supported", "maybe"),
                       GOOD_LINE.replace("c1,", "c2,", 1).replace("extracted", "x"), "c3,short")
    with pytest.raises(VerdictFileError) as caught:
        load_verdicts(path)
    assert str(caught.value) == (
        f"{path} line 2: verdict 'maybe' is not one of supported, disputed, unverified (or empty for not "
        f"reviewed) (and 2 more; list them with `python -m claims validate {path}`); fix the file by hand "
        "or restore it from git; it was not changed")


def test_validate_lists_every_problem_with_its_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", HEADER, GOOD_LINE,
                       "c2,x.txt,S,\"multi\r\nline\",q,1,2,maybe,,,bob,,,added,",
                       GOOD_LINE.replace("c1,", "c3,", 1).replace(",10,20,", ",x,20,"))
    assert validate_verdicts(path) == [
        f"{path} line 3: verdict 'maybe' is not one of supported, disputed, unverified (or empty for not reviewed)",
        f"{path} line 5: start 'x' is not a whole number of characters",
    ]


def test_validate_accepts_a_good_file_and_reports_a_broken_one(tmp_path: Path) -> None:
    good = write_lines(tmp_path / "good.verdicts.csv", HEADER, GOOD_LINE)
    broken = tmp_path / "broken.verdicts.csv"
    broken.write_bytes(b"\x00")
    assert (validate_verdicts(good), validate_verdicts(broken)) == (
        [], [f"{broken} line 1: contains a NUL character, so the file is damaged or not a CSV; restore it "
             "from a backup or git"])


def test_validate_allows_repeated_rows_in_a_conflicts_file(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.conflicts.csv", HEADER, GOOD_LINE,
                       GOOD_LINE.replace("supported", "disputed"))
    assert validate_verdicts(path) == []


# ---------------------------------------------------------------- saving

TRICKY = ["=1+1", "+", "-", "@x", "\tx", "\rcr", "\nlf", "a\r\nb", "x\ry\nz", 'say "hi", ok; fine',
          "'", "''x", "\ufeffbom", "\uff1dfull", " lead", "trail ", "NA", "null", "", "é’ and ü"]


def test_save_then_load_gives_identical_values(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    rows = [make_row(claim_id=f"c{i}", note=text, evidence=text[::-1], speaker=text, start=i, end=i + 5)
            for i, text in enumerate(TRICKY)]
    save_verdicts(frame_of(*rows), path)
    assert records(load_verdicts(path)) == rows


def test_fifty_save_load_cycles_change_nothing(tmp_path: Path) -> None:
    rows = [make_row(claim_id=f"c{i}", note=text, claim=text + "!", start=i, end=i) for i, text in enumerate(TRICKY)]
    first = tmp_path / "0.verdicts.csv"
    save_verdicts(frame_of(*rows), first)
    previous = first
    for cycle in range(1, 51):
        current = tmp_path / f"{cycle}.verdicts.csv"
        save_verdicts(load_verdicts(previous), current)
        previous = current
    assert (previous.read_bytes() == first.read_bytes(), records(load_verdicts(previous))) == (True, rows)


def test_pandas_reads_the_same_text_after_unescaping(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    rows = [make_row(claim_id=f"c{i}", note=text, start=i, end=i) for i, text in enumerate(TRICKY)]
    save_verdicts(frame_of(*rows), path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(table.columns) == list(VERDICT_COLUMNS)
    assert [unescape_cell(v) for v in table["note"]] == TRICKY


def test_save_sorts_rows_stably(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    rows = [make_row(claim_id="b", start=5, end=9, analyst="zed"), make_row(claim_id="a", start=5, end=9),
            make_row(claim_id="b", start=5, end=9, analyst="amy"), make_row(claim_id="z", start=1, end=2)]
    save_verdicts(frame_of(*rows), path)
    keys = [(r["claim_id"], r["analyst"]) for r in records(load_verdicts(path))]
    assert keys == [("z", "alice"), ("a", "alice"), ("b", "amy"), ("b", "zed")]


def test_save_keeps_rows_on_disk_that_the_frame_lacks(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(claim_id="c1", analyst="bob")), path)
    save_verdicts(frame_of(make_row(claim_id="c2", start=30, end=40)), path)
    assert [(r["claim_id"], r["analyst"]) for r in records(load_verdicts(path))] == [("c1", "bob"), ("c2", "alice")]


def test_save_accepts_review_table_extras_and_missing_values(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    frame = frame_of(make_row(note=None, evidence=float("nan"), start=10.0))
    frame["orphan"] = False
    save_verdicts(frame, path)
    assert records(load_verdicts(path)) == [make_row()]


@pytest.mark.parametrize(("change", "problem"), [
    (lambda f: f.drop(columns=["note"]), "a verdict table needs exactly the columns " + ", ".join(VERDICT_COLUMNS)
     + "; missing: note"),
    (lambda f: f.assign(extra=1), "a verdict table needs exactly the columns " + ", ".join(VERDICT_COLUMNS)
     + "; unexpected: extra"),
    (lambda f: f.assign(verdict="true"), "cannot save this verdict table: row 1: verdict 'true' is not one of "
     "supported, disputed, unverified (or empty for not reviewed)"),
    (lambda f: f.assign(start=1.5), "cannot save this verdict table: row 1: start '1.5' is not a whole number"),
    (lambda f: f.assign(note=3), "cannot save this verdict table: row 1: note '3' is not text"),
    (lambda f: f.assign(note="a\x00b"), "cannot save this verdict table: row 1: note contains a NUL character, "
     "which a CSV cannot hold"),
    (lambda f: f.assign(note="\ud800"), "cannot save this verdict table: row 1: note contains a character that "
     "cannot be written as UTF-8 (a lone surrogate)"),
    (lambda f: pd.concat([f, f]), "cannot save this verdict table: row 2: claim 'c1' by analyst 'alice' is also "
     "in row 1"),
])
def test_save_refuses_bad_tables_and_writes_nothing(tmp_path: Path, change, problem: str) -> None:
    path = tmp_path / "x.verdicts.csv"
    with pytest.raises(VerdictError) as caught:
        save_verdicts(change(frame_of(make_row())), path)
    assert (str(caught.value), path.exists()) == (problem, False)


def test_save_never_overwrites_a_file_it_cannot_parse(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "x.verdicts.csv", HEADER, GOOD_LINE.replace("supported", "maybe"))
    before = path.read_bytes()
    with pytest.raises(VerdictFileError, match="line 2: verdict 'maybe'"):
        save_verdicts(frame_of(make_row(claim_id="c9")), path)
    assert path.read_bytes() == before


def test_save_keeps_the_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row()), path)
    path.chmod(0o640)
    save_verdicts(frame_of(make_row(claim_id="c2")), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_save_removes_temporary_files_left_by_a_killed_writer(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    stale = tmp_path / ".x.verdicts.csv.0123456789abcdef.tmp"
    other = tmp_path / ".y.verdicts.csv.0123456789abcdef.tmp"
    stale.write_text("half a file")
    other.write_text("someone else's")
    save_verdicts(frame_of(make_row()), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".y.verdicts.csv.0123456789abcdef.tmp", "x.verdicts.csv", "x.verdicts.csv.lock", "x.verdicts.journal.jsonl"]


# ---------------------------------------------------------------- concurrent edits and conflicts

def test_edits_to_different_rows_merge_without_conflict(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(claim_id="c1"), make_row(claim_id="c2", start=30, end=40)), path)
    read = load_verdicts(path)
    mine, theirs = read.copy(), read.copy()
    theirs.loc[theirs["claim_id"] == "c2", "verdict"] = "disputed"
    save_verdicts(theirs, path, base=read)
    mine.loc[mine["claim_id"] == "c1", "note"] = "checked"
    save_verdicts(mine, path, base=read)
    assert [(r["claim_id"], r["verdict"], r["note"]) for r in records(load_verdicts(path))] == [
        ("c1", "supported", "checked"), ("c2", "disputed", "")]
    assert not conflicts_path(path).exists()


def test_same_row_changed_on_both_sides_is_reported_and_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row()), path)
    read = load_verdicts(path)
    mine, theirs = read.copy(), read.copy()
    theirs["verdict"], theirs["updated_at"] = "disputed", "2026-11-22T16:00:00Z"
    save_verdicts(theirs, path, base=read)
    mine["verdict"], mine["updated_at"] = "unverified", "2026-11-22T16:00:05Z"
    with pytest.raises(ConflictError) as caught:
        save_verdicts(mine, path, base=read)
    assert str(caught.value) == (
        f"{path}: 1 row(s) changed on disk since you read them: claim c1 by alice (on disk: disputed, saved "
        "2026-11-22T16:00:00Z). Your version is saved; the other is kept in x.verdicts.conflicts.csv; "
        "compare the two and record the right verdict")
    disputed = make_row(verdict="disputed", updated_at="2026-11-22T16:00:00Z")
    assert records(caught.value.conflicts) == [disputed]
    assert records(load_verdicts(path)) == [make_row(verdict="unverified", updated_at="2026-11-22T16:00:05Z")]
    assert records(load_verdicts(conflicts_path(path))) == [disputed]
    save_verdicts(mine, path, base=mine)


@pytest.mark.parametrize(("on_disk", "mine", "kept", "filed"), [
    (make_row(), make_row(verdict="disputed", updated_at="2026-11-22T15:47:14Z"),
     make_row(verdict="disputed", updated_at="2026-11-22T15:47:14Z"), make_row()),
    (make_row(verdict="disputed", updated_at="2026-11-22T15:47:14Z"), make_row(),
     make_row(verdict="disputed", updated_at="2026-11-22T15:47:14Z"), make_row()),
    (make_row(), make_row(verdict="disputed"), make_row(), make_row(verdict="disputed")),
])
def test_a_frame_without_a_base_keeps_the_newer_version_and_files_the_other(tmp_path: Path, on_disk: dict,
                                                                            mine: dict, kept: dict,
                                                                            filed: dict) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(on_disk), path)
    with pytest.raises(ConflictError):
        save_verdicts(frame_of(mine), path)
    assert (records(load_verdicts(path)), records(load_verdicts(conflicts_path(path)))) == ([kept], [filed])


def test_an_unchanged_row_yields_to_a_newer_one_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row(), make_row(claim_id="c2", start=30, end=40)), path)
    stale = load_verdicts(path)
    fresh = stale.copy()
    fresh["verdict"] = "disputed"
    save_verdicts(fresh, path, base=stale)
    save_verdicts(stale, path, base=stale)
    assert [r["verdict"] for r in records(load_verdicts(path))] == ["disputed", "disputed"]


def test_the_same_change_on_both_sides_is_no_conflict(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row()), path)
    read = load_verdicts(path)
    first, second = read.copy(), read.copy()
    first["verdict"] = second["verdict"] = "disputed"
    save_verdicts(first, path, base=read)
    save_verdicts(second, path, base=read)
    assert (records(load_verdicts(path)), conflicts_path(path).exists()) == ([make_row(verdict="disputed")], False)


# ---------------------------------------------------------------- one analyst's rows

def test_record_verdict_saves_the_row_and_returns_it(source: Path, claim_ids: list[str]) -> None:
    claim = extract_claims(source)[list(CLAIM_COLUMNS)].iloc[3]
    row = record_verdict(source, claim_ids[3], "disputed", note="=see p. 3", evidence="https://e.x", analyst="ann")
    expected = {**claim.to_dict(), "verdict": "disputed", "note": "=see p. 3", "evidence": "https://e.x",
                "analyst": "ann", "updated_at": row["updated_at"], "source_sha256": load_source(source).sha256,
                "origin": "extracted", "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    assert row.to_dict() == expected
    assert records(load_verdicts(verdicts_path(source))) == [expected]
    assert csvformat.is_timestamp(row["updated_at"])


def test_record_verdict_updates_undoes_and_keeps_other_analysts(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    record_verdict(source, claim_ids[0], "unverified", analyst="bob")
    record_verdict(source, claim_ids[0], "disputed", note="n", analyst="ann")
    record_verdict(source, claim_ids[0], "", analyst="bob")
    table = load_verdicts(verdicts_path(source))
    assert [(r["analyst"], r["verdict"], r["note"]) for r in records(table)] == [
        ("ann", "disputed", "n"), ("bob", "", "")]


def test_record_verdict_uses_the_environment_analyst(source: Path, claim_ids: list[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_ANALYST", "from-env")
    assert record_verdict(source, claim_ids[0], "supported")["analyst"] == "from-env"


@pytest.mark.parametrize(("verdict", "note", "problem"), [
    ("maybe", "", "verdict 'maybe' is not one of supported, disputed, unverified (or empty for not reviewed)"),
    ("Supported", "", "verdict 'Supported' is not one of supported, disputed, unverified (or empty for not "
                      "reviewed)"),
    ("supported", "a\x00", "note contains a NUL character, which a CSV cannot hold"),
])
def test_record_verdict_refuses_bad_values(source: Path, claim_ids: list[str], verdict: str, note: str,
                                           problem: str) -> None:
    with pytest.raises(VerdictError) as caught:
        record_verdict(source, claim_ids[0], verdict, note=note, analyst="ann")
    assert (str(caught.value), verdicts_path(source).exists()) == (problem, False)


def test_record_verdict_on_an_unknown_claim_says_how_to_list_ids(source: Path) -> None:
    with pytest.raises(VerdictError) as caught:
        record_verdict(source, "nope", "supported", analyst="ann")
    assert str(caught.value) == (f"{source}: has no claim with id 'nope'; list the ids with "
                                 f"`python -m claims extract {source}`")


def test_record_verdict_never_overwrites_a_bad_file(source: Path, claim_ids: list[str]) -> None:
    path = write_lines(verdicts_path(source), HEADER, "broken")
    before = path.read_bytes()
    with pytest.raises(VerdictFileError, match="line 2: has 1 fields"):
        record_verdict(source, claim_ids[0], "supported", analyst="ann")
    assert path.read_bytes() == before


def test_record_verdict_with_a_stale_expected_row_reports_a_conflict(source: Path, claim_ids: list[str]) -> None:
    seen = review_table(source, "ann").iloc[0]
    other = record_verdict(source, claim_ids[0], "supported", analyst="ann")
    with pytest.raises(ConflictError) as caught:
        record_verdict(source, claim_ids[0], "disputed", analyst="ann", expected=seen)
    assert records(caught.value.conflicts) == [other.to_dict()]
    assert records(load_verdicts(verdicts_path(source)))[0]["verdict"] == "disputed"


def test_set_dismissed_marks_and_restores_keeping_the_verdict(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[1], "supported", analyst="ann")
    marked = set_dismissed(source, claim_ids[1], analyst="ann")
    restored = set_dismissed(source, claim_ids[1], dismissed=False, analyst="ann")
    assert [(r["verdict"], r["dismissed"]) for r in (marked, restored)] == [("supported", "yes"), ("supported", "")]


def test_review_table_lists_every_claim_with_this_analysts_review(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[2], "supported", note="mine", analyst="ann")
    record_verdict(source, claim_ids[4], "disputed", analyst="bob")
    table = review_table(source, "ann")
    assert list(table.columns) == [*VERDICT_COLUMNS, "orphan"]
    assert table["claim_id"].tolist() == claim_ids
    assert [(r.verdict, r.note, r.analyst) for r in table.itertuples() if r.verdict or r.note] == [
        ("supported", "mine", "ann")]
    assert (table["analyst"].unique().tolist(), table["orphan"].any()) == (["ann"], False)


def test_review_table_reanchors_moved_and_edited_quotes(source: Path, claim_ids: list[str]) -> None:
    claims = extract_claims(source)
    record_verdict(source, claim_ids[5], "supported", analyst="ann")
    original = source.read_text(encoding="utf-8")
    quote = claims.loc[5, "quote"]
    edited = quote.replace(quote.split()[2], quote.split()[2] + "s", 1)
    source.write_text("A new first paragraph.\n\n" + original.replace(quote, edited), encoding="utf-8")
    row = review_table(source, "ann").set_index("claim_id").loc[claim_ids[5]]
    text = load_source(source).text
    assert (row["verdict"], row["orphan"], text[row["start"]:row["end"]], row["quote"]) == (
        "supported", False, edited, edited)


def test_review_table_keeps_an_unfindable_quote_as_an_orphan(source: Path, claim_ids: list[str]) -> None:
    claims = extract_claims(source)
    quote = "the Council's new wellbeing campaign"
    original = source.read_text(encoding="utf-8")
    source.write_text(original + "\n" + quote + " reached everyone.\n", encoding="utf-8")
    added = add_claim(source, quote, speaker="Norfolk County Council", analyst="ann")
    record_verdict(source, added["claim_id"], "unverified", analyst="ann")
    source.write_text(original, encoding="utf-8")
    table = review_table(source, "ann")
    last = table.iloc[-1]
    assert (len(table), last["claim_id"], last["verdict"], bool(last["orphan"]), last["start"]) == (
        len(claims) + 1, added["claim_id"], "unverified", True, added["start"])


def test_add_claim_finds_the_quote_and_saves_an_unreviewed_row(source: Path) -> None:
    text = load_source(source)
    quote = text.text[20:60].strip()
    row = add_claim(source, f"  {quote}\n", speaker=" Someone ", analyst="ann")
    start = text.text.index(quote)
    assert row.to_dict() == {
        "claim_id": row["claim_id"], "source": text.name, "speaker": "Someone", "claim": " ".join(quote.split()),
        "quote": quote, "start": start, "end": start + len(quote), "verdict": "", "note": "", "evidence": "",
        "analyst": "ann", "updated_at": row["updated_at"], "source_sha256": text.sha256, "origin": "added",
        "dismissed": "", "original_speaker": "", "original_claim": "", "original_quote": "", "speaker_checked": ""}
    assert review_table(source, "bob").set_index("claim_id").loc[row["claim_id"], "origin"] == "added"


def test_add_claim_needs_start_when_the_quote_repeats(source: Path) -> None:
    text = load_source(source).text
    offsets = occurrences(text, "Norfolk")
    with pytest.raises(VerdictError) as caught:
        add_claim(source, "Norfolk", analyst="ann")
    assert str(caught.value).startswith(f"{source}: the quote “Norfolk” occurs {len(offsets)} times (it starts "
                                        f"at {offsets[0]}, {offsets[1]}")
    row = add_claim(source, "Norfolk", start=offsets[1], analyst="ann", inside="separate")
    assert (row["start"], row["end"]) == (offsets[1], offsets[1] + 7)


@pytest.mark.parametrize(("quote", "problem"), [
    ("   ", "the quote is empty; paste the claim's words exactly as the source text has them"),
    ("zebra crossings in Narnia", "the quote “zebra crossings in Narnia” is not in the text; paste it as "
                                  "the source text has it"),
])
def test_add_claim_refuses_quotes_it_cannot_place(source: Path, quote: str, problem: str) -> None:
    with pytest.raises(VerdictError) as caught:
        add_claim(source, quote, analyst="ann")
    assert str(caught.value) in (problem, f"{source}: {problem}")


def test_add_claim_refuses_an_existing_claim(source: Path) -> None:
    claim = extract_claims(source).iloc[0]
    with pytest.raises(VerdictError) as caught:
        add_claim(source, claim["quote"], start=int(claim["start"]), analyst="ann")
    assert str(caught.value) == f"{source}: this quote is already claim {claim['claim_id']}; review that claim instead"


def test_summarise_counts_per_source_and_analyst(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    record_verdict(source, claim_ids[1], "disputed", analyst="ann")
    record_verdict(source, claim_ids[2], "supported", analyst="ann")
    set_dismissed(source, claim_ids[2], analyst="ann")
    record_verdict(source, claim_ids[0], "unverified", analyst="bob")
    table = summarise([source.parent])
    other = source.parent / "000_f0f58b44150a9287.txt"
    assert table.to_dict("records")[1:] == [
        {"source": str(source), "analyst": "ann", "claims": len(claim_ids), "reviewed": 2, "supported": 1,
         "disputed": 1, "unverified": 0, "dismissed": 1, "orphans": 0, "conflicts": 0},
        {"source": str(source), "analyst": "bob", "claims": len(claim_ids), "reviewed": 1, "supported": 0,
         "disputed": 0, "unverified": 1, "dismissed": 0, "orphans": 0, "conflicts": 0},
    ]
    assert table.iloc[0]["source"] == str(other) and table.iloc[0]["reviewed"] == 0


# ---------------------------------------------------------------- property-based round trips

SPECIALS = ['"', ",", ";", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", "\ufeff", " ",
            "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\u2028", "\x85", "é", "’"]
CELL = st.lists(st.sampled_from(SPECIALS) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=4),
    max_size=6).map("".join)
KEY = CELL.map(store.key_cell).filter(lambda s: s.strip() != "" and store.key_cell(s) == s)
"""A key cell as the store keeps it: hand-edit forms (outer spaces, Excel's ="...") are normalised on read."""
NAME = KEY.filter(lambda s: not store.analyst_problem(s))
ROW = st.fixed_dictionaries({
    "claim_id": KEY, "source": CELL, "speaker": CELL, "claim": CELL, "quote": CELL,
    "start": st.integers(0, 10**6), "length": st.integers(0, 500),
    "verdict": st.sampled_from(("", "supported", "disputed", "unverified")), "note": CELL, "evidence": CELL,
    "analyst": NAME, "updated_at": st.sampled_from(("", "2026-11-22T15:47:13Z")),
    "source_sha256": st.sampled_from(("", SHA)), "origin": st.sampled_from(ORIGINS),
    "dismissed": st.sampled_from(("", "yes")),
    "original_speaker": CELL, "original_claim": CELL, "original_quote": CELL,
    "speaker_checked": st.sampled_from(("", "yes"))})
ROWS = st.lists(ROW, min_size=1, max_size=4, unique_by=lambda r: (r["claim_id"], r["analyst"])).map(
    lambda rows: [{**{k: v for k, v in r.items() if k != "length"}, "end": r["start"] + r["length"]} for r in rows])


def _ordered(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Rows in the store's order, with columns in file order."""
    return store.sort_records([{c: r[c] for c in VERDICT_COLUMNS} for r in rows])


@settings(max_examples=80, deadline=None)
@given(ROWS)
def test_render_then_parse_round_trips_and_fifty_cycles_change_nothing(rows: list[dict[str, object]]) -> None:
    data = render_verdicts(_ordered(rows))
    again = data
    for _ in range(50):
        parsed, problems = parse_verdicts(again, "x.verdicts.csv")
        assert problems == []
        again = render_verdicts(parsed)
    assert (parse_verdicts(data, "x.verdicts.csv")[0], again) == (_ordered(rows), data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS)
def test_saved_files_round_trip_through_the_store_and_pandas(rows: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.verdicts.csv"
        save_verdicts(frame_of(*rows), path)
        loaded = records(load_verdicts(path))
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        via_pandas = [{c: int(v) if c in ("start", "end") else unescape_cell(v) for c, v in r.items()}
                      for r in table.to_dict("records")]
        assert (loaded, via_pandas) == (_ordered(rows), _ordered(rows))
        assert sorted(os.listdir(folder)) == ["x.verdicts.csv", "x.verdicts.csv.lock", "x.verdicts.journal.jsonl"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        save_verdicts(frame_of(make_row()), tmp_path / "x.verdicts.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "x.verdicts.csv").stat().st_mode & 0o777 == 0o640


def test_review_table_lists_a_reworded_reviewed_claim_once(source: Path, claim_ids: list[str]) -> None:
    claims = extract_claims(source)
    record_verdict(source, claim_ids[5], "supported", analyst="ann")
    quote = claims.loc[5, "quote"]
    words = quote.split()
    edited = quote.replace(words[2], words[2] + "s", 1)
    source.write_text(source.read_text(encoding="utf-8").replace(quote, edited), encoding="utf-8")
    table = review_table(source, "bob")
    fresh = extract_claims(source)
    new_id = fresh.loc[fresh["quote"] == edited, "claim_id"].tolist()
    assert (len(new_id), len(table), new_id[0] in table["claim_id"].tolist()) == (1, len(fresh), False)
    assert table.set_index("claim_id").loc[claim_ids[5], ["quote", "verdict", "orphan"]].tolist() == [edited, "", False]


# ---------------------------------------------------------------- the parse cache and the fast paths

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ROWS, CELL)
def test_what_the_cache_holds_after_a_save_is_what_parsing_the_file_gives(rows: list[dict[str, object]],
                                                                        note: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.verdicts.csv"
        save_verdicts(frame_of(*rows[1:]), path)
        try:
            save_verdicts(frame_of(*[{**row, "note": note} for row in rows[::2]]), path)
        except ConflictError:
            pass
        for saved, unique in ((path, True), (conflicts_path(path), False)):
            if saved.exists():
                digest = hashlib.sha256(saved.read_bytes()).digest()
                assert cache.cached(saved, unique, digest) is not None, "a save remembers what it wrote"
                snapshot, data = store.read_snapshot(saved, unique=unique)
                fresh = parse_verdicts(saved.read_bytes(), saved, unique=unique)[0]
                assert (snapshot.records, [row.line for row in snapshot.rows]) == (fresh, csvformat.render_lines(fresh))
                assert (data, csvformat.HEAD + b"".join(row.line for row in snapshot.rows)) == (saved.read_bytes(),) * 2


def _review_session(source: Path, ids: list[str], cold: bool) -> tuple[bytes, bytes]:
    """Record, dismiss, undo and conflict on a source, optionally forgetting every parse before each step."""
    steps = [lambda: record_verdict(source, ids[0], "supported", note="=1+1\r\nsecond line", analyst="ann"),
             lambda: record_verdict(source, ids[3], "disputed", note="'quoted', \"and\"; more", analyst="bob"),
             lambda: set_dismissed(source, ids[5], analyst="ann"),
             lambda: record_verdict(source, ids[0], "", analyst="ann"),
             lambda: add_claim(source, source.read_text(encoding="utf-8")[5:60], analyst="bob"),
             lambda: record_verdict(source, ids[3], "unverified", analyst="bob",
                                    expected=pd.Series(make_row(claim_id=ids[3], analyst="bob")))]
    for step in steps:
        if cold:
            store.clear_cache()
        try:
            step()
        except ConflictError:
            pass
    path = verdicts_path(source)
    return path.read_bytes(), conflicts_path(path).read_bytes()


def test_saving_from_the_cache_writes_what_saving_from_a_fresh_parse_writes(
        seeds_copy: Path, tmp_path: Path, claim_ids: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_table, "now_utc", lambda: "2026-11-22T15:47:13Z")
    other = tmp_path / "other"
    other.mkdir()
    name = "001_171feed66f9bd120.txt"
    (other / name).write_bytes((seeds_copy / name).read_bytes())
    warm, cold = _review_session(seeds_copy / name, claim_ids, False), _review_session(other / name, claim_ids, True)
    assert (warm, len(load_verdicts(verdicts_path(seeds_copy / name)))) == (cold, 4)


def test_a_change_of_the_same_size_and_time_on_disk_is_still_seen(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", note="aaaa", analyst="ann")
    path = verdicts_path(source)
    before = path.stat()
    path.write_bytes(path.read_bytes().replace(b"aaaa", b"bbbb"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    record_verdict(source, claim_ids[1], "disputed", analyst="ann")
    assert load_verdicts(path)[["claim_id", "note"]].values.tolist() == [[claim_ids[0], "bbbb"], [claim_ids[1], ""]]


def test_a_file_spoiled_after_it_was_cached_is_refused_and_kept(source: Path, claim_ids: list[str]) -> None:
    record_verdict(source, claim_ids[0], "supported", analyst="ann")
    path = verdicts_path(source)
    spoiled = path.read_bytes().replace(b"supported", b"maybe")
    path.write_bytes(spoiled)
    with pytest.raises(VerdictFileError, match="line 2: verdict 'maybe'"):
        record_verdict(source, claim_ids[1], "disputed", analyst="ann")
    assert path.read_bytes() == spoiled


def test_records_read_from_the_cache_can_be_changed_without_harm(tmp_path: Path) -> None:
    path = tmp_path / "x.verdicts.csv"
    save_verdicts(frame_of(make_row()), path)
    store.read_records(path)[0][0]["note"] = "changed by a caller"
    assert (store.read_records(path)[0], records(load_verdicts(path))) == ([make_row()], [make_row()])


def test_the_cache_forgets_the_least_recently_used_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "CACHE_FILES", 2)
    store.clear_cache()
    paths = [tmp_path / f"{name}.verdicts.csv" for name in "abc"]
    for path in paths:
        save_verdicts(frame_of(make_row()), path)
    store.read_records(paths[1])
    assert [Path(name).name for name, _ in cache.parse_cache] == ["c.verdicts.csv", "b.verdicts.csv"]


VALUES = {
    "claim_id": ["c1", " x ", "", "  ", "\u2028"],
    "start": ["0", "10", "007", "", "-1", "1.5", "\u0661", "²", " 1"],
    "end": ["0", "20", "10", "99999999999999999999", "x", "١٢"],
    "verdict": ["", "supported", "disputed", "unverified", "maybe", "Supported", " supported"],
    "analyst": ["alice", "ann bee", "", " ", "a\nb", "a\u2028b", "bob\x85"],
    "updated_at": ["", "2026-11-22T15:47:13Z", "2026-02-30T15:47:13Z", "2026-11-22 15:47:13", "x",
                   "2026-11-22T15:47:13Z\n"],
    "source_sha256": ["", SHA, SHA.upper(), "abc", SHA + "\n"],
    "origin": ["extracted", "added", "", "guessed"],
    "dismissed": ["", "yes", "no", "YES"],
    "speaker_checked": ["", "yes", "no", "Yes", " yes"],
}


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({column: st.sampled_from(options) for column, options in VALUES.items()}), st.booleans())
def test_the_quick_row_check_agrees_with_row_problems(changes: dict[str, str], seen_before: bool) -> None:
    cells = {column: str(value) for column, value in {**make_row(), **changes}.items()}
    known = ({"alice"}, {"2026-11-22T15:47:13Z"}, {SHA}) if seen_before else (set(), set(), set())
    values = [cells[column] for column in VERDICT_COLUMNS]
    assert csvformat.looks_fine(values, known) == (csvformat.row_problems(cells) == [])


# ---------------------------------------------------------------- outputs never replace what the workbench keeps

@pytest.mark.parametrize(("name", "problem"), [
    ("a.txt", "is a source text"), ("a.verdicts.csv", "is a verdict file"),
    ("a.verdicts.conflicts.csv", "is a conflicts file"),
    ("a.verdicts.journal.jsonl", "is a verdict file's history or lock"),
    ("a.verdicts.csv.lock", "is a verdict file's history or lock"), ("a.final.csv", "is a file of final verdicts"),
    ("page.txt.provenance.json", "is an imported text's provenance"),
    ("page.pdf", "is the original of an imported text"), ("in.json", "is one of the input files"),
    ("out.json", ""), ("page.report.html", ""), ("other.pdf", ""),
])
def test_output_problem_names_every_file_the_workbench_keeps(tmp_path: Path, name: str, problem: str) -> None:
    (tmp_path / "page.txt").write_text("x", encoding="utf-8")
    (tmp_path / "page.txt.provenance.json").write_text("{}", encoding="utf-8")
    assert store.paths.output_problem(tmp_path / name, [tmp_path / "in.json"]) == problem


def test_check_output_names_the_file_and_the_option_to_use(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        store.check_output(tmp_path / "a.final.csv", example="-o report.html")
    assert str(caught.value) == (f"{tmp_path / 'a.final.csv'}: is a file of final verdicts; it was not changed; "
                                 "write the output to a new file (for example with -o report.html)")
