"""Statements (wave 26g): the last step before rows are returned, so that every row can stand as a statement.

The stub mending (`stubs`, wave 14) joins short rows a splitter left, a phrase or a bare name among them (`in 9 of
them`, `Quill Dorsey & Co`: wave 27a moved them there from this step). Some rows still cannot stand, whatever their
length; this step reads what each one lacks and mends it from its own sentence:

- **A cut end** (`cut_end`): the row ends on an article or an auxiliary (`... and had`), or on a preposition only a
  cut leaves last (`of`, `into`, `than`), while its clause goes on after it (no full stop, semicolon, closing
  quotation mark or line end next). The row runs on to the next row of its sentence and speaker, else to its
  sentence's end, unless the words it would take in hold a reporting verb (`..., the inspectors found`).
- **A count cut from its part** (`cut_count`): a count of fewer than four words right before `, including` and the
  row that counts its part (`144 rail injuries` and `52 on level crossings`): the two are one item.
- **A subject cut from its verb** (`cut_subject`): a verbless row, `and` or `or` alone, then a row of the same
  speaker whose own auxiliary, copula or modal follows its noun phrase (`more than a third of the steel` and `the
  ships' blocks could be built abroad`): a splitter cut one subject in two; the rows are one clause.
- **A subject the cue took** (`taken_subject`): a row opening on a lower-case finite verb right after its cue's
  `that` (`said that was "plainly untrue"`): that `that` is the subject, a pronoun, not the word that opens a
  reported clause; the row starts on it and the cue loses it.

A row is never dropped: one that cannot be mended stays as it was.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.records import Found
from .figures import is_figure_word
from .stubs import mend_each, sentence_of
from .text import Span
from .vocabulary import CUE_VERBS, FINITE_WORDS, SUBJECT_PRONOUNS, is_plain_past, load_words
from .text_caches import per_text

CUT_ENDINGS = load_words("cut_endings")
"""Words that end a row only when a cut left them last: articles, auxiliaries, `of`, `into`, `than`."""
MIN_WORDS = 4
"""A count shorter than this before `, including` is cut from its part."""
MAX_GROWN_WORDS = 80
"""A row runs on to its sentence's end only when the sentence is at most this long."""
_WORD_RE = re.compile(r"[^\W_](?:[\w'\u2019.,%&-]*[^\W_%])?%?")
"""A word of a row, with inner `.` `,` `'` `-` and a closing `%` (`1,893`, `12.5%`, `Geraghty's`)."""
_CLAUSE_END_RE = re.compile(r"[\"\u201d\u2019')\]]*(?:[.!?;:]|\s*\n|\s*$)|[,]?[\"\u201d\u2019]")
"""What closes a clause right after a row: a sentence's end, a semicolon or colon, a line's end, a closing mark."""
_CLOSED_RE = re.compile(r"(?:[.!?;:]|[\"\u201d\u2019])[\"\u201d\u2019')\]]*\s*$")
"""A row that ends on its own sentence's end or closing quotation mark (`... not where we want to be"`)."""
RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "where", "when", "while", "because", "if"})
"""Words that open a clause inside a noun phrase or a sentence: a verb after them is not the row's own."""
_INNER_END_RE = re.compile(r"[.!?;]\s")
"""A sentence's end inside a row."""
_PAIR_RE = re.compile(r"[ \t]+(?:and|or)[ \t]+")
"""`and` or `or` alone between two rows, no comma: two noun phrases joined, not two clauses."""
_INCLUDING_RE = re.compile(r",?\s+including\s+")
"""`, including` between a count and its part."""
INVERTED_CONDITIONS = frozenset({"had", "were", "should"})
"""Verbs that put a condition first by inversion (`had the council acted sooner, ...`)."""
INVERTED_SUBJECTS = frozenset({"the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "there", "its",
                               "their", "our", "his", "her"})
"""The subject right after such a verb that makes it an inversion, not a verb after a subject `that`."""
_THAT_BEFORE_RE = re.compile(r"\bthat\s+$")
"""A cue's `that` right before a row."""


@per_text(1024)
def words_of(text: str, span: Span) -> tuple[str, ...]:
    """The words of a span of text (each row's are read by several tests, so they are kept)."""
    return tuple(_WORD_RE.findall(text, *span))


def has_finite_verb(words: Sequence[str]) -> bool:
    """Whether lower-case words hold a finite verb: an auxiliary, a copula, a modal, an irregular past or a past in
    `-ed` (`rents rose`, `staff were moved`; `May` is a month)."""
    return any(w in FINITE_WORDS or is_plain_past(w) for w in words)


def cut_end(text: str, span: Span) -> bool:
    """Whether a row ends on a word only a cut leaves last while its clause goes on (`... and had, "by his own
    account"`); an auxiliary after a subject pronoun is an ellipsis (`..., and it has, too`), and a row holding its
    own full stop or closing quotation mark is closed (`was "not where we want to be"`)."""
    words = words_of(text, span)
    if not words or words[-1] not in CUT_ENDINGS:
        return False
    if len(words) > 1 and words[-2].casefold() in SUBJECT_PRONOUNS and words[-1] in FINITE_WORDS:
        return False
    if _CLOSED_RE.search(text, span[0], span[1]) is not None:
        return False  # `... we want to be.`: the row holds its own sentence's end
    return _CLAUSE_END_RE.match(text, span[1]) is None


