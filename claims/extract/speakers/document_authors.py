"""Who wrote a document the text names with its author after `by` or `from` (`research by Shoppers First`, `a new
study from the Brindle Institute`): the capitalised name is the author's, even when no body's head noun marks it,
and never the body the document is about."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions, is_person_name, org_kind
from ..vocabulary import DOCUMENT_NOUNS, NAME_LINKS, ORDERING_PARTICIPLES, verb_alternation, without_possessive

from .context import Context
from .described_names import past_bare_kind, past_described_kind
from .words import COMMON_NOUNS

_MAX_NAME_WORDS = 7
"""A body's name after `by` is at most this many words; a longer run is a sentence, not a name."""
_RUN_END_RE = re.compile(r"[,.;:!?()\[\]\"\u201c\u201d]")
"""Punctuation that ends a name after `by`."""
_WEB_END_RE = re.compile(r"(?<=\w)\.(?:co\.)?[a-z]{2,4}\b(?!\.\w)")
"""A web address's ending glued to a name (`Homefind.ie`, `Rentwise.co.uk`): its stop ends no name (wave 30d)."""


def name_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the run of capitalised words (joined by `of`, `for`, `and`) that opens text[start:end], or
    None when it opens with no capitalised word, with a date, or runs longer than a name."""
    stop = _RUN_END_RE.search(text, start, end)
    web = _WEB_END_RE.match(text, stop.start(), end) if stop is not None and stop.group() == "." else None
    if web is not None:  # "a report from the property website Homefind.ie": the name runs on past its ending
        stop = _RUN_END_RE.search(text, web.end(), end)
    words = text[start:stop.start() if stop else end].split()
    if words[:1] == ["the"]:
        words = past_bare_kind(words[1:])  # "by the Institute for Rural Studies", "by the charity Mossgate" (29h)
    words = past_described_kind(words)  # "by the consumer magazine Shopright": the name after its kind (26e)
    run: list[str] = []
    for word in words:
        bare = _WEB_END_RE.sub("", word) if "." in word else word  # "Homefind.ie": a web address ends it
        if word[:1].isupper() and bare.rstrip("'\u2019s").replace("&", "").replace("-", "").isalpha():
            run.append(word)
        elif word in NAME_LINKS and run:
            run.append(word)
        else:
            break
    while run and run[-1] in NAME_LINKS:
        run.pop()
    if not run or len(run) > _MAX_NAME_WORDS or run[0].lower() in COMMON_NOUNS or "the" in run:
        return None  # "by Orrin Insight for the Marlow Trust", "by Acme and the Beta Trust": two bodies, read elsewhere
    first = at = text.find(run[0], start, end)
    for word in run:
        at = text.find(word, at, end) + len(word)  # word by word: a name may repeat a word (`Acme Acme`)
    return first, at


def body_after_by(text: str, start: int, end: int) -> str | None:
    """Return the body a name after `by` or `from` means (`by Patient Voice Kent`): the capitalised run, unless it is
    a person's name, a person named whole, or one word a sentence may start with."""
    span = name_run(text, start, end)
    if span is None:
        return None
    name = without_possessive(text[span[0]:span[1]])
    people = [m for m in find_mentions(text, span[0], span[1]) if m.kind == "person"]
    if any(m.start == span[0] for m in people) or not people and is_person_name(name):
        return None  # "a study by Dr Jo Roe": hers, the person's, found elsewhere
    return name  # "by Patient Voice Kent": a person's name read inside it is cut from the body's


def author_mention(text: str, start: int, end: int) -> Mention | None:
    """Return the body named after a document's `by` (`the report, published by Patient Voice Kent,`) as a body's
    mention, for a text whose name finder saw none there."""
    name = body_after_by(text, start, end)
    if name is None:
        return None
    first = text.find(name, start, end)
    return Mention(first, first + len(name), name, "org", False, "")


def register_author(ctx: Context, name: str, noun: str) -> tuple[str, str]:
    """Register a document's author as a body (once) and make it the owner of that kind of document."""
    ctx.owners[noun] = (ctx.register_org_once(name, org_kind), ctx.kind_of(name))
    return ctx.owners[noun]


_BY_RE = re.compile(r"\b(?:by|from)\s+")
"""The word that introduces a document's author."""


_ORDERING_RE = re.compile(r"(?:\s*,|\s+and)?\s+(?:%s)\s+by\s" % verb_alternation(ORDERING_PARTICIPLES))
"""A clause naming a document's funder or commissioner after its author (`and funded by`, `, commissioned by`)."""


def _before_ordering(text: str, start: int, end: int) -> int:
    """Return where a subject's words end before a clause naming who paid for or ordered its document after its
    author (`a study by X and funded by Y`, `a review by X, commissioned by Y`: X wrote it), else `end`."""
    ordering = _ORDERING_RE.search(text, start, end)
    return ordering.start() if ordering is not None and _BY_RE.search(text, start, ordering.start()) else end


def authored_document(text: str, start: int, end: int, ctx: Context) -> tuple[str, str] | None:
    """Resolve a document whose author the subject names after `by` or `from` (`research by Shoppers First found`,
    `a study from the Brindle Institute shows`): the author, a body; None when the name is a person's or missing."""
    end = _before_ordering(text, start, end)
    whole = [word.lower().strip("\u2019'\".,") for word in text[start:end].split()]  # the words before the cut too
    noun = document_before_by(whole) if "by" in whole or "from" in whole else None
    if noun is None:
        return None
    by = None
    for by in _BY_RE.finditer(text, start, end):
        pass  # the last `by` before the cue
    name = body_after_by(text, by.end(), end) if by is not None else None
    if name is None or not text[start:end].rstrip(" ,").endswith((name, name + "'s", name + "\u2019s")):
        return None  # the name must close the subject: "research by X for Y" is for someone else to read;
        # "the annual report from Pellmore's": a body named in the possessive closes it too (43j)
    return register_author(ctx, name, noun)


def document_before_by(words: list[str]) -> str | None:
    """Return the document noun right before `by` or `from` when the words open with it or a determiner and
    modifiers (`new research by`, `a study from`), else None."""
    for index, word in enumerate(words[:-2]):
        if word in ("by", "from"):
            return None
        if word in DOCUMENT_NOUNS and words[index + 1] in ("by", "from"):
            return word
    return None
