"""Documents named by their letters (wave 40c): a title with its letters in brackets names a document when its last
word is a document's (`the Orrin County Housing Survey (OCHS) 2024`) or the title stands in quotation marks
(`"Tallow Coast Visitor Monitor (TCVM) 2025"`). A row's speaker read from those letters (`OCHS`, `TCVM 2025`) or from
the title's words (`Tallow Coast Visitor Monitor`) is that document, by the title's words; a body's letters (`the Orrin
Tenants' Federation (OTF)`) stay the body's.
"""
from __future__ import annotations

import re

from ..text import line_start
from ..vocabulary import ORG_HEADS, TITLED_DOCUMENTS
from .patterns import DOUBLE_CLOSING_MARKS, DOUBLE_OPENING_MARKS
from .records import Found


_LETTERS_RE = re.compile(r"\(([A-Z][A-Z&]{1,7})\)(?:\s+((?:19|20)\d\d(?:[/-]\d\d)?))?")
"""A title's letters in brackets, and the year written after them (`(TCVM) 2025`)."""
_TITLE_WORD_RE = re.compile(r"(?:[A-Z][\w'\u2019&-]*|of|for|and|the|on|in)\Z")
"""One word of a title: capitalised, or a small word inside it (`Survey of Rural Schools`)."""
_MAX_TITLE_WORDS = 8


def lettered_documents(text: str) -> dict[str, str]:
    """Return each way a row's speaker may name a document the text titles with its letters (the letters, the
    letters and the year, the title's words with or without the year), mapped to the title's words."""
    if "(" not in text:
        return {}
    names: dict[str, str] = {}
    for match in _LETTERS_RE.finditer(text):
        title_start = _title_start(text, match.start(), match.group(1))
        if title_start is None or not _is_document(text, title_start, match):
            continue
        words = " ".join(text[title_start:match.start()].split())
        letters, year = match.group(1), match.group(2)
        for name in (letters, words, *((f"{letters} {year}", f"{words} {year}") if year else ())):
            names.setdefault(name, words)
    return names


def _title_start(text: str, bracket: int, letters: str) -> int | None:
    """Return where the title before a bracket starts: the first of its words (on the same line) whose initial is
    the letters' first, else None."""
    opening = line_start(text, bracket)
    words = list(re.finditer(r"\S+", text[opening:bracket]))[-_MAX_TITLE_WORDS:]
    run: list[re.Match[str]] = []
    for word in reversed(words):
        if not _TITLE_WORD_RE.match(word.group().lstrip(DOUBLE_OPENING_MARKS)):
            break
        run.insert(0, word)
    for word in run:
        bare = word.group().lstrip(DOUBLE_OPENING_MARKS)
        if bare[:1] == letters[0]:
            return opening + word.start() + len(word.group()) - len(bare)
    return None


def _is_document(text: str, title_start: int, match: re.Match[str]) -> bool:
    """Say whether a title names a document: its last word is a document's and no body's (a `Programme` may be a
    body), or quotation marks hold it whole."""
    last = text[title_start:match.start()].split()[-1].lower()
    before, after = text[title_start - 1:title_start], text[match.end():match.end() + 1]
    quoted = bool(before) and before in DOUBLE_OPENING_MARKS and bool(after) and after in DOUBLE_CLOSING_MARKS
    return last in TITLED_DOCUMENTS and last not in ORG_HEADS or quoted


def name_lettered_documents(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with every speaker read from a lettered document's letters or title made that document."""
    names = lettered_documents(text)
    if not names:
        return found
    rows = []
    for item in found:
        speaker = item.speaker.removeprefix("The ").removeprefix("the ")
        if speaker in names and item.kind != "person":
            item = item._replace(speaker=names[speaker], kind="document")
        rows.append(item)
    return rows
