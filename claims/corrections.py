"""An analyst's corrections to a claim, as pure functions on rows: a new speaker, statement or span, a split, a merge.

A corrected row keeps the extractor's speaker, statement and quote in `original_speaker`,
`original_claim` and `original_quote` (`model.ORIGINAL_COLUMNS`); `claims.placing` finds the extractor's
claim again by them, so a correction survives re-extraction. A claim an analyst added has no extractor
original: its corrections keep `origin` `added` and leave those columns empty.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from .model import EDITED_ORIGINS, ORIGINAL_COLUMNS, VerdictError
from .store.csvformat import Record, show_value

PARAGRAPH_BREAK: str = "\n\n"
"""A blank line: a claim's span never crosses one."""


class CorrectionError(VerdictError):
    """A correction cannot be made: an empty speaker or statement, a span outside its paragraph."""


def original_part(row: Mapping[str, object]) -> Record:
    """Return the extractor's speaker, statement and quote of a row (kept from an earlier correction)."""
    if str(row.get("original_quote", "")):
        return {c: str(row[c]) for c in ORIGINAL_COLUMNS}
    if str(row.get("origin", "extracted")) == "added":
        return dict.fromkeys(ORIGINAL_COLUMNS, "")
    return {"original_speaker": str(row["speaker"]), "original_claim": str(row["claim"]),
            "original_quote": str(row["quote"])}


def span_problem(text: str, start: int, end: int) -> str:
    """Return what is wrong with a claim's span in the text ("" when it is fine)."""
    if not 0 <= start < end <= len(text):
        return f"the span {start}-{end} is not inside the text (0-{len(text)}); pick words of the text"
    if not text[start:end].strip():
        return f"the span {start}-{end} holds only spaces; pick the claim's words"
    if PARAGRAPH_BREAK in text[start:end].replace("\r\n", "\n"):
        return (f"the span {start}-{end} crosses a paragraph break; a claim stays within its paragraph "
                "(merge two claims of one paragraph instead)")
    return ""


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return a span without the spaces and line breaks at its edges (a span outside the text as it is)."""
    if not 0 <= start < end <= len(text):
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def statement_of(quote: str) -> str:
    """Return a quote as a one-line statement (its words, single-spaced)."""
    return " ".join(quote.split())


def corrected(row: Mapping[str, object], text: str, *, speaker: str | None = None, claim: str | None = None,
              start: int | None = None, end: int | None = None, origin: str = "corrected") -> Record:
    """Return a row's claim columns, origin and originals after a correction (None: keep that value).

    A correction that brings the row back to the extractor's own claim makes it `extracted` again.
    """
    first, last = trimmed(text, int(str(row["start"])) if start is None else start,
                          int(str(row["end"])) if end is None else end)
    problem = span_problem(text, first, last)
    if problem:
        raise CorrectionError(problem)
    who = statement_of(str(row["speaker"]) if speaker is None else speaker)
    what = statement_of(str(row["claim"]) if claim is None else claim)
    if not who:
        raise CorrectionError("the speaker is empty; choose one of the speakers found in the text, or type a name")
    if not what:
        raise CorrectionError("the statement is empty; write the claim as one standalone sentence")
    columns: Record = {"speaker": who, "claim": what, "quote": text[first:last], "start": first, "end": last}
    return {**columns, **_origin(row, columns, origin)}


def _origin(row: Mapping[str, object], columns: Mapping[str, object], origin: str) -> Record:
    """Return the origin and originals of a corrected row (an added claim stays added, without originals)."""
    before = str(row.get("origin", "extracted"))
    original = original_part(row)
    if before == "added":
        return {"origin": "added", **original}
    if before in EDITED_ORIGINS and origin == "corrected":
        origin = before
    back = (columns["speaker"], columns["claim"], columns["quote"]) == tuple(original[c] for c in ORIGINAL_COLUMNS)
    if back and origin == "corrected":
        return {"origin": "extracted", **dict.fromkeys(ORIGINAL_COLUMNS, "")}
    return {"origin": origin, **original}


def split_offset(row: Mapping[str, object], words: str) -> int:
    """Return the text offset where a claim's second part begins: at `words`, found once inside its quote."""
    quote, wanted = str(row["quote"]), words.strip()
    at = quote.find(wanted) if wanted else -1
    if at <= 0 or quote.find(wanted, at + 1) != -1:
        said = ("is not inside the claim's quote" if at == -1 else "begins the quote" if at == 0
                else "occurs more than once in the quote")
        raise CorrectionError(f"the second part's first words {show_value(wanted, 60)} {said}; type the words, "
                              "as the quote has them, where the second claim begins")
    return int(str(row["start"])) + at


