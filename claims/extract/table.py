"""The claims table: attributed spans to rows with stable ids, exact quotes, speaker kinds and cues."""
from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..model import EXTRACT_COLUMNS, Claim, Source
from ..sources import load_source
from .attribution import attributed_spans
from .attribution.code_speakers import unresolve_codes
from .attribution.cut_names import whole_cut_names
from .attribution.document_makers import name_document_makers
from .attribution.earlier_versions import drop_earlier_versions
from .attribution.heading_speakers import unresolve_headings
from .attribution.lettered_documents import name_lettered_documents
from .attribution.measure_speakers import unresolve_measures
from .attribution.month_tails import without_month_tails
from .attribution.lettered_makers import name_title_makers
from .attribution.place_speakers import unresolve_places
from .attribution.name_words import name_speakers
from .attribution.apposed_holders import holder_speakers
from .attribution.run_on_names import trim_run_on_names
from .attribution.capital_references import capital_reference_kinds
from .confidence import row_confidence, share_of
from .cut_leads import join_cut_leads
from .empty_rows import drop_empty_rows
from .inline_commas import with_closing_mark
from .resumed_clauses import join_resumed_clauses
from .standalone import plain_statement, standalone
from .statements import mend_statements
from .participle_openings import past_participle_openings
from .perfect_auxiliaries import with_perfect_auxiliaries
from .stubs import mend_stubs
from .surface import working_copy
from .text_caches import forget_texts


class Row(NamedTuple):
    """One row of the extractor's table: a Claim's fields, then `speaker_kind`, `cue` and `speaker_confidence`."""

    claim_id: str
    source: str
    speaker: str
    claim: str
    quote: str
    start: int
    end: int
    speaker_kind: str
    cue: str
    speaker_confidence: float = float("nan")


def claim_id_for(source_name: str, quote: str, occurrence: int) -> str:
    """Return a stable id from the source's name, the quote (white space folded) and its occurrence."""
    return _claim_id(source_name, normalise(quote).casefold(), occurrence)


def _claim_id(source_name: str, folded: str, occurrence: int) -> str:
    """Return a claim's id from its source's name, its quote already folded (`normalise`, casefold) and occurrence."""
    key = "\x1f".join((source_name, folded, str(occurrence)))
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def normalise(text: str) -> str:
    """Fold all runs of white space (no-break spaces and newlines included) into single spaces."""
    return " ".join(text.split())


def readable(quote: str) -> str:
    """Turn a quoted item into a standalone statement: folded spaces, capital first, full stop last."""
    return plain_statement(normalise(quote))


def extract_claims(source: Source | str | Path) -> pd.DataFrame:
    """Return the claims in a source text, one row per atomic claim, in text order (EXTRACT_COLUMNS)."""
    if not isinstance(source, Source):
        source = load_source(source)
    return extract_text(source.text, source.name)


def extract_text(text: str, name: str = "pasted text") -> pd.DataFrame:
    """Return the claims of a text held in memory (not saved anywhere), its rows' `source` being `name`."""
    return claims_frame(find_rows(text, name))


def _pandas_module(name: str) -> object:
    """Return one of pandas' inner modules by name, or None when this pandas has no such module."""
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - another pandas layout: the table is built through `pd.DataFrame`
        return None


_NUMERIC_COLUMNS: dict[str, type] = {"start": np.int64, "end": np.int64, "speaker_confidence": np.float64}
"""The table's columns of numbers and their dtypes; every other column holds text."""
TEXT_DTYPE = pd.Series(["x"]).dtype
"""The dtype pandas infers for a column of strings (`str` since pandas 3, `object` before)."""
_TEXT_ARRAY = TEXT_DTYPE.construct_array_type() if isinstance(TEXT_DTYPE, pd.StringDtype) else None
"""The array type of that dtype (pandas' string array), looked up once."""
_arrays_to_mgr = getattr(_pandas_module("pandas.core.internals.construction"), "arrays_to_mgr", None)
"""pandas' own step from column arrays to a table's blocks (`pd.DataFrame` of a dict of columns ends in it)."""
_from_mgr = getattr(pd.DataFrame, "_from_mgr", None)
"""pandas' own way to wrap those blocks as a table; both None in a pandas without them (then `pd.DataFrame`)."""
_COLUMNS = pd.Index(list(EXTRACT_COLUMNS))
"""The table's column index, made once; each table gets its own view of it (its `name` may be set)."""


def claims_frame(rows: list[Row]) -> pd.DataFrame:
    """Build the claims table column by column, each text column made with the dtype pandas would infer for it (no
    inference: faster); the same table as `plain_claims_frame`."""
    if not rows or _TEXT_ARRAY is None or Row._fields != EXTRACT_COLUMNS:
        return plain_claims_frame(rows)
    arrays = [_column(name, values) for name, values in zip(Row._fields, zip(*rows))]
    if _arrays_to_mgr is None or _from_mgr is None:
        return pd.DataFrame(dict(zip(Row._fields, arrays)), copy=False)
    manager = _arrays_to_mgr(arrays, _COLUMNS.copy(), pd.RangeIndex(len(rows)), verify_integrity=False,
                             consolidate=False)  # no second check of what `_column` made sure of
    return _from_mgr(manager, axes=manager.axes)  # what `pd.DataFrame(columns, copy=False)` builds


