"""An analyst's changes to a source's list of claims: add a missed claim, correct, split or merge claims,
take back an added claim, resolve a conflict; and the counts of such changes.

Above `claims.verdicts` (which saves one row per decision): each change here is one or two rows saved
through `verdicts.change_row`, with the pure rules of `claims.corrections`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .anchor import find_quote, occurrences
from .corrections import corrected, loose_matches, merged, show_text, split_offset, split_parts, statement_of
from .extract import claim_id_for
from .extract.parties import Party, menu, named_parties
from .extract.surface import working_copy
from .model import EDITED_ORIGINS, VERDICT_COLUMNS, Source, VerdictError, VerdictFileError, shell_word
from .placing import extracted_records, fresh_id
from .sources import load_source
from .store.analysts import resolve_analyst
from .store.cache import read_records
from .store.csvformat import Record, show_value
from .store.merge import clear_conflicts, row_conflicts
from .store.merge import remove_row as store_remove_row
from .store.paths import conflicts_path, verdicts_path
from .verdicts import change_claims, change_row, review_table, source_paths


class InsideClaimError(VerdictError):
    """A pasted quote lies inside an existing claim: split that claim, or add the quote as a separate claim.

    `claim_id` names the claim it lies in.
    """

    claim_id: str = ""


ADD_INSIDE: tuple[str, ...] = ("refuse", "split", "separate")
"""What add_claim does with a quote inside an existing claim: ask (InsideClaimError), split it, add anyway."""


def add_claim(source: str | Path, quote: str, speaker: str = "", claim: str = "", start: int | None = None,
              analyst: str | None = None, *, inside: str = "refuse") -> pd.Series:
    """Add a claim the extractor missed by its quote; save an unreviewed row; return it.

    The quote is found whatever its style (straight or curly marks, no-break spaces, a line break
    inside it). A quote inside an existing claim raises InsideClaimError unless `inside` is `split`
    (that claim is split so that the quote is a claim of its own) or `separate` (added beside it).
    """
    text = load_source(source)
    if not quote.strip():
        raise VerdictError("the quote is empty; paste the claim's words exactly as the source text has them")
    where, end = _place_quote(text, quote.strip(), start)
    container = _claim_around(source, where, end, analyst)
    if container is not None and inside != "separate":
        if inside == "split":
            return _split_out(source, container, where, end, analyst)
        error = InsideClaimError(f"{text.path}: the quote {show_text(text.text[where:end])} lies inside claim "
                                 f"{container['claim_id']} ({show_text(container['quote'])}); split that claim, "
                                 "or add the quote as a separate claim")
        error.claim_id = str(container["claim_id"])
        raise error
    found = text.text[where:end]
    claim_id = claim_id_for(text.name, found, occurrences(text.text, found).index(where))
    _refuse_known_claim(text, claim_id, where, end)
    columns = {"claim_id": claim_id, "source": text.name, "speaker": speaker.strip(),
               "claim": claim.strip() or statement_of(found), "quote": found,
               "start": where, "end": end, "origin": "added"}
    return change_row(source, claim_id, analyst, {}, claim=columns)


def _claim_around(source: str | Path, start: int, end: int, analyst: str | None) -> Record | None:
    """Return the claim (not dismissed) whose span holds start-end and is longer, or None."""
    table = review_table(source, analyst)
    inside = table[(table["start"] <= start) & (table["end"] >= end) & (table["end"] - table["start"] > end - start)
                   & (table["dismissed"] != "yes") & ~table["orphan"]]
    return None if inside.empty else {str(k): v for k, v in inside.iloc[0].items()}


def _split_out(source: str | Path, container: Record, start: int, end: int, analyst: str | None) -> pd.Series:
    """Split a claim so that start-end is a claim of its own; return that claim's row."""
    part = container
    if start > int(str(part["start"])):
        part = _record_of(split_claim(source, str(part["claim_id"]), start, analyst)[1])
    if end < int(str(part["end"])):
        part = _record_of(split_claim(source, str(part["claim_id"]), end, analyst)[0])
    return _placed_series(source, str(part["claim_id"]), analyst)


def _record_of(row: pd.Series) -> Record:
    """Return a saved row as a record."""
    return {str(k): v for k, v in row.items()}


def _placed_series(source: str | Path, claim_id: str, analyst: str | None) -> pd.Series:
    """Return one claim of this analyst's review table as saved (VERDICT_COLUMNS)."""
    return pd.Series(_placed_row(source, claim_id, analyst), index=list(VERDICT_COLUMNS))


