"""Passages that bear on a claim, from the other texts in its folder and the rest of its own, ranked by TF-IDF.

A passage is one sentence (or bullet line) of a source text: its source's file name, its `start` and
`end` offsets (Python code points, end excluded, like the claims' offsets) and its text. Passages are
vectorised once per set of sources (`build_index`); a batch of claims is ranked against all of them
with one sparse matrix product per block of claims and `numpy.argpartition` for the top k
(`rank_evidence`). A claim's own span never counts as evidence for itself.

A cited passage is saved in the verdict file's `evidence` column as one line per citation, the whole
passage with its offsets (white space runs made single spaces, so a citation stays on one line):
`000_f0f58b44150a9287.txt[1234:1390] "The head of the department said that..."`. The other lines of
that column are URLs or free text (`evidence_items` tells them apart). `search_passages` finds
passages in the folder's texts by words, for evidence the ranking did not offer.
"""
from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from .model import ClaimsError, Source
from .sources import load_source

PASSAGE_COLUMNS: tuple[str, ...] = ("source", "start", "end", "text")
"""The columns of a passages table, in order."""

EVIDENCE_COLUMNS: tuple[str, ...] = ("claim_id", "rank", "score", "source", "start", "end", "text", "citation")
"""The columns of a ranked evidence table: one row per (claim, passage), best first within a claim."""

TOP_K: int = 5
"""How many passages are offered per claim by default."""

BLOCK_CELLS: int = 8_000_000
"""The most similarity scores held densely at once per worker (claims x passages), about 32 MB of float32."""

WORKERS: int = max(1, min(2, os.cpu_count() or 1))
"""Threads that rank blocks of claims side by side."""

_ABBREVIATIONS: frozenset[str] = frozenset(
    "mr mrs ms dr prof st no nos vs etc e.g i.e inc ltd co corp jr sr rev gen col sgt lt capt gov cllr"
    " jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est".split())
_BOUNDARY = re.compile(
    r"\n[ \t\r\f\v]*\n\s*"                                  # a blank line ends a paragraph
    r"|(?<=[.!?;:\"”’'])[ \t]*\n\s*"                         # a line ending in punctuation ends a line
    r"|\n\s*(?=[-*•–—]\s?\S)"                               # a bullet starts a new line
    r"|(?P<sentence>(?:(?<=[.!?])|(?<=[.!?][\"”’')\]]))[ \t]+(?=[\"“‘'(\[]?[A-Z0-9]))"  # before a capital
)
_WORD = re.compile(r"\w", re.UNICODE)
_CITATION = re.compile(r"^(?P<source>.+?)\[(?P<start>\d+):(?P<end>\d+)\]")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
EVIDENCE_KINDS: tuple[str, ...] = ("passage", "url", "text")
"""What one line of an evidence cell can be: a cited passage, a URL, or free text."""


class EvidenceError(ClaimsError):
    """Evidence cannot be ranked: no passages, or a claims table without the columns needed."""


@dataclass(frozen=True)
class EvidenceIndex:
    """The passages of a set of sources, their TF-IDF matrix (rows L2-normalised) and the fitted vectoriser."""

    passages: pd.DataFrame
    matrix: sparse.csr_matrix
    vectorizer: TfidfVectorizer
    skipped: tuple[str, ...] = ()


def split_passages(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences and bullet lines of a text, in order, white space trimmed."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        if match["sentence"] and _ends_in_abbreviation(text[max(begin, match.start() - 24):match.start()]):
            continue
        spans.extend(_trimmed(text, begin, match.start()))
        begin = match.end()
    spans.extend(_trimmed(text, begin, len(text)))
    return spans


def _ends_in_abbreviation(sentence: str) -> bool:
    """True when a sentence-ending full stop belongs to an abbreviation or an initial (Mr., U.S., J.)."""
    if not sentence.rstrip("\"”’')] \t").endswith("."):
        return False
    word = sentence.split()[-1].lower().strip("\"”’')]([“‘").rstrip(".") if sentence.strip() else ""
    return word in _ABBREVIATIONS or len(word) == 1 or "." in word


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span without its surrounding white space, or nothing when it holds no word character."""
    piece = text[start:end]
    if not _WORD.search(piece):
        return []
    lead = len(piece) - len(piece.lstrip())
    return [(start + lead, start + len(piece.rstrip()))]


def passages_of(sources: Iterable[Source]) -> pd.DataFrame:
    """Return the passages of several sources as a table with PASSAGE_COLUMNS, sources in the order given."""
    rows = [(source.name, start, end, source.text[start:end])
            for source in sources for start, end in split_passages(source.text)]
    table = pd.DataFrame(rows, columns=list(PASSAGE_COLUMNS))
    return table.astype({"source": str, "start": "int64", "end": "int64", "text": str})


def folder_sources(path: str | Path) -> tuple[list[Source], tuple[str, ...]]:
    """Return the readable .txt sources in the folder of `path` (or in `path` itself) and why others were skipped."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    sources: list[Source] = []
    skipped: list[str] = []
    for candidate in sorted(folder.glob("*.txt")):
        try:
            sources.append(load_source(candidate))
        except ClaimsError as exc:
            skipped.append(str(exc))
    return sources, tuple(skipped)


def build_index(sources: Iterable[Source], skipped: Sequence[str] = ()) -> EvidenceIndex:
    """Split the sources into passages and vectorise them once with TF-IDF (English stop words, sublinear tf)."""
    passages = passages_of(sources)
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, dtype=np.float32)
    try:
        matrix = vectorizer.fit_transform(passages["text"]).tocsr()
    except ValueError:  # no passages, or nothing but stop words
        vectorizer, matrix = None, sparse.csr_matrix((len(passages), 0), dtype=np.float32)
    return EvidenceIndex(passages=passages, matrix=matrix, vectorizer=vectorizer, skipped=tuple(skipped))


