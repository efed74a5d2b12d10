"""Where a body's name begins and ends: a speaker the name-reader cut short, whose words the text never writes
without the same words around them (`Select Committee` always in `Select Committee on Disaster Recovery`, `Voice
Warrington` always in `Patient Voice Warrington`, `Pruitt & Vega LLP` always in `Harlan, Pruitt & Vega LLP`), is
the name with those words.

Read once per text, after every claim has its speaker (a few `str.find` calls per distinct body speaker). Words
added before the name are capitalised words (a comma between two of them only inside a firm's name with `&`), never
a sentence starter, a weekday, a role or a dateline in capitals; words added after it are `of`/`on`/`for` and
capitalised words after a name ending in a body's head, or capitalised words ending in a body's head
(`Emergency Communications Center`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...finding import find_all
from ..company_forms import board_opening
from ..name_edges import DOCUMENT_OPENERS
from ..school_districts import district_name
from ..text import ANSWER_NO, line_start
from ..trade_descriptors import TRADE_DESCRIPTORS
from ..vocabulary import (DOCUMENT_NOUNS, INSPECTORATE_HEADS, LEGAL_FORMS, NOT_NAMES, ORG_HEADS, ROLES,
                          SENTENCE_STARTERS, SINGULAR_POSSESSIVES)

from .words import COMMON_NOUNS, PEOPLE_GROUPS

_HEADS: frozenset[str] = ORG_HEADS | INSPECTORATE_HEADS
"""Words that end a body's name (`Committee`, `Center`, `LLP`)."""
_NEVER_IN_NAME: frozenset[str] = NOT_NAMES | SENTENCE_STARTERS | ROLES
"""Capitalised words that never extend a body's name (`Today`, `Monday`, `Chairman`)."""
_WORD_RE = re.compile(r"[A-Z][\w'\u2019.\-]*|&|of|on|for|and")
"""A word that may stand in a body's name: a capitalised word, `&`, or a joining word."""
_SHORT_KINDS = ("organisation", "inspectorate", "person")
"""The kinds of speaker whose name may be cut (a body's tail read as a person: `Flood Recovery`)."""
_LEFT_JOINING: frozenset[str] = frozenset("of on for".split())
"""Joining words a body's name may hold before the words a speaker kept (`Committee on | Flood Recovery`)."""


def whole_bodies(text: str, speakers: Iterable[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Map each body speaker the text never writes without the same words around it to the name with them."""
    found: dict[str, tuple[str, str]] = {}
    joined: set[str] | None = None
    for speaker, kind in set(speakers):
        if kind == "person":
            joined = _joined_words(text) if joined is None else joined
            if speaker.split(" ", 1)[0] not in joined:
                continue  # a person's name is a body's tail only after `of`, `on` or `for` (a cheap test first)
        if kind in _SHORT_KINDS and not speaker.isupper() and district_name(speaker) != speaker:
            whole = whole_name(text, speaker)  # (a school district written inside its board's name is itself)
            whole = whole[board_opening(whole):]  # "Board of Acme plc" every time: still Acme plc, which it speaks as
            if whole != speaker and kind != "person":
                found[speaker] = (whole, kind)
            elif whole != speaker and body_before(whole[:len(whole) - len(speaker)]):
                found[speaker] = (whole, "organisation")  # "the Committee on Flood Recovery": no person
    return found


def _joined_words(text: str) -> set[str]:
    """Return the capitalised words the text writes right after `of`, `on` or `for` (`Committee on Flood`), once
    per text."""
    return set(_JOINED_RE.findall(text))


_JOINED_RE = re.compile(r"[ \t](?:of|on|for)[ \t]+([A-Z][\w'\u2019\-]*)")
"""A capitalised word right after a joining word: the first word of a name a body's name may hold."""


def body_before(added: str) -> bool:
    """Say whether the words added before a name end with a body's head and a joining word (`Committee on `)."""
    words = added.split()
    return len(words) >= 2 and words[-1] in _LEFT_JOINING and words[-2].lower() in _HEADS


def whole_name(text: str, name: str) -> str:
    """Return a name with the words the text writes around every occurrence of it, else the name."""
    firm, before, after = firm_name(name), None, None
    for at in occurring(text, name):
        here = words_before(text, at, firm)
        before = here if before is None else common_suffix([before, here])
        here = words_after(text, at + len(name))
        after = here if after is None else common_prefix([after, here])
        if not before and not after:
            return name  # some occurrence stands alone: the name as read
    if before is None or after is None:
        return name
    head_word = name.split()[-1].lower().strip(".,")
    return "".join(before) + name + "".join(kept_after(after, head_word in _HEADS))


def firm_name(name: str) -> bool:
    """Say whether a name is a firm's list of partners (`Pruitt & Vega LLP`), whose first name a comma may precede."""
    words = name.split()
    return "&" in words and "and" not in words and words[-1].lower().rstrip(".") in _FIRM_ENDINGS


_FIRM_ENDINGS: frozenset[str] = LEGAL_FORMS | {"co"}
"""The words that end a firm's name (`LLP`, `Inc.`): a legal form, or `Co` after `&` (`Roe & Co`), which is no shared
legal form: alone after a name it is the `co` of `co-founder` or the `CO` of `CO2` (wave 28h)."""


def whole_word_occurrences(text: str, name: str) -> list[int]:
    """Return the start of every whole-word occurrence of `name` in the text."""
    return list(occurring(text, name))


def occurring(text: str, name: str) -> Iterator[int]:
    """Yield the start of each whole-word occurrence of `name` in the text, first to last (read only as far as
    needed)."""
    for at in find_all(text, name):
        end = at + len(name)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "-'\u2019")) and not text[end:end + 1].isalnum():
            yield at