def cut_count(text: str, span: Span, after: Found | None) -> bool:
    """Whether a row is a count of fewer than four words cut from its part by `, including` (`144 rail injuries`
    before `, including 52 on level crossings`)."""
    words = words_of(text, span)
    return after is not None and 0 < len(words) < MIN_WORDS and is_figure_word(words[0]) \
        and _INCLUDING_RE.fullmatch(text, span[1], after.span[0]) is not None


def cut_subject(text: str, row: Found, after: Found | None) -> bool:
    """Whether a verbless row is the first half of a subject cut at `and` or `or` from the row after it that holds the
    verb (`more than a third of the steel` and `the ships' blocks could be built abroad`): one clause, not two. The
    verb after must be an auxiliary, a copula or a modal of that row's own clause (before any relative word or full
    stop: `the stores where they took place` is a noun's clause), and the row must not open on a pronoun subject."""
    if after is None or after.speaker != row.speaker or _PAIR_RE.fullmatch(text, row.span[1], after.span[0]) is None:
        return False
    words = words_of(text, row.span)
    if not words or has_finite_verb(words) or words[0].casefold() in SUBJECT_PRONOUNS:
        return False
    return main_verb_follows(words_of(text, (after.span[0], _clause_end(text, after.span))))


def main_verb_follows(words: Sequence[str]) -> bool:
    """Whether words open on a noun phrase whose own auxiliary, copula or modal comes before any relative word."""
    for place, word in enumerate(words):
        if word.casefold() in RELATIVE_WORDS:
            return False
        if word in FINITE_WORDS:
            return place > 0
    return False


def _clause_end(text: str, span: Span) -> int:
    """Where a row's first sentence ends inside it (its end when it holds one sentence)."""
    stop = _INNER_END_RE.search(text, span[0], span[1])
    return span[1] if stop is None else stop.start()


def taken_subject(text: str, row: Found) -> bool:
    """Whether a row opens on a lower-case finite verb right after its cue's `that` (`said that was "untrue"`); not
    a condition put first by inversion (`said that had the council acted, ...`: `that` opens the reported clause)."""
    words = words_of(text, row.span)
    if not words or words[0] not in FINITE_WORDS or not row.cue.endswith(" that"):
        return False
    if words[0] in INVERTED_CONDITIONS and len(words) > 1 and words[1].casefold() in INVERTED_SUBJECTS:
        return False
    return _THAT_BEFORE_RE.search(text, max(0, row.span[0] - 6), row.span[0]) is not None


def mend_statements(text: str, found: Sequence[Found]) -> list[Found]:
    """Rows in span order with every row that cannot stand joined to the row it was cut from, run on to its
    sentence's end, or (a subject the cue took) started on that subject; a row that cannot be mended stays."""
    return mend_each(text, list(found), _mend)


def _mend(text: str, rows: list[Found], index: int) -> list[Found] | None:
    """The rows with the row at `index` mended, or None when it stands (or cannot be mended)."""
    row = rows[index]
    after = rows[index + 1] if index + 1 < len(rows) else None
    if taken_subject(text, row):
        start = text.rfind("that", 0, row.span[0])
        return rows[:index] + [row._replace(span=(start, row.span[1]), cue=row.cue[:-len(" that")])] + rows[index + 1:]
    if cut_end(text, row.span):
        return _run_on(text, rows, index)
    if cut_count(text, row.span, after) and after is not None and after.speaker == row.speaker:
        return _joined(rows, index, index + 1)
    if cut_subject(text, row, after):
        return _joined(rows, index, index + 1)
    return None


def _joined(rows: list[Found], first: int, second: int) -> list[Found]:
    """The rows with two neighbours made one, under the first's speaker and cue."""
    head = rows[first]
    return rows[:first] + [head._replace(span=(head.span[0], rows[second].span[1]))] + rows[second + 1:]


def _run_on(text: str, rows: list[Found], index: int) -> list[Found] | None:
    """The rows with a row cut at its end run on to the next row of its sentence and speaker, else to its sentence's
    end; None when the words taken in would hold a reporting verb, or another row, or the sentence is too long."""
    row = rows[index]
    bounds = sentence_of(text, row.span)
    after = rows[index + 1] if index + 1 < len(rows) else None
    if after is not None and after.speaker == row.speaker and after.span[1] <= bounds[1]:
        end = after.span[1]
        if _reports(text, (row.span[1], after.span[0])):
            return None
        return _joined(rows, index, index + 1)
    end = _sentence_end(text, bounds)
    too_long = len(words_of(text, (row.span[0], end))) > MAX_GROWN_WORDS
    if end <= row.span[1] or _reports(text, (row.span[1], end)) or too_long:
        return None
    if after is not None and after.span[0] < end:
        return None
    return rows[:index] + [row._replace(span=(row.span[0], end))] + rows[index + 1:]


def _sentence_end(text: str, bounds: Span) -> int:
    """Where a sentence's words end: before its closing full stop, semicolon or white space."""
    end = bounds[1]
    while end > bounds[0] and (text[end - 1].isspace() or text[end - 1] in ".;!?"):
        end -= 1
    return end


def _reports(text: str, span: Span) -> bool:
    """Whether some words hold a reporting verb (`, the inspectors found`): a cue's clause, not the row's."""
    return any(word.casefold() in CUE_VERBS for word in words_of(text, span))