def split_parts(row: Mapping[str, object], text: str, at: int) -> tuple[Record, Record]:
    """Return a claim's two parts split at a text offset: each with its own statement, both `split`."""
    start, end = int(str(row["start"])), int(str(row["end"]))
    if not start < at < end:
        raise CorrectionError(f"a claim of {start}-{end} cannot be split at {at}; split it inside its quote")
    first_end, second_start = trimmed(text, start, at)[1], trimmed(text, at, end)[0]
    parts = []
    for s, e in ((start, first_end), (second_start, end)):
        parts.append(corrected(row, text, claim=statement_of(text[s:e]), start=s, end=e, origin="split"))
    return parts[0], parts[1]


def merged(first: Mapping[str, object], second: Mapping[str, object], text: str) -> tuple[Record, Record]:
    """Return two neighbouring claims merged: the first spans both (`merged`), the second is dismissed."""
    if str(first["claim_id"]) == str(second["claim_id"]):
        raise CorrectionError("a claim cannot be merged with itself; pick the neighbour to merge it with")
    if int(str(first["start"])) > int(str(second["start"])):
        first, second = second, first
    start, end = int(str(first["start"])), max(int(str(first["end"])), int(str(second["end"])))
    if PARAGRAPH_BREAK in text[int(str(first["end"])):int(str(second["start"]))].replace("\r\n", "\n"):
        raise CorrectionError("these two claims are in different paragraphs; only neighbours in one paragraph "
                              "can be merged")
    statement = f"{statement_of(str(first['claim']))} {statement_of(str(second['claim']))}"
    whole = corrected(first, text, claim=statement, start=start, end=end, origin="merged")
    gone = {c: second[c] for c in ("speaker", "claim", "quote", "start", "end")}
    return whole, {**gone, **_origin(second, {**gone, "quote": ""}, "merged"), "dismissed": "yes"}


QUOTE_MARKS: dict[str, str] = {
    "'": "'\u2018\u2019\u201a\u201b\u2032`\u00b4", "\"": "\"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb",
}
"""Straight marks and the curly, low, prime and angle forms a pasted quote may have instead of them."""

_MARK_CLASS: dict[str, str] = {c: f"[{re.escape(forms)}]" for forms in QUOTE_MARKS.values() for c in forms}
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def loose_pattern(words: str) -> re.Pattern[str]:
    """Return a pattern for words whatever their quote style: any quote mark or dash form, any run of spaces."""
    parts = []
    for token in re.split(r"(\s+)", words.strip()):
        if token.isspace():
            parts.append(r"\s+")
            continue
        parts.append("".join(_MARK_CLASS.get(c) or (f"[{re.escape(_DASHES)}]" if c in _DASHES else re.escape(c))
                             for c in token))
    return re.compile("".join(parts))


def loose_matches(text: str, words: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Return the spans in text[lo:hi] that hold `words` whatever their quote style and spacing."""
    if not words.strip():
        return []
    return [(m.start(), m.end()) for m in loose_pattern(words).finditer(text, lo, len(text) if hi is None else hi)]


_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def paragraph_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the paragraph (between blank lines) holding a span."""
    breaks = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    lo = max((b_end for b_start, b_end in breaks if b_end <= start), default=0)
    hi = min((b_start for b_start, _ in breaks if b_start >= end), default=len(text))
    return lo, hi


def span_of_words(text: str, row: Mapping[str, object], words: str) -> tuple[int, int]:
    """Return where a claim's new words are in its paragraph (the place nearest the claim); CorrectionError if not."""
    start, end = int(str(row["start"])), int(str(row["end"]))
    lo, hi = paragraph_of(text, start, end)
    found = loose_matches(text, words, lo, hi)
    if not found:
        raise CorrectionError(f"the words {show_value(words.strip(), 60)} are not in the claim's paragraph; "
                              "type the claim's new words as the paragraph has them")
    return min(found, key=lambda span: (abs(span[0] - start) + abs(span[1] - end), span[0]))


_INVISIBLE = {"\n": "⏎", "\r": "", "\t": "⇥", "\u00a0": " ", "\u202f": " ", "\u2007": " "}


def show_text(value: object, limit: int = 60) -> str:
    """Quote a text for an analyst's message: its words in curly quotes, shortened, no Python escapes."""
    text = "".join(_INVISIBLE.get(c, c if c.isprintable() else f"[U+{ord(c):04X}]") for c in str(value))
    return f"“{text if len(text) <= limit else text[:limit] + '…'}”"
