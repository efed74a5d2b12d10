"""Stubs (wave 14): rows that are not statements, mended by joining them to their sentence.

A splitter or a cue can leave a row that nobody could check on its own: a short piece cut from a list or a
contrast (`1,893 fires`, `remain above average`, `the windows replaced`), a reaction's object (`accepted that
figure`), a bare phrase after a cue that opens with a preposition (`by the end of May`, `through a shared control
room at Devizes`), a clause that leans on another (`because when prices rise`). Such a row is never dropped: it joins the row before it in the same sentence (from that row's
start, under that row's speaker), else the row after it; alone in its sentence, it grows to the whole sentence.
A stub the mending cannot place (its sentence spans a line, or is very long) stays as it was.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from .attribution.records import Found
from .figures import is_figure_word
from .short_predicates import clause_subject, grows_to_subject
from .short_rows import figure_piece, list_lead_in, too_short
from .text import Span, line_start
from .vocabulary import IRREGULAR_PAST, PAST_ED_RE, STUB_PREPOSITIONS, STUB_SUBORDINATORS, is_past_form, load_words

MIN_WORDS = 4
"""A row of fewer words than this is a stub, unless it is a short sentence (`We are sorry.`) or a figure's row."""
MAX_PREPOSITION_WORDS = 8
"""A row opening with a preposition and shorter than this, with no comma, is a phrase, not a statement."""
MAX_STUB_CHARS = 120
"""A row longer than this (in characters) has too many words to be a stub: tested before the words are counted."""
MAX_SENTENCE_WORDS = 60
"""A stub grows to its sentence only when the sentence is at most this long."""
_OPENERS = STUB_PREPOSITIONS
"""Prepositions that open a phrase, never a statement, when the row is short (`by the end of May`)."""
_LEANERS = STUB_SUBORDINATORS
"""Conjunctions and relatives that open a clause leaning on another (`because when ...`, `which ...`)."""
_AMOUNTS = load_words("amount_prepositions")
"""Prepositions that read a figure right after them as an amount (`over 300 new posts` is a count, wave 27a)."""
_THAT_RE = re.compile(r"\bthat\s+$")
"""A complementiser right before a row."""
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
                          "shall", "should", "may", "might", "must"})
"""Verbs that make a short row a sentence, and a phrase after a preposition a clause."""
_WORD_RE = re.compile(r"[^\W_](?:[\w'\u2019.,%-]*[^\W_%])?%?")
"""A word of a row, with inner `.` `,` `'` `-` and a closing `%` (`1,893`, `12.5%`, `Geraghty's`)."""
_SENTENCE_END_RE = re.compile(r"[.!?;](?=[\s\"\u201d\u2019')]|$)|\n")
"""Where a sentence (or a clause of a series) ends: a full stop, semicolon, question or exclamation mark before a space or a closing mark, or a line end."""
_SENTENCE_START_RE = re.compile(r"(?:[.!?;][\"\u201d\u2019')]*\s+|\n)[\"\u201c\u2018(]?")
"""What opens a sentence (or a clause of a series): a sentence end then spaces, or a line break (an opening mark is left outside)."""


def is_stub(quote: str) -> bool:
    """True for a row that is not a statement: too short, a short verbless phrase opening with a preposition, or a
    short clause opening with a conjunction or relative that leans on another clause."""
    words = _WORD_RE.findall(quote)
    if not words or "|" in quote:
        return False  # a table's row: a label and its cells (`Adult learning | Good`) stands, however short
    if len(words) < MIN_WORDS:  # `was not accessed`: no subject; `131 replied`: too short to stand
        return words[0] in _AUXILIARIES or too_short(words) or not (_short_statement(words) or _has_verb(words[1:]))
    short = len(words) < MAX_PREPOSITION_WORDS and "," not in quote
    if short and words[0].casefold() in _LEANERS:
        return True
    verbless = not any(w in _AUXILIARIES or w in IRREGULAR_PAST for w in words[1:])  # `By then sales rose` stands;
    # a participle after a preposition is mostly an adjective (`through a shared desk`)
    return short and verbless and ":" not in quote and words[0].casefold() in _OPENERS and not counted(words)


def counted(words: list[str]) -> bool:
    """True when a row opens on an amount: a preposition of amount before a figure (`over 300 new posts`), or any
    preposition before a measured figure (`by 4.9%`, `to 12 per cent`), never a preposition's object (`in 14 of them`,
    `by 2031`), wave 27a."""
    return is_figure_word(words[1]) and (words[0].casefold() in _AMOUNTS or measured(words[1:3]))


