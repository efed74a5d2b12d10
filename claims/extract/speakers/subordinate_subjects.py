"""The subject of a subordinate clause right before a cue (`Mrs Cole complained after the board's own review concluded
that ...`): the cue's subject is the noun phrase after `after`, `when`, `since`, ..., never a party named in the main
clause before it (who complained, not who concluded)."""
from __future__ import annotations

import re

from ..vocabulary import CLAUSE_CONJUNCTIONS, DOCUMENT_NOUNS, PREPOSITIONS, SUBJECT_PRONOUNS

SUBORDINATE_SUBJECT_RE = re.compile(
    r"\S[ \t]+(?:after|before|when|until|since)[ \t]+"
    r"(?P<subject>(?:the[ \t]+[\w\-]+(?:'s|\u2019s)|a|an|its|their|his|her|[A-Z][\w'\u2019\-]*)(?:[ \t]+[^\s,;:]+){0,4})[ \t]*$")
"""A subordinating word of time after words of a main clause, then a short noun phrase (no comma) that ends the region
and names its owner (`... complained after the board's own investigation`, `after its review`, `after Acme`); a bare
`after the session` or `after the drugmaker` is left to the region as a whole (a time, or a reference to a name
before it)."""
MAX_REACH = 80
"""How far before a cue the subordinating word may stand."""
_VERB_NEXT_RE = re.compile(r"[ \t]+[a-z]")
"""A lower-case word right after the region: the cue's verb, the region standing before it."""


def subordinate_subject_start(text: str, start: int, end: int) -> int:
    """Return where the subject of a subordinate clause ending a cue's region starts, else `start` (no such clause, a
    pronoun after the subordinating word, or the region is the clause itself)."""
    if not _VERB_NEXT_RE.match(text, end):
        return start  # '"...," said Jo Roe after the hearing.': the region follows its cue, the phrase is a time
    window = max(start, end - MAX_REACH)
    found = SUBORDINATE_SUBJECT_RE.search(text, window, end)
    if found is None:
        return start
    words = found.group("subject").lower().split()
    if any(w in SUBJECT_PRONOUNS for w in words):
        return start
    if words[0] in ("a", "an") and words[-1] in DOCUMENT_NOUNS:
        return start  # "after an independent review found": a document no one is named as writing yet (left as before)
    return found.start("subject")


_OPENING_WORD_RE = re.compile(r"[ \t\u00a0]*(?P<word>[A-Z][a-z]+)[ \t]+(?P<next>[\w'\u2019\-]+)")
"""The capitalised first word of a cue's region and the word after it."""


def past_opening_conjunction(text: str, start: int, end: int) -> int:
    """Return where a cue's region starts past a conjunction opening its sentence (`While retailers said`, `Although
    the union said`, `Though economists said`): the subject is the noun phrase after it, the conjunction no word of a
    party's name; else `start` (a pronoun after it, `Because of`: wave 47a; `After the ruling, X said`, a preposition's
    phrase closed by a comma)."""
    found = _OPENING_WORD_RE.match(text, start, end)
    if found is None or found.group("word").lower() not in CLAUSE_CONJUNCTIONS:
        return start
    following = found.group("next").lower()
    if following in SUBJECT_PRONOUNS or following in _NO_SUBJECT_WORDS:
        return start  # "When we first said", "Because of rising costs": no subject of its own to read
    if found.group("word").lower() in PREPOSITIONS and text.find(",", found.start("next"), end) >= 0:
        return start  # "After the ruling, Cllr Jo Penn told": a preposition's phrase; the subject follows its comma
    return found.start("next")


_NO_SUBJECT_WORDS: frozenset[str] = frozenset({"of", "so", "far", "then", "now", "asked", "pressed", "questioned"})
"""Words after an opening conjunction that start no subject (`Because of`, `As of`, `Once asked`)."""
