"""A `that` after a reporting verb that is its object, not a complementiser (`I have said that to the board.`, `We
said that publicly.`): a preposition or an adverb right after it, and no clause of its own after them up to the
sentence's end, show that nothing is reported there; so no cue opens a claim at it (the sentence stays whole: `to the
board` is never a row). `said that in 2024 it sent 40 letters` reports a clause after its adverbial: a cue."""
from __future__ import annotations

import re

from .vocabulary import is_plain_past, load_words

OBJECT_THAT_RE = re.compile(r"\s+(?:to|with|at|in|on|before|publicly|privately|directly|openly|repeatedly|again|"
                            r"many\s+times|myself|ourselves|himself|herself|itself|themselves)\b")
"""What follows a `that` which may be the verb's object: a preposition (`to the board`) or an adverb (`publicly`)."""
_REST_RE = re.compile(r"[^.;:!?\"\u201c\u201d]*")
"""The rest of the sentence after the `that` (to its end or a quotation mark)."""
_CLAUSE_WORDS: frozenset[str] = frozenset("i we you he she it they there is are was were has have had will would can "
                                          "could should may might must do does did".split())
"""Words that make the rest a clause of its own (a subject pronoun or a finite auxiliary)."""
DEMONSTRATIVE_NOUNS: frozenset[str] = load_words("demonstrative_nouns")
"""Singular count nouns a demonstrative `that` puts before a verb (`said that figure was too low`)."""
_NOUN_VERB_RE = re.compile(r"\s*([a-z]+)\s+([a-z]+)\b")
"""The two words after a cue's `that`: a noun and the word after it."""
_PRONOUNS: frozenset[str] = frozenset("i we you he she it they there".split())
"""The subject pronouns among `_CLAUSE_WORDS`, which no noun is followed by as its verb."""


def that_is_object(text: str, cue_end: int) -> bool:
    """Say whether the cue ending at `cue_end` ends with `that` (`said that`) which is the verb's object (`said that
    to the signatories.`, `said that publicly.`), not the opening of what is said (`said that in May it cut 40 jobs`)."""
    if not text.endswith("that", 0, cue_end) and not text.endswith("that ", 0, cue_end):
        return False  # the cheap test first: most cues do not end with `that`
    at = cue_end - 1 if text.endswith(" ", 0, cue_end) else cue_end
    if OBJECT_THAT_RE.match(text, at) is None:
        return False
    found = _REST_RE.match(text, at)
    if found is None or text[found.end():found.end() + 1] not in (".", "!", "?"):
        return False  # "It shows that at 5 April:" and a list, or a quotation: what is said follows
    rest = found.group().lower().replace(",", " ").split()
    return not any(w in _CLAUSE_WORDS or is_plain_past(w) for w in rest)


def that_is_determiner(text: str, cue_end: int) -> bool:
    """Say whether the cue ending at `cue_end` ends with a `that` which is the determiner of what is said's subject
    (`said that figure was too low`, `said that decision had saved £2m`): a singular count noun then a finite verb
    follow it, and a bare singular count noun is no subject (`said that funding fell` is a complementiser)."""
    if not text.endswith("that", 0, cue_end) and not text.endswith("that ", 0, cue_end):
        return False
    found = _NOUN_VERB_RE.match(text, cue_end)
    if found is None or found.group(1) not in DEMONSTRATIVE_NOUNS:
        return False
    verb = found.group(2)
    return verb in _CLAUSE_WORDS and verb not in _PRONOUNS or is_plain_past(verb)


def determiner_start(text: str, cue_end: int) -> int:
    """Return where what a cue reports starts: at its `that` when that is a determiner (`that_is_determiner`), else
    at the cue's end."""
    if not that_is_determiner(text, cue_end):
        return cue_end
    return text.rindex("that", 0, cue_end)
