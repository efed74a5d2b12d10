"""Where each claim is in the current text: the source text, the extractor and re-anchoring brought together.

A claim's id comes from its quote and the quote's occurrence number, so when the text changes an id
can come to name other words (two speakers saying the same sentence, a paragraph moved or deleted).
The saved rows are therefore placed by what they are, not by their id:

1. a saved row whose speaker says the same quote among the extracted claims is placed on that claim
   (the nearest to its old place, when the speaker says it more than once);
2. else its quote is looked for (`anchor.find_quote`: where it was, elsewhere verbatim, fuzzily); if
   an extracted claim of another speaker sits there, the row is an orphan: a verdict never moves to
   another speaker's words;
3. else it is an orphan, shown with its old offsets.

The saved rows keep their ids (the file's keys). An extracted claim that no saved row took is listed
under its own id, or, when a saved row of other words holds that id, under the next free id of its
quote (`claim_id_for` with an occurrence number past the text's occurrences).
Only the claim columns of the extractor's table are used; other columns it may add are ignored.
"""
from __future__ import annotations

import itertools
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence

from .anchor import find_quote, occurrences
from .extract import claim_id_for, extract_claims
from .model import CLAIM_COLUMNS, EDITED_ORIGINS, ORIGINAL_COLUMNS, Source, VerdictError, shell_word
from .store.csvformat import INT_COLUMNS, Record, show_value, table_records

SAME_SPAN: float = 0.8
"""Two spans overlapping by this share of their union are taken to be the same claim."""

EXTRACTION_CACHE_SOURCES: int = 8
"""How many source texts' extracted claims a process keeps, keyed by file name and SHA-256."""

extraction_cache: OrderedDict[tuple[str, str], Extracted] = OrderedDict()


def extracted(source: Source) -> Extracted:
    """Return the extractor's claims of a source, indexed (read-only), extracting each text version once."""
    key = (source.name, source.sha256)
    if key not in extraction_cache:
        rows = table_records(extract_claims(source))
        extraction_cache[key] = Extracted([claim_part(row) for row in rows], {
            (int(str(row["start"])), int(str(row["end"]))): (str(row.get("speaker_kind", "")), str(row.get("cue", "")))
            for row in rows})
        while len(extraction_cache) > EXTRACTION_CACHE_SOURCES:
            extraction_cache.popitem(last=False)
    extraction_cache.move_to_end(key)
    return extraction_cache[key]


def extracted_records(source: Source) -> list[Record]:
    """Return the extractor's claims for a source (claim columns only) as fresh records."""
    return [dict(record) for record in extracted(source).claims]


def claim_part(row: Mapping[str, object]) -> Record:
    """Return the claim's own columns (and its origin, when known) from a row."""
    part: Record = {c: int(str(row[c])) if c in INT_COLUMNS else str(row[c]) for c in CLAIM_COLUMNS}
    if "origin" in row:
        part["origin"] = str(row["origin"])
    part.update({c: str(row[c]) for c in ORIGINAL_COLUMNS if c in row})
    return part


def anchor_row(text: str, row: Mapping[str, object]) -> tuple[Record, bool]:
    """Find a row's quote in the current text: (start, end and quote there, found); old values if not."""
    anchor = find_quote(text, str(row["quote"]), start=int(str(row["start"])), end=int(str(row["end"])))
    if anchor.start is None or anchor.end is None:
        return old_place(row), False
    return {"start": anchor.start, "end": anchor.end, "quote": text[anchor.start:anchor.end]}, True


def old_place(row: Mapping[str, object]) -> Record:
    """Return a row's saved start, end and quote (where an orphan is shown)."""
    return {"start": int(str(row["start"])), "end": int(str(row["end"])), "quote": str(row["quote"])}


