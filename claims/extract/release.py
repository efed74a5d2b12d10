"""Releases: a text its issuer put out (`Press release`, `Trading update`) speaks for the issuer.

In such a text a sentence of figures with no cue (`Online sales were up 11%.`) is the issuer's own
claim; in a news report the same sentence is the writer's narration and nobody's claim. The release's
own text ends at `ENDS`, `Notes to editors` or `Enquiries`.
"""
from __future__ import annotations

import re

from .datelines import dateline_end
from .entities import find_mentions
from .field_senders import first_sender_end
from .figures import NUMBER_WORD_ALTERNATION
from .source_fields import newsroom_source
from .text import Block
from .vocabulary import (BYLINE_RE, NEWSROOM_SECTIONS, RELEASE_ANNOUNCING_VERBS, RELEASE_ENDS, RELEASE_MARKERS,
                         RELEASE_PLEASED_WORDS, WRITTEN_MONTH)

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


CONTACT_RE = re.compile(r"\(\d{3,5}\)\s?\d{3}[\s\-.]\d{4}\b|\b\d{3}[\-.]\d{3}[\-.]\d{4}\b|\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b"
                        r"|\b(?:1800|1850|0800|0300|0345)\s?\d{3}\s?\d{3,4}\b")
"""A telephone number (`(541) 555-0186`, `0161 496 0455`, `0800 555 0101`): a sentence giving one is contact details or
advice, not the issuer's record."""


CREDIT_RE = re.compile(r"\b(?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage|[Cc]redit)s?\s*:")
"""A caption's credit (`Picture: Jo Roe/Newsroom`): an agency's name in it marks no release."""


def is_release(text: str, blocks: list[Block]) -> bool:
    """Say whether a text opens like its issuer's release: a short header line names it so, or a header field names
    the body it is from (a page with neither may still be its issuer's own: `own_page`)."""
    for block in blocks[:HEADER_BLOCKS]:
        line = text[block.start:block.end].strip()
        if len(line) <= MAX_HEADER_CHARS and line[-1] not in ".!?" and _MARKER_RE.search(line.lower()) \
                and not CREDIT_RE.search(line):
            return True  # a header line, not a sentence that mentions a press release, nor a credit
        if any(_body_field(text, field) for field in FROM_FIELD_RE.finditer(text, block.start, block.end)):
            return True
    return False


def own_page(text: str, blocks: list[Block]) -> bool:
    """Say whether a page with no release label is still its issuer's own: two of `own_page_signs`, or one that only an
    issuer's page shows (wave 58a), and no byline at its top (`By Jo Roe | Courier Desk`: a writer's report, wave
    57b)."""
    signs = own_page_signs(text, blocks)
    return (len(signs) >= MIN_OWN_PAGE_SIGNS and signs != NEWS_PAGE_PAIR or bool(signs & ISSUER_ONLY_SIGNS)) \
        and not any(BYLINE_RE.match(text, block.start, block.end) for block in blocks[:ANNOUNCE_BLOCKS])


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


MIN_OWN_PAGE_SIGNS = 2
"""How many signs make an unlabelled page its issuer's own: one alone (a dateline, a `we` in a paragraph) a news
report shows too (wave 57b: on the real sets 65-82, no news report shows two, 18 releases do)."""
NEWS_PAGE_PAIR = frozenset({"dated", "we"})
"""Two signs a newspaper's page shows together too (a date line under its headline, a columnist's or a desk's `we`):
alone they make no page the issuer's own (wave 57b: 3 news reports of the development texts, 2 releases)."""
ISSUER_ONLY_SIGNS = frozenset({"closing", "section", "contact", "footnote"})
"""Signs no news report shows, so that one alone makes a page its issuer's own (wave 58a): a contact, notes or ENDS
block below the lead, the issuer's news section named at the top (`Media releases`), a media contact's line with a
telephone number or an address at the top (none of the three shows alone on a news report of the development texts'
960 or the real sets' 202; alone they mark 29 releases of development, by their closing, and 8 of the real sets 65-85,
1 by its closing, 3 by their section, 4 by a contact line). Wave 59h added a footnote's mark in the text (`trains
on-time* to 86.3%`, `Survey**`): on no news report of development or the real sets 65-88 (1,201 unmarked), on 3 unmarked
releases (development's p877, the 77th's p004 and p009)."""
OWN_VOICE_BLOCKS = 6
"""How many paragraphs from the top an issuer's own `we` may stand in."""
DATE_ONLY_RE = re.compile(rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
                          rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{WRITTEN_MONTH},?[ \t]+\d{{4}}"
                          rf"|{WRITTEN_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})")
"""A line that is a date alone: `Mar 25, 2020`, `2 October 2012`, `Wednesday, 25 March 2020`."""
_DATE = (rf"(?:{WRITTEN_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?"
         rf"|\d{{1,2}}[ \t]+{WRITTEN_MONTH}(?:,?[ \t]+\d{{4}})?|\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})")
DATED_PLACE_RE = re.compile(rf"[A-Z][\w.'\-]+(?:[ \t][A-Z][\w.'\-]+){{0,3}}(?:,[ \t]*[A-Z][\w.]+(?:[ \t][A-Z][\w.]+)?)?,?"
                            rf"[ \t]*(?:[\-\u2013\u2014:][ \t]*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?{_DATE}"
                            r"[ \t]*(?:[\-\u2013\u2014]{1,2}|\u2026|\.\.\.|:|/)[ \t]*(?=\S)")