def words_before(text: str, at: int, firm: bool) -> list[str]:
    """Return the capitalised words right before offset `at` on its line, each with its following space or comma,
    nearest last; a comma only in a firm's name (`Harlan, Pruitt & Vega`)."""
    words: list[str] = []
    begin = line_start(text, at)
    end = at
    while True:
        match = _BEFORE_RE.search(text, max(begin, end - _WORD_REACH), end) \
            if _may_precede(text, begin, end) else None
        if match is None or (match.group("comma") and not firm) or not may_open(match.group("word")) \
                or _common_opening(text, begin, match):
            return words[next((i for i, w in enumerate(words) if w.strip() not in _LEFT_JOINING), len(words)):]
        words.insert(0, match.group())
        end = match.start()


def _may_precede(text: str, begin: int, end: int) -> bool:
    """Say cheaply whether the word right before `end` may extend a name: one space before `end`, and a word that
    opens with a capital or is `of`/`on`/`for` (the pattern decides the rest)."""
    if end - 2 < begin or text[end - 1] not in " \t":
        return False
    start = max(text.rfind(" ", begin, end - 1), text.rfind("\t", begin, end - 1), begin - 1) + 1
    return text[start:start + 1].isupper() or text[start:end - 1] in _LEFT_JOINING


_WORD_REACH = 60
"""How far back a word before a name is looked for (a word is shorter), and a quarter of how far after it."""
_AFTER_RE = re.compile(r"[ \t]([^\s,;:().\"\u201c\u201d]+)")
"""A word after a name, with the space before it; a full stop or a comma ends the name."""
_BEFORE_RE = re.compile(r"(?<![\w'\u2019.\-])(?P<word>[A-Z][\w\u2019'.\-]*|of|on|for)(?P<comma>,)?[ \t]$")
"""The capitalised word (and a comma) right before a position, one space between."""


def _common_opening(text: str, begin: int, match: re.Match[str]) -> bool:
    """Say whether a capitalised word before a name is a common word: a document or a group of people anywhere
    (`Inspection of X`, `Campaigners X`), any common noun, company's trade or word describing a document opening a
    sentence (`Regulator Watco said`, `Chipmaker Voltra warned`, `Separate Watco figures show`)."""
    lower = match.group("word").lower()
    if lower in DOCUMENT_NOUNS or lower in PEOPLE_GROUPS:
        return True
    before = text[begin:match.start()].rstrip()
    return (lower in COMMON_NOUNS or lower in DOCUMENT_OPENERS or lower in TRADE_DESCRIPTORS) and (not before or before[-1] in ".!?:")


def may_open(word: str) -> bool:
    """Say whether a capitalised word may stand in a body's name before the words kept: no sentence starter, role,
    possessive, dateline in capitals or `Leeds-based` description."""
    if word in _LEFT_JOINING:
        return True
    lower = word.lower().rstrip(".")
    if word.endswith(".") and (len(word) > 3 and "." not in word[:-1] or word[:-1] == ANSWER_NO):
        return False  # "in Albany. Hollis County EMS": a sentence's last word; "No. Orlen Council says": an answer (35i)
    return lower not in _NEVER_IN_NAME and not lower.endswith(SINGULAR_POSSESSIVES) \
        and not (word.isupper() and len(word) > 3) and not re.search(r"-[a-z]", word)


def words_after(text: str, end: int) -> list[str]:
    """Return the words right after offset `end` on its line that may stand in a name, each with the space before."""
    words: list[str] = []
    if text[end:end + 1] not in (" ", "\t") or not (text[end + 1:end + 2].isupper() or text[end + 1:end + 2] == "&"
                                                   or text.startswith(("of ", "on ", "for ", "and "), end + 1)):
        return words  # "Acme Water said": nothing after the name may join it (a cheap test first)
    line_end = text.find("\n", end, end + 4 * _WORD_REACH)
    for match in _AFTER_RE.finditer(text[end:line_end if line_end >= 0 else end + 4 * _WORD_REACH]):
        if match.start() != sum(len(w) for w in words) or not _WORD_RE.fullmatch(match.group(1)):
            break
        words.append(match.group())
    return words


def kept_after(words: list[str], ends_in_head: bool) -> list[str]:
    """Return the words after a name that belong to it: `of`/`on`/`for` and capitalised words after a head
    (`Committee on Disaster Recovery`), else capitalised words up to a body's head (`Communications Center`)."""
    plain = [w.strip() for w in words]
    if ends_in_head and plain[:1] and plain[0] in ("of", "on", "for"):
        size = 1
        while size < len(plain) and plain[size][:1].isupper() and plain[size].lower() not in _NEVER_IN_NAME:
            size += 1
        return words[:size] if size > 1 else []
    heads = [i for i, w in enumerate(plain) if w.lower().strip(".") in _HEADS and all(
        p[:1].isupper() and p.lower() not in _NEVER_IN_NAME for p in plain[:i + 1])]
    return words[:heads[0] + 1] if heads else []


def common_suffix(runs: list[list[str]]) -> list[str]:
    """Return the words every run ends with."""
    size = min(len(run) for run in runs)
    while size and any(run[len(run) - size:] != runs[0][len(runs[0]) - size:] for run in runs):
        size -= 1
    return runs[0][len(runs[0]) - size:] if size else []


def common_prefix(runs: list[list[str]]) -> list[str]:
    """Return the words every run starts with."""
    size = min(len(run) for run in runs)
    while size and any(run[:size] != runs[0][:size] for run in runs):
        size -= 1
    return runs[0][:size]
