"""A new document, without an article, whose own words name what or whom it counts and no body (`industry figures`,
`Company filings`, `Homeless figures published last month`): in a news report it speaks as itself, never as the body
in focus."""
from __future__ import annotations

import re

from ..vocabulary import CLOSED_WORDS, DOCUMENT_ADJECTIVES, DOCUMENT_NOUNS, without_possessive

from .context import Context
from .words import CLAUSE_OPENERS, DETERMINERS, PLACE_PREPOSITIONS

_NOT_OPENING: frozenset[str] = DETERMINERS | CLAUSE_OPENERS | PLACE_PREPOSITIONS
"""First words that leave the rule out: an article (`the objection report`: golds differ), a clause's opener (`after
independent tests found`: what the text tells of the tests before), a place (`in industry figures`)."""
_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ly", "al", "ed", "ic", "ous", "ive", "ary", "ent", "ant", "ing", "ful")
"""Endings of words that describe a document rather than name what it counts (`statutory`, `independent`)."""


def source_modifier(raw: list[str], words: list[str], ctx: Context) -> bool:
    """Say whether a document's words before its noun hold a noun of what it counts or comes from (`industry`,
    `audience`, `company`) that means no body in focus (`authority figures` after `X Transit Authority` is X's) and no
    person's or body's name (`Eurostat figures`: a name, left as it was)."""
    if len(words) < 2 or words[-1] not in DOCUMENT_NOUNS or words[0] in _NOT_OPENING or ctx.release:
        return False  # "the objection report": the one the text has met (golds differ); a release's: its issuer's
    modifiers = [(r, w) for r, w in zip(raw[:len(words) - 1], words[:-1]) if w not in DETERMINERS]
    if not CLOSED_WORDS.isdisjoint(words):
        return False  # "where an external review found", "figures in a finance report": no modifier of a new document
    nouns = [(r, w) for r, w in modifiers if _noun(w)]
    if not nouns or len(modifiers) > 3 or any(not w.replace("-", "").isalpha() for _, w in modifiers):
        return False
    if any(r[:1].isupper() for r, _ in nouns[1:]) or nouns[0][0][:1].isupper() \
            and not (raw[0] == nouns[0][0] and _opens_sentence(" ".join(raw[:len(words)]), ctx.text)):
        return False  # a name among the modifiers (`according to Eurostat figures`), not a common noun
    return not any(_names_focus(word, ctx) for _, word in nouns)


def _names_focus(word: str, ctx: Context) -> bool:
    """Say whether a modifier is a short name of the body in focus or the last body that spoke (`authority`)."""
    body = ctx.resolve_reference(word)
    return body is not None and (body == ctx.focus_org() or body in ctx.org_speakers[-1:])


def _noun(word: str) -> bool:
    """Say whether a word before a document's noun is a noun of what it counts, not a word of when or how."""
    return word not in DOCUMENT_ADJECTIVES and word not in DOCUMENT_NOUNS and not word.endswith(_ADJECTIVE_ENDINGS) \
        and without_possessive(word) == word


def _opens_sentence(phrase: str, text: str) -> bool:
    """Say whether a phrase opens a sentence or a line wherever the text writes it (`Company filings show`), so its
    capital is the sentence's, not a name's."""
    starts = [found.start() for found in re.finditer(re.escape(phrase), text)]
    return bool(starts) and all(index == 0 or text[:index].rstrip(" ")[-1:] in (".", "\n", "!", "?", '"', "\u201d")
                                for index in starts)

