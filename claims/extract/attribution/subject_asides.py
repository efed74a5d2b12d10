"""An aside between a cue's subject and its verb (wave 19d): `The company, which sells tickets for concerts, plays
and GAA fixtures, said`, `X Board, the body that plans buses on behalf of A Council and B Council, said`, `Y Users,
a campaign that is not linked to the council, said`. The aside describes the subject; the parties it names (or
refers to: `the council`) are no speaker, so the subject region ends where the aside opens.

An aside opens with a comma and `which`, `who`, or an article, up to four lower-case words and a relative
word (`the body that`, `a volunteer-run campaign that`; wave 43n: a capitalised compound among them too, `the
Dunford-based contractor that`), and closes with the comma right before the verb; commas
inside it (a list) are its own. The subject is the words between the comma before it (or the region's start) and
the aside (`Asked about it, a spokesperson for the council, who declined to be named, said`: the council). Read as
before: a person's title (`Jo Roe, chief executive of Acme, said`), `X, whose chief economist, Jo Roe, said` (the
person in it speaks), and a subject opening with a preposition or a participle (`In a letter dated May 3, a copy of
which was seen by us, its director, Jo Roe, wrote`: no party; the speaker is found in the whole region).
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import PREPOSITIONS, ROLES

_ASIDE_RE = re.compile(
    r",[ \t]+(?:which|who|(?:the|a|an)[ \t]+"
    r"(?:(?:[a-z][a-z\-]*|[A-Z]\w*-[a-z][a-z\-]*)[ \t]+){1,4}?(?:that|which|who))[ \t]"
    r"[^;:.!?\"\u201c\u201d\n]{3,200}?,[ \t]*\Z")
"""An aside set off by commas that ends right before the cue (`, which sells tickets for concerts, plays and GAA
fixtures, `); the search ends at the verb, so `\\Z` is the region's end, and the leftmost opening wins."""
MAX_ASIDE_CHARS = 240
"""How far before a cue an aside may open (the pattern's longest match)."""


def aside_start(text: str, start: int, end: int) -> int | None:
    """Return where an aside between a cue's subject and its verb (`text[start:end]` is the subject region) opens,
    else None; the region must end with a comma and hold words before the aside."""
    if text[start:end].rstrip()[-1:] != ",":
        return None  # the common case: no comma right before the verb
    low = max(start, end - MAX_ASIDE_CHARS)
    match = _ASIDE_RE.search(text, low, end)
    if match is None:
        return None
    comma = text.rfind(",", start, match.start())
    subject = text[comma + 1 if comma >= 0 else start:match.start()].split()
    if not subject or subject[0].lower() in PREPOSITIONS or subject[0].endswith(("ing", "ed")):
        return None  # "In a letter dated May 3, a copy of which ...,", "Asked about it, a spokesperson, who ...,"
    if _post_then_holder(subject, text, match.start() + 1, end):
        return None  # "The chair of X, which runs three hospices, Jo Roe, said": the holder, after the aside (43e)
    return match.start()


def _post_then_holder(subject: list[str], text: str, start: int, end: int) -> bool:
    """Say whether a subject is a post (`The chair of X`) and the aside after it closes on a person's name alone
    (`, which runs three hospices, Jo Roe,`): the name is the post's holder, who speaks, not an item of a list."""
    words = [w.lower() for w in subject[:3]]
    if not any(w in ROLES for w in words[words[0] in ("the", "its", "their"):][:2]) or "of" not in words + subject[3:4]:
        return False
    last = text[:end].rstrip(" ,").rfind(",", start)
    mentions = find_mentions(text, last + 1, end) if last >= 0 else []
    return len(mentions) == 1 and mentions[0].kind == "person" \
        and not text[last + 1:end].replace(mentions[0].name, "", 1).strip(" ,")
