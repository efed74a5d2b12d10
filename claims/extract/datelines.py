"""A news lead's dateline: the place a text was filed from, in capitals before a dash, which never speaks (wave 29c).

A dateline is a place in capitals, maybe a region, a date or a wire after a comma, then a dash (`FRANKFORT, Ky. - `,
`DUBLIN, July 28 (Wire) - `), or a place in capitals and a dash alone, opening a line (`MINNEAPOLIS - `,
`SANTA FE \u2014 `, `WASHINGTON (AP) \u2014 `). The second form needs a sentence to follow it (a capital and a small
letter) and no word of a release's marker or a body's head in its capitals: `PRESS RELEASE - Smile Fair`,
`RESULT - Oakfield Central` and `ACME FOOTBALL CLUB - Official statement` are headers, not places.

Wave 34j: some outlets write the dateline with a colon (`CANBERRA: More than ...`, `GOULBURN, NSW: A wind farm ...`).
A page's labels take the same shape (`LIVE:`, `READ MORE:`, `PHOTO:`, `MEDIA CONTACT:`), and so do a body's letters
(`NTSB: Tower cleared ...`) and an interview's speakers (`JR: We will ...`), so the colon form is read by where it
stands, once per text: it opens the text's first paragraph that is a sentence (ending in a full stop), never its first
paragraph; its place, in capitals, is written in capitals nowhere else in the text (a body's letters and a speaker's
initials recur); and no word of it is a header's.
"""
from __future__ import annotations

import re

from .text_caches import per_text
from .vocabulary import any_script, load_words, ORG_HEADS, RELEASE_MARKERS, WRITTEN_MONTH

COMMA_DATELINE_RE = any_script(re.compile(r"[ \t]*[A-Z][A-Z .'\-]{2,30},[^\n\u2014\u2013]{0,40}?\s[-\u2014\u2013]{1,2}\s+"))
"""A dateline with its region or date after a comma: `FRANKFORT, Ky. \u2014 `, `DUBLIN, July 28 (Wire) - `."""
DATED_COLON_DATELINE_RE = any_script(re.compile(
    rf"[ \t]*[A-Z][A-Z .'\-]{{2,30}},[ \t]+(?:{WRITTEN_MONTH}\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{WRITTEN_MONTH})"
    rf"(?:,?[ \t]+\d{{4}})?(?:[ \t]+\([^()\n]{{1,40}}\))?:[ \t]+(?=[A-Z])"))
"""A place in capitals, a date after its comma, maybe a wire's name in brackets, and a colon (`KELSO, May 4 (KNA): `,
`KELSO, 4 May: `): the date makes it a dateline wherever it opens a line, the text's first line too (wave 62f)."""
PLACE_DATELINE_RE = any_script(re.compile(r"[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})"
                                          r"(?: \([^()\n]{1,40}\))?(?:[ \t][-\u2014\u2013]{1,2}[ \t]+(?=[A-Z][a-z]|A[ \t])"
                                          r"|[\u2014\u2013](?=[A-Z][a-z]|A[ \t]))"))
"""A place in capitals and a dash alone, before a sentence: `MINNEAPOLIS - Acme`, `SANTA FE \u2014 The`, or a long dash
joined to both (`MANILA\u2014A Cabinet official`, wire style; 46a)."""
COLON_DATELINE_RE = any_script(re.compile(r"(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})"
                                          r"(?:, [A-Z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*){0,2})?:[ \t]+"
                                          r"(?=[A-Z][a-z]|A[ \t])"))
"""A place in capitals, maybe its region after a comma, and a colon, before a sentence: `CANBERRA: More`,
`GOULBURN, NSW: A`, `DARWIN, Northern Territory: The`."""
PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
"""A paragraph: lines with no blank line between them."""
SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t]*$")
"""The end of a paragraph that is a sentence: a full stop, maybe closing quotation marks or a bracket."""
DATE_STAMP_RE = re.compile(rf"[ \t]*(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:[ \t]+(?:on|date))?|[Dd]ate)?[ \t]*:?[ \t]*"
                           rf"(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}}"
                           rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{WRITTEN_MONTH},?[ \t]+\d{{4}}|{WRITTEN_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}})"
                           r"(?:,?[ \t]+\d{1,2}[:.]\d\d(?::\d\d)?[ \t]*(?:[AaPp]\.?[Mm]\.?)?)?"
                           r"[ \t]+(?=[A-Z][a-z]|[AI][ \t]|\d)")