def _place_quote(source: Source, quote: str, start: int | None) -> tuple[int, int]:
    """Return where quote is in the source (any quote style): its only place, or the one at start; else VerdictError."""
    exact = occurrences(source.text, quote)
    found = [(at, at + len(quote)) for at in exact] or loose_matches(source.text, quote)
    if not found:
        near = find_quote(source.text, quote)
        hint = (f"; the closest passage, at {near.start}, reads {show_text(source.text[near.start:near.end], 80)}"
                if near.found else "")
        raise VerdictError(f"{source.path}: the quote {show_text(quote)} is not in the text{hint}; paste it "
                           "as the source text has it")
    if start is None and len(found) == 1:
        return found[0]
    chosen = [span for span in found if span[0] == start]
    if chosen:
        return chosen[0]
    offsets = ", ".join(str(at) for at, _ in found[:10]) + (", ..." if len(found) > 10 else "")
    said = f"is not at {start}" if start is not None else f"occurs {len(found)} times"
    raise VerdictError(f"{source.path}: the quote {show_text(quote)} {said} (it starts at {offsets}); "
                       "pass start=OFFSET (--start OFFSET) to pick one")


def _refuse_known_claim(source: Source, claim_id: str, start: int, end: int) -> None:
    """Raise VerdictError when the claim already exists, extracted or in the file."""
    for row in [*extracted_records(source), *read_records(verdicts_path(source.path))[0]]:
        if row["claim_id"] == claim_id or (row["start"], row["end"]) == (start, end):
            raise VerdictError(f"{source.path}: this quote is already claim {row['claim_id']}; "
                               "review that claim instead")


def remove_added_claim(source: str | Path, claim_id: str, analyst: str | None = None) -> None:
    """Take back a claim this analyst added: its row leaves the file (journalled), no dismissed row stays."""
    name = resolve_analyst(analyst)
    path = verdicts_path(source)
    row = next((r for r in read_records(path)[0] if r["claim_id"] == claim_id and r["analyst"] == name), None)
    if row is None or row["origin"] != "added":
        raise VerdictError(f"{path}: claim {show_text(claim_id)} is no claim {name} added; only an added claim "
                           "can be taken back (mark others 'not a claim')")
    store_remove_row(path, (claim_id, name))


def conflicts_of(source: str | Path, claim_id: str, analyst: str | None = None) -> list[Record]:
    """Return the versions of this analyst's row for a claim that lost a conflict, oldest first."""
    return row_conflicts(verdicts_path(source), (claim_id, resolve_analyst(analyst)))


RESOLUTIONS: tuple[str, ...] = ("mine", "theirs", "combine")
"""How a conflict is resolved: keep the saved row, take the other version's decision, or combine the notes."""


def resolve_conflict(source: str | Path, claim_id: str, choice: str, analyst: str | None = None) -> pd.Series:
    """Resolve a row's conflict: keep mine, take theirs, or combine the notes and evidence; clear it; return the row."""
    if choice not in RESOLUTIONS:
        raise VerdictError(f"resolution {show_text(choice)} is not one of {', '.join(RESOLUTIONS)}")
    name = resolve_analyst(analyst)
    lost = conflicts_of(source, claim_id, name)
    if not lost:
        raise VerdictError(f"{conflicts_path(verdicts_path(source))}: holds no other version of claim "
                           f"{claim_id} by {name}; there is nothing to resolve")
    theirs = lost[-1]
    mine = _placed_row(source, claim_id, name)
    row = change_row(source, claim_id, name, resolution(choice, mine, theirs))
    clear_conflicts(verdicts_path(source), (claim_id, name))
    return row


def resolution(choice: str, mine: Mapping[str, object], theirs: Mapping[str, object]) -> dict[str, str]:
    """Return the decision a resolution saves: mine as it is, theirs, or mine with both notes and evidence."""
    if choice == "mine":
        return {}
    if choice == "theirs":
        return {c: str(theirs.get(c, "")) for c in ("verdict", "note", "evidence", "dismissed", "speaker_checked")}
    return {c: "\n".join(dict.fromkeys(v for v in (str(mine[c]).strip(), str(theirs[c]).strip()) if v))
            for c in ("note", "evidence")}


def speakers_found(source: str | Path) -> list[str]:
    """Return the speakers the extractor found in a source text and those saved for it (sorted, case ignored), then the other
    parties the text names (in order of first mention), each once (case and spaces folded), spelled as the text does."""
    text = load_source(source)
    names = {str(r["speaker"]) for r in extracted_records(text)}
    names |= {str(r["speaker"]) for r in read_records(verdicts_path(source))[0]}
    return menu(sorted(names, key=str.casefold), text_parties(text.text))