def _column(name: str, values: tuple[object, ...]) -> object:
    """Return one column's values as an array of its dtype: numbers as numpy's, text as pandas' string array."""
    if name in _NUMERIC_COLUMNS:
        return np.array(values, dtype=_NUMERIC_COLUMNS[name])
    return _TEXT_ARRAY._from_sequence(values, dtype=TEXT_DTYPE)  # type: ignore[union-attr]


def plain_claims_frame(rows: list[Row]) -> pd.DataFrame:
    """Build the claims table column by column from lists, pandas inferring each column's dtype (`claims_frame`'s
    plain form)."""
    columns: dict[str, object] = {name: [getattr(r, name) for r in rows] for name in EXTRACT_COLUMNS}
    columns["start"] = np.fromiter((r.start for r in rows), dtype=np.int64, count=len(rows))
    columns["end"] = np.fromiter((r.end for r in rows), dtype=np.int64, count=len(rows))
    columns["speaker_confidence"] = np.fromiter((r.speaker_confidence for r in rows), dtype=np.float64, count=len(rows))
    return pd.DataFrame(columns, copy=False)


def find_rows(text: str, source_name: str) -> list[Row]:
    """Return the claims in a text as rows with exact spans, stable ids, speaker kinds and cues; then empty the caches
    of what was read from it (`text_caches`: no text stays in memory after its rows are made)."""
    try:
        return _text_rows(text, source_name)
    finally:
        forget_texts()


def _text_rows(text: str, source_name: str) -> list[Row]:
    """Return the claims in a text as rows with exact spans, stable ids, speaker kinds and cues."""
    original, text = text, working_copy(text)  # rules read the plain surface; quotes are cut from the original
    found = mend_stubs(text, sorted(attributed_spans(text), key=lambda row: row.span))  # no row a stub
    found = mend_statements(text, found)  # and every row a statement (wave 26g)
    found = drop_empty_rows(text, join_cut_leads(text, found))  # no lead cut from its row, no empty row (39c)
    found = join_resumed_clauses(text, found)  # `"...", because ...`: one sentence, one row (40f)
    found = past_participle_openings(text, found)  # `..., X said, adding that A`: A alone (37d)
    found = drop_earlier_versions(text, found)  # what an earlier version said is nobody's (35b)
    found = unresolve_codes(text, unresolve_headings(text, found))  # no heading in capitals, no code a party (26h)
    found = whole_cut_names(text, unresolve_places(text, found))  # no place a party, no name cut at an edge (37b)
    found = trim_run_on_names(text, found)  # `says Mats Ljungqvist Cooperation with ...`: the name alone (58n)
    found = name_speakers(text, found)  # `FOR IMMEDIATE RELEASE Friday`, `Kelby Imposes A Fine Of`: no name (64d)
    found = holder_speakers(text, found)  # `the Managing Director` is the person set beside that post (65d)
    found = name_lettered_documents(text, found)  # `TCVM 2025 shows`: the document its letters stand for (40c)
    found = name_document_makers(text, found)  # `The review, conducted by X, found`: X, the maker (44h)
    found = name_title_makers(found)  # `TSO Shop Trade Index figures`: the body its letters name, its maker (66d)
    found = without_month_tails(found)  # `figures from X Fund for June`: the body, not `X Fund for June` (40c)
    found = unresolve_measures(found)  # `Adjusted EBITDA would be $12.4m`: a measure, no party (57n)
    found = with_perfect_auxiliaries(text, found)  # `has confirmed a leak`: the act with its auxiliary (42e)
    found = capital_reference_kinds(text, found)  # `the Government said`, no fuller one named: a body (67k)
    seen: dict[str, int] = {}
    rows = []
    for item in found:
        start, end = item.span[0], with_closing_mark(original, text, item.span[1])  # `"fully restored,"` whole
        quote = original[start:end]
        folded = normalise(quote)
        key = folded.casefold()
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        confidence = share_of(row_confidence(text, item.speaker, item.kind, item.cue, item.span))
        rows.append(Row(_claim_id(source_name, key, occurrence), source_name, item.speaker,
                        standalone(original, start, folded, item.speaker, item.kind, item.cue), quote, start, end,
                        item.kind, item.cue, confidence))
    return rows


def find_claims(text: str, source_name: str) -> list[Claim]:
    """Return the claims in a text as Claim records (the verdict file's claim columns)."""
    return [Claim(*row[:7]) for row in find_rows(text, source_name)]