def index_folder(path: str | Path) -> EvidenceIndex:
    """Build the evidence index of every readable .txt source in the folder of `path`."""
    sources, skipped = folder_sources(path)
    return build_index(sources, skipped)


def claim_queries(claims: pd.DataFrame) -> pd.Series:
    """The text each claim is searched with: its speaker, its quote, and its claim sentence when that differs."""
    _require(claims, ("claim_id", "source", "claim", "quote", "start", "end"))
    quote, claim = claims["quote"].fillna("").astype(str), claims["claim"].fillna("").astype(str)
    speaker = claims["speaker"].fillna("").astype(str) if "speaker" in claims else ""
    return speaker + " " + quote.where(quote == claim, quote + " " + claim)


def rank_evidence(index: EvidenceIndex, claims: pd.DataFrame, k: int = TOP_K) -> pd.DataFrame:
    """Return the top `k` passages for every claim (score > 0, own span excluded) as a table with EVIDENCE_COLUMNS."""
    queries = claim_queries(claims)
    if index.vectorizer is None or len(claims) == 0 or k < 1:
        return _evidence_table([], [], [], index, claims)
    matrix = index.vectorizer.transform(queries).tocsr()
    lo, hi = own_span_bounds(index.passages, claims)
    passages_t = index.matrix.T.tocsr()
    block = max(1, BLOCK_CELLS // max(1, index.matrix.shape[0]))
    firsts = range(0, len(claims), block)
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(firsts))) as pool:  # scipy and numpy release the GIL
        found = list(pool.map(lambda first: _top_k_block(
            matrix[first:first + block], passages_t, lo[first:first + block], hi[first:first + block], k), firsts))
    rows = np.concatenate([r + first for (r, _, _), first in zip(found, firsts)])
    return _evidence_table(rows, np.concatenate([c for _, c, _ in found]),
                           np.concatenate([s for _, _, s in found]), index, claims)