def same_span(a: Mapping[str, object], b: Mapping[str, object]) -> bool:
    """Tell whether two spans overlap by at least SAME_SPAN of their union."""
    a_start, a_end, b_start, b_end = (int(str(v)) for v in (a["start"], a["end"], b["start"], b["end"]))
    union = max(a_end, b_end) - min(a_start, b_start)
    return union > 0 and (min(a_end, b_end) - max(a_start, b_start)) / union >= SAME_SPAN


def canonical(text: str) -> str:
    """Return text in Unicode NFC, so that a text re-saved decomposed (NFD, as some Mac tools do) has the same words."""
    return unicodedata.normalize("NFC", text)


def speaker_key(speaker: str) -> str:
    """Return a speaker's name as compared: canonical and case-folded, so that a name shown in other capitals (`the
    agency`, now `the Agency`, wave 50g) is the same speaker."""
    return canonical(speaker).casefold()


def words_key(row: Mapping[str, object]) -> tuple[str, str]:
    """Return a row's (quote, speaker), canonical: the key by which a saved row finds its extracted claim."""
    return canonical(str(row["quote"])), speaker_key(str(row["speaker"]))


class Extracted:
    """The extractor's claims of one text, indexed by (quote, speaker) and by id (shared: read-only)."""

    def __init__(self, claims: Sequence[Record], why: Mapping[tuple[int, int], tuple[str, str]] | None = None) -> None:
        """Index the claims by (quote, speaker) and by id; `why` maps a span to its speaker's kind and cue."""
        self.claims = list(claims)
        self.why = dict(why or {})
        self.by_words: dict[tuple[str, str], list[int]] = {}
        for at, claim in enumerate(self.claims):
            self.by_words.setdefault(words_key(claim), []).append(at)
        self.by_id = {str(claim["claim_id"]): at for at, claim in enumerate(self.claims)}

    def said_by(self, row: Mapping[str, object], taken: set[int] | frozenset[int] = frozenset()) -> int | None:
        """Return the claim not taken with the row's quote and speaker nearest the row's old start, or None."""
        found = [at for at in self.by_words.get(words_key(row), []) if at not in taken]
        return min(found, key=lambda at: abs(int(str(self.claims[at]["start"])) - int(str(row["start"]))),
                   default=None)

    def at(self, place: Mapping[str, object]) -> int | None:
        """Return the first claim covering (nearly) the same span as place, or None."""
        return next((at for at, claim in enumerate(self.claims) if same_span(claim, place)), None)


def extractor_view(row: Mapping[str, object]) -> Mapping[str, object]:
    """Return a row as the extractor said it: a corrected row's original quote and speaker, else the row."""
    quote = str(row.get("original_quote", ""))
    return {**row, "quote": quote, "speaker": str(row.get("original_speaker", ""))} if quote else row


def locate(text: str, row: Mapping[str, object], extracted: Extracted,
           taken: set[int] | frozenset[int] = frozenset()) -> tuple[Record, int | None, bool]:
    """Place a saved row in the current text: (start, end, quote; the extracted claim it is; orphan).

    A row an analyst corrected (split, merged) keeps its own span, found again by its quote; the
    extractor's claim it corrects is found by the original quote and speaker, so that it is not listed twice.
    """
    said = extracted.said_by(extractor_view(row), taken)
    if str(row.get("origin", "")) in EDITED_ORIGINS:
        place, found = anchor_row(text, row)
        return place, said if said is not None else _corrected_claim(text, row, extracted, taken), not found
    if said is not None:
        return {k: extracted.claims[said][k] for k in ("start", "end", "quote")}, said, False
    place, found = anchor_row(text, row)
    if not found:
        return place, None, True
    there = extracted.at(place)
    if there is None:
        return place, None, False
    if str(row["speaker"]) and speaker_key(str(extracted.claims[there]["speaker"])) != speaker_key(str(row["speaker"])):
        return old_place(row), None, True
    return {k: extracted.claims[there][k] for k in ("start", "end", "quote")}, there, False


