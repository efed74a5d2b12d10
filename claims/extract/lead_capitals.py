"""A news lead's first words set in capitals (wave 47d): British and Irish papers print a story's opening words in
capitals (`THE LEADER of Glenmoor Council has ...`, `THE TUBA HAVE confirmed ...`), a house style, not a name. The
working copy reads them in the case they would have in the sentence: a word the text writes in capitals elsewhere
stays an acronym (`TUBA`), one it writes capitalised elsewhere keeps its capital, any other is a common word
(`The leader of Glenmoor Council`, `The TUBA have confirmed`). The rewrite keeps the text's length.
"""
from __future__ import annotations

import re

from .text import line_opening, opens_some_line
from .vocabulary import LEAD_SHORT_WORDS, PREPOSITIONS

_LEAD = r"[ \t]*(?P<run>[A-Z][A-Z'\u2019\-]*(?:[ \t]+[A-Z][A-Z'\u2019\-]*){1,5})(?=[ \t]+(?P<next>[a-z]+))"
"""Two to six words in capitals, a lower-case word after them (regex source, read at a line's start)."""
_LEAD_RE = re.compile(r"(?:^|(?<=\n))" + _LEAD)
"""Two to six words in capitals opening a paragraph, a lower-case word after them: a lead in the house style."""
_LEAD_OPENING = line_opening(_LEAD)
"""Such a lead opening some line, found faster than by `_LEAD_RE`'s search (which tries every character)."""
_SINGLE_LEAD = r"[ \t]*(?P<run>[A-Z]{2,4})(?=[ \t]+[a-z])"
"""One short word in capitals before a lower-case word (regex source, read at a line's start)."""
_SINGLE_OPENING = line_opening(_SINGLE_LEAD)
"""Such a word opening some line, found by skipping to the line breaks."""
_SINGLE_LEAD_RE = re.compile(r"^" + _SINGLE_LEAD, re.MULTILINE)
"""One short word in capitals opening a paragraph before a lower-case word (`ONE of Powys' main water companies`,
`THE number of`): the house style's lead of a single word (wave 53d)."""
_ARTICLES = ("THE", "A", "AN")
"""The words a lead in capitals opens on (`THE LEADER of`, `A SURVEY by`)."""
_WORD_RE = re.compile(r"[A-Z][A-Z'\u2019\-]*")
"""One word of such a run."""
_MAX_ACRONYM = 3
"""The longest word of a lead in capitals taken for an acronym though the text writes it nowhere else (`NHS`, `GP`),
unless it is a common short word (`THE`, `HAS`, `data/lead_short_words.txt`)."""


def recased_leads(text: str) -> str:
    """Return the text with every paragraph's opening words in capitals written in their reading case (same
    length); the text itself when no paragraph opens so (the common case: no copy)."""
    if not opens_some_line(text, _SINGLE_OPENING) and not holds_lead(text):
        return text
    recased = _LEAD_RE.sub(lambda lead: _recased_run(text, lead) if _house_style(lead) else lead.group(), text)
    return _SINGLE_LEAD_RE.sub(lambda lead: _recased_single(text, lead), recased)


def _recased_single(text: str, lead: re.Match[str]) -> str:
    """Return a lead of one short common word in capitals with a capital first only (`ONE of` -> `One of`); a word the
    text writes in capitals elsewhere, or no common short word (`data/lead_short_words.txt`), stays (`HSE says`)."""
    start, end = lead.span("run")
    word = lead.group("run")
    if word.lower() not in LEAD_SHORT_WORDS or _elsewhere(text, word, start, end):
        return lead.group()
    return lead.group()[:start - lead.start()] + word[:1] + word[1:].lower()


def holds_lead(text: str) -> bool:
    """Say whether some line of a text opens with a lead in capitals (`_LEAD_RE.search(text) is not None`, faster)."""
    return opens_some_line(text, _LEAD_OPENING)


def _house_style(lead: re.Match[str]) -> bool:
    """Say whether a run of capitals is a lead set so by house style: it opens on an article (`THE TUBA HAVE said`)
    or goes on with a preposition (`FERRY PASSENGERS on the crossing`); a name set wholly in capitals before its verb
    (`HARBOUR POLICE said`, `CITY OF ARDEN said`) stays as written."""
    return lead.group("run").split()[0] in _ARTICLES or lead.group("next") in PREPOSITIONS


def _recased_run(text: str, lead: re.Match[str]) -> str:
    """Return a lead's match with its run of capitals in reading case: the first word opens the sentence."""
    start, end = lead.span("run")
    words = [_reading_case(text, word.group(), start, end, word.start() == 0)
             for word in _WORD_RE.finditer(lead.group("run"))]
    spaced = iter(words)
    run = _WORD_RE.sub(lambda _: next(spaced), lead.group("run"))
    return lead.group()[:start - lead.start()] + run


def _reading_case(text: str, word: str, start: int, end: int, first: bool) -> str:
    """Return a word of a lead's run as the sentence would write it: capitals when the text writes it so outside the
    run (an acronym), a capital first when the text writes it so elsewhere or it opens the sentence, else lower."""
    if len(word) > 1 and (len(word) <= _MAX_ACRONYM and word.lower() not in LEAD_SHORT_WORDS
                          or _elsewhere(text, word, start, end)):
        return word
    titled = word[:1] + word[1:].lower()
    if first or _elsewhere(text, titled, start, end, inside_sentence=True):
        return titled
    return word.lower()


def _elsewhere(text: str, word: str, start: int, end: int, inside_sentence: bool = False) -> bool:
    """Say whether the text writes a word, as a whole word, outside text[start:end] (inside a sentence only: not
    where a sentence's first capital may be the only one it has)."""
    pattern = re.compile(rf"(?<![\w]){re.escape(word)}(?![a-z])")
    return any(not start <= found.start() < end
               and not (inside_sentence and _opens_sentence(text, found.start()))
               for found in pattern.finditer(text))


_SENTENCE_OPENERS = ".!?:\n\u201c\u2018\"'"
"""What may stand right before a sentence's first word (spaces aside): a stop, a line's end, an opening mark."""


def _opens_sentence(text: str, at: int) -> bool:
    """Say whether a word at `at` opens a sentence or a line (where its capital says nothing of the word)."""
    before = text[max(0, at - 4):at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENERS  # nothing but spaces before it: the text's or a line's start
