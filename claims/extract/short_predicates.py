"""Short predicates that are no statement on their own (wave 20e, issue 8: every row a statement someone could check).

- **A kept verb and a short object** (`The club admitted its charge.`, `Mr Roe denied saying this.`): a row of a cue's
  verb that stays in its claim (`admitted`, `denied`, `rated`) and fewer than `MIN_STATEMENT_WORDS` words says
  nothing a reader can check without its subject; when only that subject comes before it in its sentence, the stub
  mending (`stubs`) grows the row to the sentence, as it grows two words (`recommended refusal`); a subject with an
  aside between commas that opens on a relative pronoun or an article (`Ivo Marsh, who has chaired it since 2015,
  denied acting improperly`) is still only its subject (wave 40f). A subject inside a clause of time (`... after the
  regulator rated it inadequate`) does not take the sentence (its subject is the writer's narration): the row grows
  back to that subject, `the regulator rated it inadequate`, the guide's own judgement row (`clause_subject`, 40f).
- **A relative clause whose pronoun is the cue's object** (`Both halls need new roofs, which the district estimated
  at $8.4m`, `..., the second rise it has announced in six months`): after the cue only a short phrase opening on a
  preposition is left, so what the speaker estimated or announced is the clause the pronoun points back to; the
  claim is the sentence up to the phrase's end, never the phrase alone.
"""
from __future__ import annotations

import re

from .text import Span
from .vocabulary import CLAUSE_CONJUNCTIONS, FINITE_WORDS, PREPOSITIONS

MIN_STATEMENT_WORDS = 4
"""A kept verb and its object shorter than this (`admitted its charge`) need their subject."""
MAX_PHRASE_WORDS = 7
"""The longest phrase after a cue that is only where, when or how much (`at $8.4 million combined`)."""
MAX_SUBJECT_WORDS = 8
"""The longest subject a short predicate takes (`The club`, `Chief executive Jo Roe`)."""
_ASIDE_SUBJECT_RE = re.compile(r"(?P<subject>[^,]+),[ \t]+(?:who|whose|which|the|a|an)\b[^,]*,[ \t]*")
"""A subject, then an aside between commas opening on a relative pronoun or an article (`X, who has ..., `)."""
_CONJUNCTION_RE = re.compile(r"\b(?:%s)\s+" % "|".join(sorted(CLAUSE_CONJUNCTIONS)))
"""A conjunction of `CLAUSE_CONJUNCTIONS` (lower case) and the space after it: the last one before a row opens its
clause."""
_OPENING_RE = re.compile(r"[\s\"\u201c\u2018'(]*")
"""What may come before a sentence's first word: white space, an opening quotation mark or bracket."""


def opening_end(text: str, start: int, end: int) -> int:
    """The offset after the white space and opening marks from start, never past end (start when end is before it)."""
    found = _OPENING_RE.match(text, start, end)
    return found.end() if found is not None else start


def words_of(text: str, span: Span) -> list[str]:
    """The words of a span, their punctuation stripped (empty words left out)."""
    return [w for w in (word.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()") for word in text[span[0]:span[1]].split()) if w]


def opens_sentence(text: str, sentence_start: int, at: int) -> bool:
    """Say whether an offset is the sentence's first word: only white space or an opening mark before it, and the
    text's start, a line's end or a sentence's end before that (a clause cut at `and` is no sentence)."""
    before = text[:sentence_start].rstrip(" \t\u00a0\"'\u201c\u2018")
    return opening_end(text, sentence_start, at) == at \
        and (not before or before[-1] in ".!?:\n" or before.endswith(("\u201d", "\u2019", '"')))


def grows_to_subject(text: str, sentence: Span, row: Span) -> bool:
    """Say whether a row of a kept verb and a short object (`admitted its charge`) grows to its sentence: fewer than
    `MIN_STATEMENT_WORDS` words, and only its subject before it in a sentence that opens on it (`The club`)."""
    if len(words_of(text, row)) >= MIN_STATEMENT_WORDS or not sentence[0] <= row[0] <= sentence[1]:
        return False
    subject = opening_end(text, sentence[0], row[0])
    return subject < row[0] and opens_sentence(text, sentence[0], subject) \
        and (plain_subject(words_of(text, (subject, row[0]))) or subject_with_aside(text[subject:row[0]]))


def subject_with_aside(words: str) -> bool:
    """Say whether the words before a row are a subject, then an aside between commas that opens on a relative pronoun
    or an article (`Councillor Ivo Marsh, who has chaired the committee since 2015,`, `Ivo Marsh, the chair,`)."""
    found = _ASIDE_SUBJECT_RE.fullmatch(words)
    return found is not None and plain_subject(words_of(found["subject"], (0, len(found["subject"])))) \
        and found["subject"].split()[0].lower() not in PREPOSITIONS


def clause_subject(text: str, sentence: Span, row: Span) -> int | None:
    """The start of a short kept-verb row's own subject inside a clause of time or cause (`... closed after the county
    inspectorate rated it inadequate` -> `the county inspectorate`): fewer than `MIN_STATEMENT_WORDS` words, and only
    a plain subject between the clause's conjunction and the row; None otherwise."""
    if len(words_of(text, row)) >= MIN_STATEMENT_WORDS or not sentence[0] <= row[0] <= sentence[1]:
        return None
    opened = None
    for opened in _CONJUNCTION_RE.finditer(text, sentence[0], row[0]):
        pass  # the last conjunction before the row opens its clause
    if opened is None:
        return None
    found = words_of(text, (opened.end(), row[0]))
    if "," in text[opened.end():row[0]] or not found or any(c.isdigit() for c in found[0]):
        return None  # "who has sat on it since 2011, denied ...": `since` a preposition, its object no subject
    return opened.end() if plain_subject(found) and found[0].lower() not in PREPOSITIONS else None


def plain_subject(found: list[str]) -> bool:
    """Say whether words are only a sentence's subject: short, with no verb of their own (`has been placed`) and no
    conjunction opening a clause (`after the regulator`)."""
    return 0 < len(found) <= MAX_SUBJECT_WORDS \
        and not any(word.lower() in FINITE_WORDS or word.lower() in CLAUSE_CONJUNCTIONS for word in found)


def only_phrase(text: str, content: Span) -> bool:
    """Say whether a cue's content is only a short phrase opening on a preposition, with no verb of its own and no
    comma (`at $8.4 million combined`, `in six months`)."""
    found = words_of(text, content)
    return 1 < len(found) <= MAX_PHRASE_WORDS and found[0].lower() in PREPOSITIONS \
        and "," not in text[content[0]:content[1]].rstrip(" ,.;") \
        and not any(word.lower() in FINITE_WORDS for word in found[1:])


def object_relative_claim(text: str, sentence_start: int, own_subject: int | None, content: Span) -> Span | None:
    """The claim of a cue in a relative clause whose pronoun is its object (`roofs and boilers, which the district
    estimated at $8.4m`): the sentence up to the content's end when the content is only a short phrase and the
    clause has a subject of its own; else None."""
    if own_subject is None or content[0] >= content[1] or not only_phrase(text, content):
        return None
    start = opening_end(text, sentence_start, own_subject)
    return (start, content[1]) if start < own_subject else None