"""A page's date with its year, maybe labelled (`Published date `) and timed (`12:20 PM`), run into the lead on its
line (wave 59t): `2023-05-12 Growth remains ...`, `date 2018-01-09 There are ...`, `9 May 2031 Acme cut ...`."""
HEADER_WORDS: frozenset[str] = frozenset(word for marker in RELEASE_MARKERS for word in marker.split()) \
    | ORG_HEADS | load_words("header_words")
"""Words that make capitals before a dash a header, never a place (`PRESS RELEASE`, `RESULT`, `... CLUB`)."""


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Return where the dateline opening text[start:end] ends (`MINNEAPOLIS - `, `FRANKFORT, Ky. \u2014 `), else None."""
    found = COMMA_DATELINE_RE.match(text, start, end) or dated_colon_dateline(text, start, end)
    if found is not None:
        return found.end()
    return place_dateline_end(text, start, end) or colon_dateline_end(text, start, end)


def date_stamp_end(text: str, start: int, end: int) -> int | None:
    """Return where a page's date run into the lead that opens a line ends (`2023-05-12 Growth ...`), else None: the
    rest of its line (past `end` too) must end as a sentence, so a dated title (`9 May 2031 Annual Report`) keeps it."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1  # spaces before the date, read in place (no copy of the text before it)
    if before > 0 and text[before - 1] != "\n":
        return None  # the date opens a line
    found = DATE_STAMP_RE.match(text, start, end)
    if found is None:
        return None
    stop = text.find("\n", found.end())
    return found.end() if SENTENCE_END_RE.search(text, found.end(), len(text) if stop < 0 else stop) else None


def dated_colon_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the dateline with a date and a colon opening a line at text[start:end] (`KELSO, May 4 (KNA): `), else
    None."""
    if start > 0 and text[start - 1] != "\n":
        return None  # a dateline opens a line
    return DATED_COLON_DATELINE_RE.match(text, start, end)


def place_dateline_end(text: str, start: int, end: int) -> int | None:
    """Return where a place in capitals and its dash or colon end, at a line's start and before a sentence, else None."""
    if start > 0 and text[start - 1] != "\n":
        return None  # a dateline opens a line
    dated = dated_colon_dateline(text, start, end)
    if dated is not None:
        return dated.end()  # "KELSO, May 4 (KNA): The ...": the place and its date
    found = PLACE_DATELINE_RE.match(text, start, end)
    if found is None or any(word in HEADER_WORDS for word in found.group("place").lower().split()):
        return colon_dateline_end(text, start, end)
    return found.end()


def colon_dateline_end(text: str, start: int, end: int) -> int | None:
    """Return where the text's dateline with a colon ends when it opens text[start:end] (`CANBERRA: `), else None."""
    if not text[start:start + 1].isupper() or text[start - 2:start] != "\n\n" or ":" not in text[start:start + 50]:
        return None  # a dateline with a colon opens a paragraph after the first (a cheap test first)
    span = colon_dateline(text)
    return span[1] if span is not None and span[0] == start and span[1] <= end else None


@per_text(4)
def colon_dateline(text: str) -> tuple[int, int] | None:
    """Return the span of the text's dateline with a colon, place, region, colon and spaces, else None: it opens the
    text's first paragraph that is a sentence, not its first paragraph, and its place recurs nowhere in capitals."""
    for number, paragraph in enumerate(PARAGRAPH_RE.finditer(text)):
        if SENTENCE_END_RE.search(paragraph.group()) is None:
            continue  # a headline, a byline, a date: the lead is still to come
        found = COLON_DATELINE_RE.match(text, paragraph.start()) if number > 0 else None
        return (found.start(), found.end()) if found is not None and _is_place(text, found.group("place")) else None
    return None


def _is_place(text: str, place: str) -> bool:
    """Say whether capitals before a colon are a place: no header's word (`UPDATE`), written so only once."""
    if any(word in HEADER_WORDS for word in place.lower().split()):
        return False
    return len(re.findall(rf"(?<![A-Za-z]){re.escape(place)}(?![A-Za-z])", text)) == 1