@lru_cache(maxsize=8)
def text_parties(text: str) -> tuple[Party, ...]:
    """The parties a text names, read once per text: the board asks again after every decision, the text stays."""
    return tuple(named_parties(working_copy(text)))


def correct_claim(source: str | Path, claim_id: str, *, speaker: str | None = None, claim: str | None = None,
                  start: int | None = None, end: int | None = None, analyst: str | None = None) -> pd.Series:
    """Correct a claim's speaker, statement or span (None: keep) in this analyst's row; return the row saved.

    The extractor's original speaker, statement and quote are kept in the row's `original_*` columns.
    """
    row, text = _placed_row(source, claim_id, analyst), load_source(source)
    columns = corrected(row, text.text, speaker=speaker, claim=claim, start=start, end=end)
    return change_row(source, claim_id, analyst, {}, claim={**_claim_keys(row), **columns})


def split_claim(source: str | Path, claim_id: str, at: int | str,
                analyst: str | None = None) -> tuple[pd.Series, pd.Series]:
    """Split a claim in two at a text offset, or where the given words begin; return both rows saved.

    The first part keeps the claim's id (and its review); the second gets a new id. Both are `split`.
    """
    row, text = _placed_row(source, claim_id, analyst), load_source(source)
    offset = split_offset(row, at) if isinstance(at, str) else at
    first, second = split_parts(row, text.text, offset)
    second_id = _new_id(text, str(second["quote"]), int(str(second["start"])))
    saved, other = change_claims(source, analyst, [{**_claim_keys(row), **first},
                                                   {**_claim_keys(row), **second, "claim_id": second_id}])
    return saved, other  # one write: a failing save leaves the claim whole, never a part of it without a claim


def merge_claims(source: str | Path, first_id: str, second_id: str, analyst: str | None = None) -> pd.Series:
    """Merge two neighbouring claims of one paragraph into the first; the second is dismissed (`merged`)."""
    first, second = _placed_row(source, first_id, analyst), _placed_row(source, second_id, analyst)
    text = load_source(source)
    whole, gone = merged(first, second, text.text)
    if int(str(first["start"])) > int(str(second["start"])):
        first, second = second, first
    widened, _ = change_claims(source, analyst, [{**_claim_keys(first), **whole}, {**_claim_keys(second), **gone}])
    return widened  # one write: a failing save leaves both claims as they were


def _placed_row(source: str | Path, claim_id: str, analyst: str | None) -> Record:
    """Return one claim of this analyst's review table as a record; VerdictError when there is none."""
    table = review_table(source, analyst)
    found = table[table["claim_id"] == claim_id]
    if found.empty:
        raise VerdictError(f"{source}: has no claim with id {show_value(claim_id)}; list the ids with "
                           f"`python -m claims status {shell_word(source)}` or the board's claim list")
    return {str(k): v for k, v in found.iloc[0].items()}


def _claim_keys(row: Mapping[str, object]) -> Record:
    """Return the id and source of a claim row (the parts a correction never changes)."""
    return {"claim_id": str(row["claim_id"]), "source": str(row["source"])}


def _new_id(text: Source, quote: str, start: int) -> str:
    """Return an id for a new claim at start that no extracted claim and no saved row has."""
    found = occurrences(text.text, quote)
    used = {str(r["claim_id"]) for r in [*extracted_records(text), *read_records(verdicts_path(text.path))[0]]}
    claim_id = claim_id_for(text.name, quote, found.index(start) if start in found else len(found))
    return claim_id if claim_id not in used else fresh_id(text, quote, used)


EDIT_COLUMNS: tuple[str, ...] = ("corrected", "added")
"""What analysts changed in the claims: rows corrected, split or merged; claims added."""


def edit_counts(origins: Iterable[object]) -> dict[str, int]:
    """Count rows an analyst corrected (corrected, split, merged) and claims added, from the rows' origins."""
    origins = [str(o) for o in origins]
    return {"corrected": sum(o in EDITED_ORIGINS for o in origins), "added": origins.count("added")}


def edits_by_analyst(paths: Iterable[str | Path], analyst: str | None = None) -> pd.DataFrame:
    """Per source and analyst (the given one only, when given): rows corrected and claims added."""
    rows = []
    for source in source_paths(paths):
        try:
            disk, _ = read_records(verdicts_path(source))
        except VerdictFileError:
            continue
        for name in sorted({str(r["analyst"]) for r in disk if analyst in (None, r["analyst"])}):
            rows.append({"source": str(source), "analyst": name,
                         **edit_counts(r["origin"] for r in disk if r["analyst"] == name)})
    return pd.DataFrame(rows, columns=["source", "analyst", *EDIT_COLUMNS])
