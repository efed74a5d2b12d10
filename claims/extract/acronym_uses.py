"""How a text uses a word in capitals tells a thing's acronym from a body's (wave 41c): spelled out from lower-case
words (`freedom of information (FOI) law`), or written only between a lower-case word and a common noun (`from
youth cafés to GAA clubs`, `loads benefits onto EBT cards`), it names a thing or a kind, no party that speaks; a
body's acronym is spelled out in capitals (`the Water Services Authority (WSA)`) or stands as a subject (`WSA said`).

Below `entities` (which drops such a word's reading as a body).
"""
from __future__ import annotations

import re

from .vocabulary import (
    BODY_PEOPLE, CUE_VERBS, DOCUMENT_NOUNS, FINITE_WORDS, MODIFIER_NOUNS, OFFICIAL_GROUPS, ORG_HEADS, OWN_RECORDS,
    PREPOSITIONS, ROLES, SPEECH_VERBS, VOICE_ROLES, is_word_character,
)
from .text_caches import per_text

ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
"""A word in capitals short enough to be an acronym."""
SPEAKING_NOUNS = (BODY_PEOPLE | DOCUMENT_NOUNS | ORG_HEADS | ROLES | VOICE_ROLES | OWN_RECORDS | MODIFIER_NOUNS
                  | OFFICIAL_GROUPS)
"""Lower-case words after an acronym that make it the owner of a voice (`HSE figures show`, `ESB crews`,
`NUJ officials`): the acronym names the body that speaks through them."""
NOT_HEAD_WORDS = CUE_VERBS | SPEECH_VERBS | FINITE_WORDS | PREPOSITIONS | frozenset({"and", "or", "to"})
"""Lower-case words after an acronym that head no noun phrase with it: a verb (`ACME said`), a preposition."""
LOWER_WORD_RE = re.compile(r"[a-z][a-z'\u2019-]*")
"""A lower-case word (the first after an acronym, or the last before one)."""
SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "to", "&"})
"""Words a spelled-out acronym may skip (`freedom of information`: FOI or FI)."""


def thing_acronym_in(text: str, word: str) -> bool:
    """Say whether the text uses a word in capitals as a thing's acronym, not a body's (the module's docstring)."""
    return ACRONYM_RE.fullmatch(word) is not None and _thing_use(text, word)


@per_text(256)
def _thing_use(text: str, word: str) -> bool:
    """Say whether the text spells the acronym out in lower case, or writes it only as a common noun's modifier."""
    return spelled_in_lower_case(text, word) or only_modifies(text, word)


def spelled_in_lower_case(text: str, word: str) -> bool:
    """Say whether the text gives the acronym in brackets after lower-case words whose initials spell it
    (`freedom of information (FOI)`), and the last of them heads no body (`national health service (NHS)` stays)."""
    bracketed = f"({word})"
    at = text.find(bracketed)
    while at >= 0:  # each place the text writes it in brackets (no pattern made for the word: 43s)
        if _spells(text[max(0, at - 80):at].split(), word):
            return True
        at = text.find(bracketed, at + len(bracketed))
    return False


def _spells(before: list[str], word: str) -> bool:
    """Say whether the last lower-case words before a bracket spell the acronym, with or without small words."""
    for count in range(len(word), min(len(word) * 2, len(before)) + 1):
        words = before[-count:]
        if not all(LOWER_WORD_RE.fullmatch(w) or w == "&" for w in words) or words[-1] in ORG_HEADS:
            continue
        if _initials(words, True) == word or _initials(words, False) == word:
            return True
    return False


def _initials(words: list[str], skip_small: bool) -> str:
    """The initials of words in capitals, small words left out or kept."""
    return "".join(w[0].upper() for w in words if not (skip_small and w in SMALL_WORDS) and w != "&")


def only_modifies(text: str, word: str) -> bool:
    """Say whether every time the text writes the acronym, a lower-case word stands right before it and a common
    noun that gives it no voice right after it (`to GAA clubs`, `onto EBT cards`), and brackets never define it."""
    if f"({word})" in text:
        return False  # defined in brackets (the cheap test before a pattern made for the word, 43s)
    uses = uses_alone(text, word)
    return bool(uses) and all(_modifier_use(text, use, use + len(word)) for use in uses)


def uses_alone(text: str, word: str) -> list[int]:
    """Return where the text writes a word alone, no word character nor an opening bracket before it, no word
    character nor a closing bracket after it (what `(?<![\\w(])WORD(?![\\w)])` finds, with no pattern built)."""
    uses: list[int] = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and (is_word_character(text[at - 1]) or text[at - 1] == "(")) \
                and not (end < len(text) and (is_word_character(text[end]) or text[end] == ")")):
            uses.append(at)
        at = text.find(word, at + 1)
    return uses


def _modifier_use(text: str, start: int, end: int) -> bool:
    """Say whether one use of an acronym stands between a lower-case word and a noun that gives it no voice."""
    before = LOWER_WORD_RE.fullmatch(text[max(0, start - 24):start].rstrip(" ").rsplit(" ", 1)[-1])
    after = LOWER_WORD_RE.match(text, end + 1) if text[end:end + 1] == " " else None
    if before is None or after is None or before.group() in ("the", "a", "an"):
        return False
    noun = after.group()
    return noun not in NOT_HEAD_WORDS and noun not in SPEAKING_NOUNS and not noun.endswith("ed")
