"""Cut leads (wave 39c): a row that only leads into the row a splitter cut it from, joined back to it.

A splitter cuts a sentence at its commas, at `and` and before a participle; three kinds of piece it leaves cannot stand
alone, yet the row right after them (same speaker, same sentence) is what they belong to:

- **an opening phrase** (`of the 31 landlords inspected during 2025` before `, 19 passed ...`): a short phrase opening on
  a preposition, with no comma of its own, that sets the scene of the clause after its comma; not an amount (`about
  640 players`, a subject: `stubs.counted`) nor an aside after a comma (`sets out, within six months, the point`);
- **a bare head** (`9 removals` before `, 6 of them because ...`): a count of fewer than four words and no finite verb
  whose parts the clause after its comma counts (`6 of them`, `six of these`);
- **a summed pair** (`more than public lessons` and `open lane swims combined`; `every school` and `building combined`):
  two rows apart by `and` or a space alone, the second ending on a word that sums them (`summing_words.txt`): one noun
  phrase, not two items.

The two rows become one under the first one's speaker and cue; every other row stays as it was.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution.records import Found
from .figures import is_figure_word
from .statements import has_finite_verb, words_of
from .stubs import counted, mend_each, sentence_ends_before
from .text import Span
from .vocabulary import STUB_PREPOSITIONS, load_words

OPENERS = STUB_PREPOSITIONS
"""Prepositions that open a phrase, never a statement, when the row is short (`of the 31 landlords`)."""
SUMMING_WORDS = load_words("summing_words")
"""Words that sum the pair of nouns before them (`combined`, `together`)."""
MAX_PHRASE_WORDS = 8
"""An opening phrase has fewer words than this (as a stub opening on a preposition has)."""
MAX_HEAD_WORDS = 3
"""A bare head has at most this many words (`9 removals`, `31 new entries`)."""
_COMMA_GAP_RE = re.compile(r",[ \t]+")
"""A comma and spaces alone between two rows."""
_PAIR_GAP_RE = re.compile(r"[ \t]+(?:and[ \t]+)?")
"""`and` or a space alone between two rows, no comma."""
_PARTITIVE_RE = re.compile(r"(?P<count>\S+)[ \t]+of[ \t]+(?:them|these|those)\b")
"""A count of the parts of what came before (`6 of them`, `six of these`)."""
_CLAUSE_END_RE = re.compile(r"[\"\u201d\u2019')]*(?:[.!?;:,]|[ \t]*\n|[ \t]*$)")
"""What closes a clause right after a row: a stop, a comma, a colon, a line's end."""


def opening_phrase(text: str, span: Span) -> bool:
    """Whether a row is a short phrase opening on a preposition with no comma of its own (`of the 31 landlords
    inspected during 2025`): the scene of a clause, not a clause; not an amount (`about 640 players`), nor an aside
    after a comma (`, within six months,`)."""
    words = list(words_of(text, span))
    return 0 < len(words) < MAX_PHRASE_WORDS and words[0].casefold() in OPENERS and "," not in text[span[0]:span[1]] \
        and not (len(words) > 1 and counted(words)) and not text[:span[0]].rstrip().endswith(",")


def bare_head(text: str, span: Span, after: Span) -> bool:
    """Whether a row is a verbless count of at most three words (`9 removals`) and the row after it opens on a count
    of its parts (`6 of them because ...`)."""
    words = words_of(text, span)
    if not 0 < len(words) <= MAX_HEAD_WORDS or not is_figure_word(words[0]) or has_finite_verb(words):
        return False
    part = _PARTITIVE_RE.match(text, after[0], after[1])
    return part is not None and is_figure_word(part["count"])


def summed_pair(text: str, span: Span, after: Span) -> bool:
    """Whether two rows apart by `and` or a space alone are one noun phrase that a summing word closes (`public lessons
    and open lane swims combined`, `every school building combined`)."""
    if _PAIR_GAP_RE.fullmatch(text, span[1], after[0]) is None:
        return False
    words = words_of(text, after)
    return bool(words) and words[-1].casefold() in SUMMING_WORDS and _CLAUSE_END_RE.match(text, after[1]) is not None


def leads_into(text: str, row: Found, after: Found) -> bool:
    """Whether a row only leads into the row after it (same speaker, same sentence): an opening phrase or a bare head
    before its comma, or the first half of a summed pair."""
    if after.speaker != row.speaker or sentence_ends_before(text, row.span[1], after.span[1]):
        return False
    if _COMMA_GAP_RE.fullmatch(text, row.span[1], after.span[0]) is not None:
        return opening_phrase(text, row.span) or bare_head(text, row.span, after.span)
    return summed_pair(text, row.span, after.span)


def join_cut_leads(text: str, found: Sequence[Found]) -> list[Found]:
    """Rows in span order with each one that only leads into the next row joined to it."""
    return mend_each(text, list(found), _mend)


def _mend(text: str, rows: list[Found], index: int) -> list[Found] | None:
    """The rows with the row at `index` joined to the row after it, or None when it leads into nothing."""
    if index + 1 >= len(rows) or not leads_into(text, rows[index], rows[index + 1]):
        return None
    row = rows[index]
    return rows[:index] + [row._replace(span=(row.span[0], rows[index + 1].span[1]))] + rows[index + 2:]