def own_span_bounds(passages: pd.DataFrame, claims: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """For each claim, the half-open range of passage rows that overlap its own span in its own source."""
    names = pd.Index(pd.unique(passages["source"]))
    width = int(max(passages["end"].max() if len(passages) else 0, pd.to_numeric(claims["end"]).max())) + 1
    p_code = names.get_indexer(passages["source"]).astype(np.int64) * width
    c_code = names.get_indexer(claims["source"].astype(str)).astype(np.int64)
    c_start = pd.to_numeric(claims["start"], errors="coerce").fillna(-1).to_numpy(np.int64)
    c_end = pd.to_numeric(claims["end"], errors="coerce").fillna(-1).to_numpy(np.int64)
    lo = np.searchsorted(p_code + passages["end"].to_numpy(np.int64), c_code * width + c_start, side="right")
    hi = np.searchsorted(p_code + passages["start"].to_numpy(np.int64), c_code * width + c_end, side="left")
    outside = (c_code < 0) | (c_start < 0) | (c_end <= c_start)
    hi = np.where(outside, lo, np.maximum(hi, lo))
    return lo, hi


def _top_k_block(queries: sparse.csr_matrix, passages_t: sparse.csr_matrix, lo: np.ndarray, hi: np.ndarray,
                 k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Score one block of claims against every passage and keep each claim's k best (row, column, score).

    The product stays sparse (a claim shares words with few passages); each row's non-zero scores are
    packed into a dense array as wide as the fullest row, padded with distinct negative numbers
    (partitioning slows down badly on a sea of equal values), where np.partition finds the k-th
    best score; ties with it are settled by text order, so a claim's passages never depend on its batch.
    """
    product = (queries @ passages_t).tocsr()
    counts = np.diff(product.indptr)
    width = int(counts.max(initial=0))
    if width == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32)
    rows = np.repeat(np.arange(len(counts)), counts)
    cols = product.indices.astype(np.int64)
    scores = np.where((cols >= lo[rows]) & (cols < hi[rows]), np.float32(0), product.data)
    packed = np.tile(-np.arange(1, width + 1, dtype=np.float32), (len(counts), 1))  # distinct fillers:
    packed[rows, np.arange(len(cols)) - np.repeat(product.indptr[:-1], counts)] = scores  # ties are slow
    k = min(k, width)
    kth = np.partition(packed, width - k, axis=1)[:, width - k]  # each claim's k-th best score
    rows, slots = np.nonzero((packed >= kth[:, None]) & (packed > 0))  # ties at the k-th all kept, for now
    cols, best = cols[product.indptr[rows] + slots], packed[rows, slots]
    order = np.lexsort((cols, -best, rows))  # by claim, best score first, ties in text order
    rows, cols, best = rows[order], cols[order], best[order]
    keep = _ranks(rows) <= k
    return rows[keep], cols[keep], best[keep]


def _evidence_table(rows: Sequence[int] | np.ndarray, cols: Sequence[int] | np.ndarray,
                    scores: Sequence[float] | np.ndarray, index: EvidenceIndex, claims: pd.DataFrame) -> pd.DataFrame:
    """Assemble the ranked (claim row, passage row, score) triples into an evidence table."""
    rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
    found = index.passages.iloc[cols].reset_index(drop=True)
    table = pd.DataFrame({
        "claim_id": claims["claim_id"].astype(str).to_numpy()[rows],
        "rank": _ranks(rows),
        "score": np.round(np.asarray(scores, dtype=np.float64), 4),
        "source": found["source"].to_numpy(dtype=object),
        "start": found["start"].to_numpy(np.int64),
        "end": found["end"].to_numpy(np.int64),
        "text": found["text"].to_numpy(dtype=object),
    })
    table["citation"] = [format_citation(*cells) for cells in
                         zip(table["source"], table["start"], table["end"], table["text"])]
    return table.astype({"claim_id": str, "source": str, "text": str, "citation": str})


def _ranks(rows: np.ndarray) -> np.ndarray:
    """1, 2, 3... within each run of equal, sorted claim rows."""
    if len(rows) == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.r_[0, np.flatnonzero(np.diff(rows)) + 1]
    return np.arange(len(rows)) - np.repeat(starts, np.diff(np.r_[starts, len(rows)])) + 1


def _require(table: pd.DataFrame, columns: Sequence[str]) -> None:
    """Raise EvidenceError naming the columns a claims table lacks."""
    missing = [name for name in columns if name not in table.columns]
    if missing:
        raise EvidenceError(f"the claims table has no column {', '.join(missing)}; "
                            "pass a table from extract_claims or review_table")


def format_citation(source: str, start: int, end: int, text: str, width: int | None = None) -> str:
    """Return `name[start:end] "text"`: where a passage is and its whole text on one line (cut to `width` if given)."""
    flat = " ".join(str(text).split())
    snippet = flat if width is None or len(flat) <= width else flat[: width - 1].rstrip() + "…"
    return f'{source}[{int(start)}:{int(end)}] "{snippet}"'


def parse_citation(line: str) -> tuple[str, int, int] | None:
    """Return (source, start, end) of one citation line, or None when the line is free text."""
    found = _CITATION.match(line.strip())
    if found is None:
        return None
    return found["source"], int(found["start"]), int(found["end"])


def cited_spans(evidence: str) -> list[tuple[str, int, int]]:
    """Return the (source, start, end) of every citation in an evidence cell, in order."""
    spans = (parse_citation(line) for line in str(evidence or "").splitlines())
    return [span for span in spans if span is not None]


def add_citation(evidence: str, citation: str) -> str:
    """Append a citation line to an evidence cell unless that passage is already cited."""
    lines = [line for line in str(evidence or "").splitlines() if line.strip()]
    if parse_citation(citation) in {parse_citation(line) for line in lines} - {None}:
        return "\n".join(lines)
    return "\n".join([*lines, citation])


def remove_citation(evidence: str, source: str, start: int, end: int) -> str:
    """Drop the citation of one passage from an evidence cell, keeping every other line."""
    lines = [line for line in str(evidence or "").splitlines() if line.strip()]
    return "\n".join(line for line in lines if parse_citation(line) != (source, int(start), int(end)))


def evidence_kind(line: str) -> str:
    """Say what one evidence line is: `passage` (a citation with offsets), `url`, or free `text`."""
    if parse_citation(line) is not None:
        return "passage"
    return "url" if _URL.match(line.strip()) else "text"


def evidence_items(evidence: str) -> list[tuple[str, str]]:
    """The non-blank lines of an evidence cell, each as (kind, line), in order."""
    return [(evidence_kind(line), line.strip()) for line in str(evidence or "").splitlines() if line.strip()]


def mark_cited(passages: pd.DataFrame, evidence: str) -> pd.DataFrame:
    """A copy of a passages table with a `cited` column: True where the evidence cell cites that passage."""
    cited = set(cited_spans(evidence))
    keys = zip(passages["source"], passages["start"], passages["end"])
    return passages.assign(cited=[(str(s), int(a), int(b)) in cited for s, a, b in keys])


def search_passages(index: EvidenceIndex, query: str, k: int = TOP_K) -> pd.DataFrame:
    """The `k` passages of the index most like a free-text query (score > 0), best first, with EVIDENCE_COLUMNS."""
    empty = pd.DataFrame({"claim_id": [""], "source": [""], "claim": [""], "quote": [str(query)],
                          "start": [-1], "end": [-1], "speaker": [""]})
    if not str(query).strip():
        return _evidence_table([], [], [], index, empty)
    return rank_evidence(index, empty, k=k)
