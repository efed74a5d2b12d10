"""Releases: a text its issuer put out (`Press release`, `Trading update`) speaks for the issuer.

In such a text a sentence of figures with no cue (`Online sales were up 11%.`) is the issuer's own
claim; in a news report the same sentence is the writer's narration and nobody's claim. The release's
own text ends at `ENDS`, `Notes to editors` or `Enquiries`.
"""
from __future__ import annotations

import re

from .entities import find_mentions
from .field_senders import first_sender_end
from .figures import NUMBER_WORD_ALTERNATION
from .source_fields import newsroom_source
from .text import Block
from .vocabulary import RELEASE_ENDS, RELEASE_MARKERS

HEADER_BLOCKS = 4
"""How many opening blocks may hold the release marker."""
MAX_HEADER_CHARS = 90
"""A header line is short; a longer block is already the body."""
FIGURE_RE = re.compile(r"[£$€]\s?\d|\d\s?%|\bper cent\b|\bpercent\b|\b\d+(?:\.\d+)?\s?(?:bn|m|million|billion)\b"
                       r"|\b\d{1,3}(?:,\d{3})+\b|\b\d+\s+(?:new\s+|more\s+|fewer\s+|extra\s+|additional\s+)?[a-z]{3,}"
                       r"|\bfrom\s+\d[\d.]*\s+to\s+\d|\(\d[\d,.]*\)|\b\d+(?:\.\d+)?p\b|\b(?:GBP|EUR|USD|US\$|C\$|A\$)\s?\d"
                       r"|\b\d{1,3}-year-old\b"
                       r"|\b(?:rose|fell|risen|fallen|climbed|dropped)[ \t]+(?:by|from|to)[ \t]+[+\-\u2212]?\d"
                       r"|(?<![\w\-+\u2212])[+\u2212\-]\d+(?:\.\d+)?(?![\w\-/:.,]\d)")
"""A checkable figure: money (`£4m`, `6.5p`, `GBP612.4m`), a percentage, a count of something, a change `from 212
to 187`, a count in brackets after a name (`St Fintan's (58)`), an age (`a 19-year-old man`, wave 46c: a case report's
facts), a rise or fall by, from or to a number (`fell from 24 to six`, `rose to 134`) or a signed balance (`the
balance was +9`, wave 48v: a survey's balances)."""
NUMBER_WORD_RE = re.compile(r"\b(?i:%s)\s+(?:(?:or|and)\s+(?:more|fewer)\s+)?(?:of\s+(?:the|its|their|these|those)\b"
                            r"|(?:were|are|had|have|was|new|more|fewer|extra|additional|people|children|staff)\b"
                            r"|[a-z]{3,}s\b)" % NUMBER_WORD_ALTERNATION)
"""A count in words (`Five were in breach`, `four or more regulations`, `three of the centres`, `Fourteen people`,
`A dozen staff`), of the one list of number words (`vocabulary.NUMBER_WORDS`, wave 35f)."""
END_SYMBOLS: frozenset[str] = frozenset({"###", "-30-", "- ends -", "-ends-"})
"""Lines that close a release by a typographic mark (`###`, `-30-`); a data file would read `#` as a comment."""
_MARKER_RE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(m) for m in sorted(RELEASE_MARKERS, key=len, reverse=True)))
_END_RE = re.compile(r"(?:%s)\b[\s:.]*" % "|".join(re.escape(m) for m in sorted(RELEASE_ENDS, key=len, reverse=True)))


CREDIT_RE = re.compile(r"\b(?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage|[Cc]redit)s?\s*:")
"""A caption's credit (`Picture: Jo Roe/Newsroom`): an agency's name in it marks no release."""


def is_release(text: str, blocks: list[Block]) -> bool:
    """Say whether a text opens like its issuer's release: a short header line names it so, or a header field names
    the body it is from."""
    for block in blocks[:HEADER_BLOCKS]:
        line = text[block.start:block.end].strip()
        if len(line) <= MAX_HEADER_CHARS and line[-1] not in ".!?" and _MARKER_RE.search(line.lower()) \
                and not CREDIT_RE.search(line):
            return True  # a header line, not a sentence that mentions a press release, nor a credit
        if any(_body_field(text, field) for field in FROM_FIELD_RE.finditer(text, block.start, block.end)):
            return True
    return False


FROM_FIELD_RE = re.compile(r"^[ \t]*(?P<field>From|Source)[ \t]*:[ \t]*(?P<who>[A-Z][^\n]{1,%d})$" % MAX_HEADER_CHARS,
                           re.MULTILINE)
"""A page's header field naming who it is from, on a line of its own (`From: Department of Inland Waterways`), or a
wire's repost naming whose release it carries (`Source: Government of India`, wave 53f)."""


def _body_field(text: str, field: re.Match[str]) -> bool:
    """Say whether a `From:` field names a body and nothing else: a government body's own page (wave 26c); a person
    (`From: Jo Roe, Managing Director`, a letter or a memo) or an address (`<care@...>`, an email) is no issuer's
    release."""
    if "@" in field.group("who") or "<" in field.group("who") \
            or newsroom_source(field.group("field"), field.group("who")):
        return False  # "Source: Reuters": a newsroom reports, it issues no release
    mentions = find_mentions(text, field.start("who"), first_sender_end(text, field.start("who"), field.end("who")))
    return bool(mentions) and mentions[0].start == field.start("who") and mentions[0].kind == "org" \
        and all(m.kind == "org" for m in mentions)


def ends_release(text: str, block: Block) -> bool:
    """Say whether a block closes the release's own text (`ENDS`, `Notes to editors:`)."""
    line = text[block.start:block.end].strip().lower()
    if line in END_SYMBOLS:
        return True
    match = _END_RE.match(line)
    return match is not None and (match.end() == len(line) or line.endswith(":"))


def has_figure(text: str, start: int, end: int) -> bool:
    """Say whether a sentence holds a checkable figure."""
    return FIGURE_RE.search(text, start, end) is not None or NUMBER_WORD_RE.search(text, start, end) is not None
