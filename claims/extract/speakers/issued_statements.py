"""A body's own put-out text named by its kind alone (`according to a press release`, `A company statement said`, `a
news release shows`): with no maker named, the body the text is about put it out, so it speaks for that body, never as
a document of its own (wave 60k). A statement of another kind (`a police statement`, `a joint statement`) or with a
maker (`a news release from the commission`) is read as before."""
from __future__ import annotations

from ..vocabulary import ARTICLES, load_words

from .context import Context

ISSUED_TEXT_WORDS: frozenset[str] = load_words("issued_text_words")
"""Words before `release` or `statement` that say a body put the text out itself (`press`, `company`)."""
ISSUED_TEXT_HEADS: frozenset[str] = frozenset({"release", "statement"})
"""The nouns of a put-out text."""


def issued_statement(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the body in focus and its kind when a document's words are only an article, a word of ISSUED_TEXT_WORDS
    and a put-out text's noun (`a press release`, `the company statement`), else None."""
    body = words[1:] if words and words[0] in ARTICLES else words
    if len(body) != 2 or body[0] not in ISSUED_TEXT_WORDS or body[1] not in ISSUED_TEXT_HEADS:
        return None
    focus = ctx.focus_org()
    return (focus, ctx.kind_of(focus)) if focus else None