def measured(words: list[str]) -> bool:
    """True when a figure is written as a percentage (`4.9%`, `12 per cent`)."""
    return words[0].endswith("%") or words[1:2] == ["per"]


def _short_statement(words: list[str]) -> bool:
    """True for short words that still stand: a count, written or spelled (`912 new homes`, `41 arrests`,
    `restored six wetlands`, `Fourteen staff left`: the one list of number words, wave 35f)."""
    return any(is_figure_word(word) for word in words)


def _phrase(words: list[str]) -> bool:
    """True for words opening with a preposition and holding no finite verb, not even a past in -ed (`in 14 of them`;
    `at least two people fainted` is a clause), wave 27a."""
    return words[0].casefold() in _OPENERS and not _has_verb(words[1:])


def _has_verb(words: list[str]) -> bool:
    """True when words after the first hold a finite verb: an auxiliary, an irregular past or a past in -ed
    in lower case (`rents rose`, `We are sorry`, `the gutters cleared`; `May` is a month)."""
    return any(w in _AUXILIARIES or is_past_form(w, shortest=4) for w in words)


def sentence_of(text: str, span: Span) -> Span:
    """The sentence around a span: from after the last sentence end before it to the first one after it."""
    start, end = span
    opener = None
    for opener in _SENTENCE_START_RE.finditer(text, max(0, start - 2000), start):
        pass
    first = opener.end() if opener is not None else line_start(text, start)
    closer = _SENTENCE_END_RE.search(text, end)
    last = len(text) if closer is None else closer.end() if closer.group() != "\n" else closer.start()
    return max(first, line_start(text, start)), last


def sentence_ends_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence running on at `start` ends before `end`, as `sentence_of` would say, reading no further
    than `end` (a test between two neighbouring rows stays linear in one endless sentence)."""
    closer = _SENTENCE_END_RE.search(text, start, end)
    return closer is not None and (closer.end() if closer.group() != "\n" else closer.start()) < end


def mend_stubs(text: str, found: Sequence[Found]) -> list[Found]:
    """Rows in span order with every stub joined to a row of its sentence or grown to its sentence."""
    rows = [r for i, r in enumerate(found) if not (i + 1 < len(found) and list_lead_in(text, r.span)
                                                  and found[i + 1].speaker == r.speaker)]  # "..., Acme must:" and items
    if not any(stub_at(text, r.span) for r in rows):
        return rows
    return mend_each(text, rows, _mend)


def mend_each(text: str, rows: list[Found], mend: Callable[[str, list[Found], int], list[Found] | None]) -> list[Found]:
    """Rows with `mend` asked at each index until it leaves the row there as it is (None); a mended list is asked
    again at the same index."""
    index = 0
    while index < len(rows):
        mended = mend(text, rows, index)
        if mended is None:
            index += 1
            continue
        rows = mended
    return rows


def stub_at(text: str, span: Span) -> bool:
    """True when the row at a span is a stub; a long row, or one of four words or more opening with no preposition or
    conjunction, is none without reading the rest (words are words: `&` is none, wave 27a; a word ends at a tab or a
    line break too: `in<tab>9 of them` opens with `in`, as is_stub reads it, mutation round 27)."""
    start, end = span
    if end - start > MAX_STUB_CHARS:
        return False
    if _holds_words(text, start, end, MIN_WORDS):
        first = text[start:end].split(None, 1)[0].casefold()  # a tab or line break ends a word as a space does
        if first not in _OPENERS and first not in _LEANERS:
            return False
    return is_stub(text[start:end])


def _holds_words(text: str, start: int, end: int, count: int) -> bool:
    """Say whether text[start:end] holds at least `count` words, reading no further than the last of them."""
    return next(itertools.islice(_WORD_RE.finditer(text, start, end), count - 1, None), None) is not None


def _mend(text: str, rows: list[Found], index: int) -> list[Found] | None:
    """The rows with the stub at `index` joined or grown, or None when that row is no stub or cannot be placed."""
    row = rows[index]
    if not stub_at(text, row.span):
        return None
    words = _WORD_RE.findall(text, *row.span)
    after_that = _THAT_RE.search(text, max(0, row.span[0] - 12), row.span[0]) is not None and not too_short(words)
    if after_that and not _phrase(words):
        return None  # `..., that libraries open longer`: a that-clause has its own subject (a phrase, `that in 14
        # of them`, has none and joins its clause's row, wave 27a)
    bounds = sentence_of(text, row.span)
    if index and _joins(rows[index - 1], row, bounds):
        before = rows[index - 1]
        return rows[:index - 1] + [before._replace(span=(before.span[0], row.span[1]))] + rows[index + 1:]
    if figure_piece(words) and PAST_ED_RE.fullmatch(words[0]) is None:
        return None  # `found 23 errors`: a figure first in its sentence is the cue's object, as the writer cut it
    # (`accepted five`, `rejected 2`: a verb and a bare figure, no subject, grows to its sentence)
    if index + 1 < len(rows) and _joins(rows[index + 1], row, bounds):
        after = rows[index + 1]
        return rows[:index] + [row._replace(span=(row.span[0], after.span[1]))] + rows[index + 2:]
    if after_that:
        return None  # `said that by 2031 at the latest`: a phrase after its cue's `that` never grows over its cue
    return _grown(text, rows, index, bounds)


def _joins(other: Found, row: Found, bounds: Span) -> bool:
    """True when another row of the same speaker lies inside the stub's sentence."""
    return other.speaker == row.speaker and bounds[0] <= other.span[0] and other.span[1] <= bounds[1]