def _corrected_claim(text: str, row: Mapping[str, object], extracted: Extracted,
                     taken: set[int] | frozenset[int]) -> int | None:
    """Return the extracted claim at a corrected row's original quote (a new extractor's speaker may differ)."""
    if not str(row.get("original_quote", "")):
        return None
    place, found = anchor_row(text, extractor_view(row))
    there = extracted.at(place) if found else None
    return there if there not in taken else None


def place_claims(source: Source, saved: Iterable[Mapping[str, object]]) -> list[Record]:
    """Return every claim of a source as placed now: the saved rows' claims (one per id) and the other extracted.

    Each record holds the claim columns, `origin` and `orphan`; ids are unique.
    """
    claims, taken = extracted(source), set[int]()
    first: dict[str, Mapping[str, object]] = {}
    for row in saved:
        first.setdefault(str(row["claim_id"]), row)
    placed: list[Record] = []
    loose: list[Record] = []
    for row in sorted(first.values(), key=lambda r: claims.said_by(extractor_view(r)) is None):
        place, claim, orphan = locate(source.text, row, claims, taken)
        placed.append({**claim_part(row), **place, "orphan": orphan})
        if claim is not None:
            taken.add(claim)
        elif not orphan:
            loose.append(placed[-1])
    return placed + _free_claims(source, claims, taken, {str(row["claim_id"]) for row in placed}, loose)


def _free_claims(source: Source, claims: Extracted, taken: set[int], used: set[str],
                 loose: Sequence[Record]) -> list[Record]:
    """Return the extracted claims no saved row took nor covers (`loose` rows), under ids not used yet."""
    free = []
    for at, claim in enumerate(claims.claims):
        if at in taken or any(same_span(claim, row) for row in loose):
            continue
        claim_id = str(claim["claim_id"])
        if claim_id in used:
            claim_id = fresh_id(source, str(claim["quote"]), used)
        used.add(claim_id)
        free.append({**claim, "claim_id": claim_id, "origin": "extracted", "orphan": False})
    return free


def fresh_id(source: Source, quote: str, used: set[str]) -> str:
    """Return an id for a quote that no current occurrence and no saved row has."""
    start = len(occurrences(source.text, quote))
    return next(claim_id for n in itertools.count(start)
                if (claim_id := claim_id_for(source.name, quote, n)) not in used)


def claim_columns(saved: Sequence[Mapping[str, object]], source: Source, claim_id: str,
                  fallback: Mapping[str, object] | None = None, row: Mapping[str, object] | None = None) -> Record:
    """Return a claim's columns as placed in the current text (orphans keep their old place).

    From the file's row of that id when there is one (`row`, else looked up in `saved`), else the
    extractor's claims, else the fallback (the claim as the caller knows it, when the text changed
    under it); VerdictError when none knows it.
    """
    row = row if row is not None else next((r for r in saved if r["claim_id"] == claim_id), None)
    if row is not None:
        return {**claim_part(row), **locate(source.text, row, extracted(source))[0]}
    match = _unclaimed_extracted(source, saved, claim_id)
    if match is None:
        match = next((c for c in place_claims(source, saved) if c["claim_id"] == claim_id), None)
    if match is not None:
        return {k: v for k, v in match.items() if k != "orphan"}
    if fallback is not None:
        return {**claim_part(fallback), **locate(source.text, fallback, extracted(source))[0]}
    raise VerdictError(f"{source.path}: has no claim with id {show_value(claim_id)}; list the ids with "
                       f"`python -m claims extract {shell_word(source.path)}`")


def _unclaimed_extracted(source: Source, saved: Iterable[Mapping[str, object]], claim_id: str) -> Record | None:
    """Return the extracted claim of this id when no saved row has its words (so none can have taken it), else None."""
    claims = extracted(source)
    at = claims.by_id.get(claim_id)
    if at is None:
        return None
    quote = claims.claims[at]["quote"]
    if any(quote in (r["quote"], r.get("original_quote")) for r in saved):
        return None
    return {**claims.claims[at], "origin": "extracted"}
