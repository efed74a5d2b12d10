"""An aside between a cue's subject and its verb that names the channel the subject spoke through (wave 52f): `The
Command in a release signed by its spokesman, Jo Roe, a Superintendent of Police said`, `The association, in a
statement issued by its secretary, Dan Ash, said`, `The union, through its spokesman, Jo Roe, said`. The subject
before the aside speaks (the guide: an organisation speaks through its spokesperson); the person who signed or
carried its words is only the channel, so the subject region ends where the aside opens. An aside at the sentence's
start (`In a statement signed by its chair, X, the forum said`) has no subject before it and is read as before
(`LEADING_SOURCE_RE`)."""
from __future__ import annotations

import re

from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS, ORG_REFERENCES, PREPOSITIONS, SENTENCE_STARTERS, verb_alternation

_DOCUMENTS = verb_alternation(DOCUMENT_NOUNS)
CHANNEL_ASIDE_RE = re.compile(
    rf"(?:,[ \t]*|[ \t]+)(?:(?:in|via)[ \t]+(?:a|an|its|their)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{_DOCUMENTS})\b"
    rf"[^;:.!?\"\u201c\u201d\n]{{0,80}}?[ \t]by|(?:through|via)[ \t]+(?:its|their))[ \t]+"
    r"[^;:.!?\"\u201c\u201d\n]{3,200}?,?[ \t]*\Z")
"""A channel aside that runs to the verb: `in a release signed by its spokesman, Jo Roe, ` or `, through its spokesman,
Jo Roe, `; the search ends at the verb, so `\\Z` is the region's end, and the leftmost opening wins."""
NAME_SMALL_WORDS: frozenset[str] = frozenset("the of and for its their".split())
"""Small words a party's name or reference may hold before a channel aside (`the Union of Bus Workers`)."""
MAX_SUBJECT_WORDS = 8
"""How many words the subject before a channel aside may have."""
MAX_CHANNEL_CHARS = 300
"""How far before a cue a channel aside may open (the pattern's longest match)."""


def channel_aside_start(text: str, start: int, end: int) -> int | None:
    """Return where an aside naming the channel of a cue's subject opens in the subject region `text[start:end]`, else
    None; words that are not a preposition or a participle must stand before it (the subject)."""
    if " by " not in text[start:end] and "through " not in text[start:end] and "via " not in text[start:end]:
        return None  # the common case: no channel named
    match = CHANNEL_ASIDE_RE.search(text, max(start, end - MAX_CHANNEL_CHARS), end)
    if match is None:
        return None
    comma = text.rfind(",", start, match.start())
    subject = text[comma + 1 if comma >= 0 else start:match.start()].split()
    if not subject or subject[0].lower() in PREPOSITIONS or not _names_a_party(subject):
        return None  # "In a letter sent by its chair, Jo Roe, ...": no subject; "X has opened an inquiry through its
        # team, a spokesperson said": a clause, whose channel is no aside of the cue's subject
    return match.start()


def _names_a_party(words: list[str]) -> bool:
    """Say whether the words before an aside are a party's name or a short reference to it (`The Command`, `The
    Dunmore Tenants Association`, `the union`): capitalised words, the small words of a name and a body's reference
    noun, no verb."""
    if words[0].lower() in SENTENCE_STARTERS and words[0].lower() not in NAME_SMALL_WORDS:
        return False  # "But in its response, published by X, the trust claims": an opener, the subject comes after
    return len(words) <= MAX_SUBJECT_WORDS and all(word[:1].isupper() or word in NAME_SMALL_WORDS
                                                   or word in ORG_REFERENCES or word in ORG_HEADS for word in words)