"""A release's dateline of place and date before its lead (`Kirksville, MO 10/29/21 \u2013`, `Singapore, 27 April
2022\u2026`, `HUNT VALLEY, MD, October 23, 2017\u2014`)."""
_VERBS = "|".join(sorted(RELEASE_ANNOUNCING_VERBS, key=len, reverse=True))
ANNOUNCES_RE = re.compile(rf"\btoday,?[ \t]+(?:officially[ \t]+)?(?:{_VERBS})\b"
                          rf"|\b(?:is|are)[ \t]+(?:{'|'.join(sorted(RELEASE_PLEASED_WORDS))})[ \t]+to[ \t]+"
                          r"(?:announce|report|confirm|share|welcome|unveil)\b|^Today,?[ \t]+(?:the[ \t]+)?[A-Z]", re.MULTILINE)
"""An issuer telling its own news in its lead: `X today announced`, `we are pleased to confirm`, `Today the
Foundation released ...`."""
QUOTE_MARK_RE = re.compile(r"[\"\u201c\u201d]")
"""A quotation mark: a paragraph with one may be another party's words."""
OWN_PERSON_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
"""The issuer's first person (`we`, `our`)."""
ANNOUNCE_BLOCKS = 6
"""How many opening blocks may hold the lead that announces, the dateline or the date line."""


def dateline_past(text: str, block: Block) -> int | None:
    """Return where a paragraph's words begin past the dateline it opens on (a release's place and date, else a
    wire's), None when it opens on none."""
    dated = DATED_PLACE_RE.match(text, block.start, block.end)
    return dated.end() if dated is not None else dateline_end(text, block.start, block.end)


def own_page_signs(text: str, blocks: list[Block]) -> frozenset[str]:
    """Return the signs that a page with no release label is its issuer's own (wave 57b): a contact or notes block
    or an end mark below its lead, its own `we` outside quotation marks, a lead announcing `today`, a dateline, a
    date alone on a line at its top, the issuer's news section named at its top, a media contact's line at its top
    (wave 58a), a footnote's mark (wave 59h)."""
    head = blocks[:ANNOUNCE_BLOCKS]
    signs = {"closing": any(ends_release(text, block) for block in blocks[1:]),
             "we": any(_own_person(text, block) for block in blocks[:OWN_VOICE_BLOCKS]),
             "announces": any(ANNOUNCES_RE.search(text, block.start, block.end) for block in head),
             "dateline": any(dateline_past(text, block) is not None for block in head),
             "dated": any(DATE_ONLY_RE.fullmatch(text[block.body:block.end].strip()) for block in head),
             "section": any(_news_section(text[block.start:block.end]) for block in head),
             "contact": any(_contact_line(text, block) for block in head),
             "footnote": footnote_marked(text)}
    return frozenset(sign for sign, shown in signs.items() if shown)


FOOTNOTE_MARK_RE = re.compile(r"[A-Za-z\d%)]\*{1,3}(?=[ \t.,;:)])")
"""A footnote's mark after a word or a figure (`on-time*`, `Survey**`, `21,407*`): an issuer's own page (wave 59h)."""
BOLD_OPENING_RE = re.compile(r"(?<![\w*])\*{1,3}[A-Za-z\d]")
"""Asterisks opening a word (`**Bold**`, `*Note`): a page's own marking up, whose closing asterisks are no footnote."""


def footnote_marked(text: str) -> bool:
    """Say whether a text marks a footnote (`FOOTNOTE_MARK_RE`) and opens no word on asterisks (`BOLD_OPENING_RE`).
    The mark is tried only right before each asterisk, where every match of it starts (wave 60s: its pattern opens on
    a letter or figure, so a search tried it at nearly every character of every text)."""
    at = text.find("*", 1)
    while at >= 0:
        if FOOTNOTE_MARK_RE.match(text, at - 1) is not None:
            return BOLD_OPENING_RE.search(text) is None
        at = text.find("*", at + 1)
    return False


MIN_OWN_PERSON_CHARS = 60
"""A paragraph in the issuer's own voice is a sentence, not a heading (`Our work`)."""


def _own_person(text: str, block: Block) -> bool:
    """Say whether a paragraph speaks as the issuer's `we`: no quotation mark in it, `we` or `our` in its words."""
    return not block.bullet and block.end - block.start > MIN_OWN_PERSON_CHARS \
        and QUOTE_MARK_RE.search(text, block.start, block.end) is None \
        and OWN_PERSON_RE.search(text, block.start, block.end) is not None


def _news_section(line: str) -> bool:
    """Say whether a line names the issuer's own news section (`Media releases`, `Latest news`)."""
    name = line.strip().lower()
    return name.removesuffix("s") in RELEASE_MARKERS | NEWSROOM_SECTIONS or name in NEWSROOM_SECTIONS


CONTACT_FIELD_RE = re.compile(r"\b(?:[Cc]ontacts?|CONTACTS?)[ \t]*:")
"""The field that names a release's media contact (`Contact: Jo Roe`, `Media Contact:`, `CONTACT:`); an appeal's
`contact police on 101` is no field."""
EMAIL_RE = re.compile(r"\b[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+")
"""An email address (`news@cpuc.example.gov`)."""


def _contact_line(text: str, block: Block) -> bool:
    """Say whether a line at a page's top names its media contact with a telephone number or an email address
    (`Contact: Jo Roe - (916) 555-0199`, `Media Contact: Jo Roe, 415.555.0186, news@...`, wave 58a)."""
    contact = CONTACT_FIELD_RE.search(text, block.start, block.end)
    return contact is not None and (CONTACT_RE.search(text, contact.end(), block.end) is not None
                                    or EMAIL_RE.search(text, contact.end(), block.end) is not None)
