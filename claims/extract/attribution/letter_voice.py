"""Whose voice a letter's `we` is (wave 33b): a letter whose own words never say `I`, `me` or `my` (outside a closing
formula, `I trust this information is of assistance.`, and outside quotation marks), signed by one person above the
body she holds a post in (`Jo Roe` over `Chair, Ashby Tenants' Association`), speaks as that body; a letter that says
`I` is its signer's, even one written `on behalf of` a body or signed over several lines the name reader takes for
more than one person.

Below `letters` (which asks it who sends a letter before reading `on behalf of` and joint signatures).
"""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text import Block
from ..vocabulary import ROLES, load_words

FIRST_PERSON_RE = re.compile(r"\b(?:I(?=[ \t\u2019'])|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)\b(?![\u2019']s)")
"""The first person singular: `I am`, `I\u2019ve`, `my`, `me`; never the `I` of a list or a title (`Phase I.`)."""
CLOSING_FORMULAS: tuple[str, ...] = tuple(sorted(load_words("letter_closing_formulas")))
"""The formulas closing a body's letter in its signer's name (`I trust this information is of assistance.`)."""
QUOTED_RE = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
"""A quotation inside a letter's paragraph: another voice's `I`."""
SENTENCE_START_RE = re.compile(r"(?:^|(?<=[.!?:])[ \t]+)(?=\S)")
"""Where a sentence of a paragraph starts: the paragraph's start or after a full stop and a space."""
SIGNATURE_LINES = 4
"""How many lines under a letter's close its signature may run (the signer, her post, the body, a date)."""
SIGNATURE_CHARS = 300
"""How many characters under a letter's close its signature may run."""


def says_i(text: str, blocks: list[Block]) -> bool:
    """Say whether a letter's paragraphs speak in the first person singular outside quotations and closing formulas."""
    for block in blocks:
        words = QUOTED_RE.sub(_quotation_stop, text[block.body:block.end])
        if FIRST_PERSON_RE.search(words) is None:
            continue  # the cheap test first: most paragraphs of a body's letter say `we`
        if any(FIRST_PERSON_RE.search(sentence) and not sentence.lower().startswith(CLOSING_FORMULAS)
               for sentence in _sentences(words)):
            return True
    return False


def _quotation_stop(quotation: re.Match[str]) -> str:
    """Return what stands for a quotation taken out of a paragraph: the stop that ends it (`"We will not close."`), so
    that the next sentence still opens a sentence (`I trust this ...`), else nothing."""
    stop = quotation.group()[-2:-1]
    return stop if stop in (".", "!", "?") else ""


def _sentences(words: str) -> list[str]:
    """Return a paragraph's sentences, cut after each full stop, question or exclamation mark followed by a space."""
    starts = [match.end() for match in SENTENCE_START_RE.finditer(words)]
    return [words[start:stop].strip() for start, stop in zip(starts, starts[1:] + [len(words)])]


def signed_body(text: str, close: int) -> str | None:
    """Return the body named in a letter's signature with its signer's post (`Chair, Ashby Tenants' Association`
    under `Jo Roe`, or `Jo Roe, Director, Ashby Trust`): the first part of a signature line after the signer's name
    that is a body's name and nothing more; else None (`Chief Executive`, `Head of Rural Transport`)."""
    lines = signature_lines(text, close)
    if not lines:
        return None
    parts = [part.strip() for part in lines[0].split(",")[1:]] \
        + [part.strip() for line in lines[1:] for part in line.split(",")]
    return next((part.rstrip(".") for part in parts if _is_body(part)), None)  # `Orrin Trust.`: no stop


def signature_lines(text: str, close: int) -> list[str]:
    """Return the non-blank lines under a letter's close, up to the blank line after them (read by `letters` too)."""
    start = close
    while start < len(text) and text[start] in " \t\r\n":
        start += 1  # the blank lines under `Yours sincerely,`
    stop = text.find("\n\n", start)
    lines = text[start:stop if stop >= 0 else len(text)][:SIGNATURE_CHARS].splitlines()[:SIGNATURE_LINES]
    return [line.strip() for line in lines if line.strip()]


def _is_body(words: str) -> bool:
    """Say whether words are one body's name and nothing more (`Open Ballot Trust`), never a post (`Chief Executive`,
    `Chair of the Trustee Board`) nor a place or a date."""
    if not words or words.split()[-1].lower() in ROLES:
        return False
    mentions = find_mentions(words, 0, len(words))
    return len(mentions) == 1 and mentions[0].kind == "org" and mentions[0].start == 0 \
        and mentions[0].name == words.rstrip(".")