def _grown(text: str, rows: list[Found], index: int, bounds: Span) -> list[Found] | None:
    """The rows with a lone stub grown to its whole sentence, or None when the sentence is too long or overlaps
    another row."""
    start, end = trimmed(text, bounds)
    end = rows[index].span[1] if own_cue_after(text, rows[index], end) else end  # "In 2010 the fund awarded $9
    # million, said Pellow.": the cue set off after its content ends the row's words (68x)
    first = [word.lower() for word in _WORD_RE.findall(text, *rows[index].span)[:1]]
    own = clause_subject(text, (start, end), rows[index].span) \
        if _has_verb(first) and not grows_to_subject(text, (start, end), rows[index].span) else None
    if own is not None:  # `... after the regulator rated it inadequate`: the clause's subject, not the sentence (40f)
        return rows[:index] + [rows[index]._replace(span=(own, rows[index].span[1]))] + rows[index + 1:]
    if _has_verb(first) and first[0] not in _AUXILIARIES and not too_short(_WORD_RE.findall(text, *rows[index].span)) \
            and not grows_to_subject(text, (start, end), rows[index].span):
        return None  # `recommended the scheme's approval`: a judgement told by its verb stands as the writer cut it
        # (`The club admitted its charge.`: three words after their subject grow to it, wave 20e)
    if len(_WORD_RE.findall(text, start, end)) > MAX_SENTENCE_WORDS or (start, end) == rows[index].span:
        return None
    if any(other.span[0] < end and start < other.span[1] for i, other in enumerate(rows) if i != index):
        return None
    if text[bounds[1] - 1:bounds[1]] == ";" or text[:bounds[0]].rstrip().endswith(";"):
        return None  # one clause of a series (`...; and that complaints halved`): left as the writer cut it
    return rows[:index] + [rows[index]._replace(span=(start, end))] + rows[index + 1:]


MAX_CUE_TAIL_WORDS = 8
"""The most words a cue set off after its content runs with its speaker (`, said Ada Pellow, the fund's head.`)."""


def own_cue_after(text: str, row: Found, end: int) -> bool:
    """Say whether all that follows a row up to `end` is its own cue set off after it with its speaker (`, said
    Pellow.`, `, Ada Pellow said.`): the cue closes the row's words, which never grow over it (wave 68x)."""
    tail = text[row.span[1]:end]
    words = _WORD_RE.findall(tail)
    cue = row.cue.strip(" ,").split()
    name = row.speaker.split()[-1:] if row.speaker else []
    return tail.lstrip().startswith(",") and bool(cue) and bool(name) and len(words) <= MAX_CUE_TAIL_WORDS \
        and all(word in words for word in cue + name)


def trimmed(text: str, bounds: Span) -> Span:
    """A sentence's bounds without the white space, bullet marks or dashes at its edges."""
    start, end = bounds
    while start < end and (text[start].isspace() or text[start] in "-*\u2022\u2013\u2014"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
