"""Segmenting a source text without changing it: blocks, sentences and quoted speech, as offsets."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .vocabulary import ABBREVIATED_TITLES, ABBREVIATIONS, COMMON_BULLET_SIGNS, HONORIFICS, PREPOSITIONS, any_script, load_words
from .dotted_abbreviations import inner_body_stop
from .given_people import given_person
from .text_caches import per_text
from .unopened_quotes import unopened_close

Span = tuple[int, int]

BULLET_SIGNS = "\u25e6\u2023\u2043\u2219\u25a0\u25a1\u25cb\u25ba\u25b8\u27a2\u2192\uf0a7\uf0b7\uf0d8"
"""Bullet signs of pasted pages besides the common ones: ◦ ‣ ⁃ ∙ ■ □ ○ ► ▸ ➢ →, and the private-use bullets of word
processors."""

BULLET_RE = re.compile(r"[ \t\u00a0]*(?:[" + COMMON_BULLET_SIGNS + BULLET_SIGNS + r"]"
                       r"|\d{1,2}(?:\.\d{1,2})+\.?(?=[ \t]+[A-Z])|\(?\d{1,2}[.)](?!\d)|\(?(?:[a-h]|[ivx]{1,4})\)(?=[ \t])(?!(?<=c\))[ \t]+\d{4}))"
                       r"[ \t\u00a0]*(?=\S)")
"""A list marker at the start of a line: -, •, *, en or em dash, any other bullet sign, a number like `1)`, `1.`, `(1)`,
a letter or roman numeral like `(a)`, `b)`, `(iv)` (but `(c) 2025` is a copyright mark), or a report's section number before a capital (`1.2 The council
...`); `4.5 million` opening a line stays a figure."""


SENTENCE_END_RE = re.compile(r"[.!?](?:[.!?]*[\"'\u2019\u201d)\]]*(?=\s+[\"'\u2018\u201c(\[]?[A-Z0-9\u00c0-\u00de])"
                             r"|[.!?]*[\"'\u2019\u201d)\]]*\s*$|(?<=[A-Za-z][a-z]{2}[.!?])(?=[A-Z][a-z]+[ \t,]))")
"""Where a sentence ends: its first mark written first, so that the engine skips fast to a mark; wave 66x: also a
full stop a page glued to the next sentence by a lost space (`the clinic.Ama Orrin said`), after a lower-case word
of three letters or more and before a capitalised word (never inside an address: `_in_address`)."""
_ADDRESS_MARKS = ("/", "@", "www", "http")
"""What a run of characters holding a full stop with no space after it holds when it is an address, not two
sentences."""
OPEN_DOUBLE, CLOSE_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE = "\u201c", "\u201d", "\u2018", "\u2019"
SPEECH_MIN_WORDS = 6
"""A quotation of fewer words is a scare quote or a phrase, not speech, unless it ends like an utterance."""


CHECKER_LABEL_RE = re.compile(r"(?i:the[ \t]+facts?|in[ \t]+fact|facts?|the[ \t]+truth|what[ \t]+we[ \t]+found|the[ \t]+evidence"
                              r"|(?:the[ \t]+)?context|our[ \t]+analysis|(?:the[ \t]+)?reality)[ \t]*:[ \t]*(?=\S)")
"""A checker's label before its own findings (`The facts: ...`, `In fact: ...`): no part of the claim after it."""
CHECKER_INITIALS = frozenset("TtIiFfWwCcOoRr")
"""The first letters of those labels (a cheap test before the pattern)."""


class LineOpening(NamedTuple):
    """A pattern read at a line's start, compiled twice for a fast search: at the text's start, and after a break (a
    search of `(?m)^pattern` tries every character; this one skips to the line breaks)."""

    at_start: re.Pattern[str]
    after_break: re.Pattern[str]


def line_opening(source: str) -> LineOpening:
    """Compile a regex source read at a line's start (no `^` of its own) for `opens_some_line`."""
    return LineOpening(re.compile(source), re.compile(r"\n" + source))


def opens_some_line(text: str, opening: LineOpening) -> bool:
    """Say whether some line of a text opens with a pattern (`re.search("(?m)^" + source, text) is not None`)."""
    return opening.at_start.match(text) is not None or opening.after_break.search(text) is not None


class Block(NamedTuple):
    """A line or soft-wrapped paragraph: `start`/`end` bound it, `body` starts after any list marker."""

    start: int
    end: int
    body: int
    bullet: bool


def split_blocks(text: str) -> list[Block]:
    """Split a text into blocks: one per line, soft-wrapped lines joined, list markers noted."""
    blocks: list[Block] = []
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = strip_span(text, (match.start(), match.end()))
        if start == end:
            continue
        marker = BULLET_RE.match(text, start, end)
        if blocks and not marker and _continues(text, blocks[-1], start):
            prev = blocks[-1]
            blocks[-1] = Block(prev.start, end, prev.body, prev.bullet)
            continue
        blocks.append(Block(start, end, marker.end() if marker else start, bool(marker)))
    return blocks


def _continues(text: str, prev: Block, start: int) -> bool:
    """Say whether a line is the soft-wrapped rest of the block before it (no blank line, lower case), or the rest of
    a sentence a blank line broke (`_broken_off`)."""
    gap = text[prev.end:start].replace("\r", "")
    if gap.count("\n") <= 2 and not prev.bullet and _tag_below(text, prev, start):
        return True  # '"Sales rose,"' / 'said Jo Roe, head of sales.': a quotation's tag on the line below (68e)
    if gap.count("\n") <= 1:
        return text[start].islower() and text[prev.end - 1] not in ".!?:;\u201d\"'"
    return gap.count("\n") == 2 and not prev.bullet and _broken_off(text, prev, start)


QUOTATION_TAG_END_RE = re.compile(r"[,\u2013\u2014]\s*[\u201d\"\u2019']$")
"""How a quotation whose tag follows ends: a comma or a dash, then its closing mark (`,"`, `,\u201d`)."""


def _tag_below(text: str, prev: Block, start: int) -> bool:
    """Say whether a block ends on a quotation closed after a comma and the next line opens in lower case: the line
    is that quotation's tag (`said Jo Roe, head of sales at X.`), the rest of its sentence, broken off (wave 68e)."""
    return text[start].islower() and QUOTATION_TAG_END_RE.search(text, prev.start, prev.end) is not None


UNFINISHED_WORDS: frozenset[str] = load_words("unfinished_words") | PREPOSITIONS
"""Words no sentence ends on (`the`, `that`, `of`, `will`; `data/unfinished_words.txt`, `data/prepositions.txt`)."""
_LAST_WORD_RE = re.compile(r"[\w\u2019'-]+$")
_LIST_ITEM_END_RE = re.compile(r";\s*(?:and|or)$")
"""How a list item that the next item follows ends (`opened two clinics; and`)."""


def _broken_off(text: str, prev: Block, start: int) -> bool:
    """Say whether a block stops mid-sentence and the one after a blank line goes on with it (wave 50e: a page
    hard-wrapped with a blank line after each line): it ends in a comma, a word no sentence ends on, or a lower-case
    word after a comma, or holds a quotation still open, and the next opens in lower case (or, inside an open
    quotation, with a figure); a heading or a list item closed by `; and` ends where it stands."""
    body = text[prev.start:prev.end]
    if body[-1] not in ",\u201c" and not body[-1].isalnum() or _LIST_ITEM_END_RE.search(body):
        return False
    last = _LAST_WORD_RE.search(body)
    word = last.group() if last else ""
    still_open = body.count(OPEN_DOUBLE) > body.count(CLOSE_DOUBLE) or body.count('"') % 2 == 1
    nxt = text[start]
    if not (nxt.islower() or still_open and (nxt.isdigit() or nxt in "$\u00a3\u20ac")):
        return False
    return body[-1] == "," or word.lower() in UNFINISHED_WORDS or still_open \
        or word.islower() and "," in body and len(body.split()) >= 8


def strip_span(text: str, span: Span, chars: str = "") -> Span:
    """Narrow a span to exclude white space and the given punctuation at both ends."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


_SPACE_RUN_RE = re.compile(r"\s*")
"""A run of white space, maybe empty: a regex's white space is just what `str.isspace` and `str.lstrip` take."""


def past_space(text: str, at: int) -> int:
    """Return where the first character at or after `at` that is no white space stands (the text's length when none):
    `len(text) - len(text[at:].lstrip())` without copying the rest of the text."""
    return _SPACE_RUN_RE.match(text, at).end()  # type: ignore[union-attr]


def before_space(text: str, at: int, chars: str | None = None) -> int:
    """Return where text[:at] ends once its trailing white space (or the given characters) is left out:
    `len(text[:at].rstrip(chars))` without copying the text before `at` (read once per sentence, that copy made a long
    paragraph's cost grow with its square)."""
    if chars is not None:
        while at > 0 and text[at - 1] in chars:
            at -= 1
        return at
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


@per_text(64)
def line_starts(text: str) -> tuple[int, ...]:
    """Return where each line of a text opens, in order: 0 and after each break (read once a text)."""
    return (0, *(found.end() for found in _BREAK_RE.finditer(text)))


_BREAK_RE = re.compile("\n")
"""A line break."""


def line_start(text: str, at: int) -> int:
    """Return where the line holding `at` opens: `text.rfind("\n", 0, at) + 1`, found by bisection over the text's
    line starts (one helper for every caller that reads a row's line back to its start; wave 64x)."""
    starts = line_starts(text)
    return starts[bisect_right(starts, at) - 1]


def line_end(text: str, at: int) -> int:
    """Return where the line holding `at` ends: its break, else the text's end."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def next_paragraph(text: str, at: int) -> int | None:
    """Return where the next line after the one holding `at` that holds words opens (the paragraph after a lead), else
    None (nothing but white space follows the line)."""
    stop = text.find("\n", at)
    opening = len(text) if stop < 0 else past_space(text, stop)
    return opening if opening < len(text) else None


SENTENCE_SPLITS_KEPT = 512
"""How many ranges' sentence spans `split_sentences` keeps: a paragraph is split again by many steps (the sentence
chain, lead-ins, pointers, mending), half of all calls on a text ask for a range already split."""


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Split text[start:end] into sentence spans, not breaking after abbreviations or initials (a new list each call,
    copied from the spans kept for the range)."""
    return list(_sentence_spans(text, start, end))


@per_text(SENTENCE_SPLITS_KEPT)
def _sentence_spans(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Split text[start:end] into sentence spans (`split_sentences`), kept for the last ranges split; the answer
    depends on the text alone."""
    spans: list[Span] = []
    begin = start
    for match in SENTENCE_END_RE.finditer(text, start, end):
        if text[match.start()] == "." and _is_abbreviation(text, begin, match.start()) \
                and not _opener_after_place(text, begin, match.start(), match.end()):
            continue
        if match.end() < end and not text[match.end()].isspace() and _in_address(text, match.start()):
            continue  # "www.kelby.org.uk/News": an address, no sentence's end (66x)
        spans.append(strip_span(text, (begin, match.end())))
        begin = match.end()
    if begin < end:
        spans.append(strip_span(text, (begin, end)))
    return tuple(span for span in spans if span[0] < span[1])


def _in_address(text: str, mark: int) -> bool:
    """Say whether a mark with no space after it stands inside an address (a link, an e-mail), by the characters
    around it up to the nearest white space."""
    left = max(text.rfind(" ", 0, mark), text.rfind("\n", 0, mark), text.rfind("\t", 0, mark)) + 1
    right = min((at for at in (text.find(" ", mark), text.find("\n", mark)) if at >= 0), default=len(text))
    return any(sign in text[left:right] for sign in _ADDRESS_MARKS)


TITLE_ABBREVIATIONS: frozenset[str] = frozenset(ABBREVIATED_TITLES)
"""Titles written short (`gov`, `sen`, `supt`): a name follows them, never a new sentence."""
OPENERS_RE = re.compile(r"[ \t]+(?:It|Its|The|He|She|They|His|Her|Their|This|These|We|Our)[ \t]")
"""A word that only opens a sentence, right after a full stop: `Manhattan, Kan. Its director said`."""


def _opener_after_place(text: str, begin: int, dot: int, after: int) -> bool:
    """Say whether an abbreviation that is no title (`Kan.`, `Inc.`, `U.S.`) ends its sentence: a word that only
    opens one follows (`Its`, `The`, `He`); a title (`Dr.`, `Gov.`) never ends one."""
    if OPENERS_RE.match(text, dot + 1) is None:
        return _person_after_place_letters(text, begin, dot)
    word = _word_before(text, begin, dot).lower()
    return word not in HONORIFICS and word not in TITLE_ABBREVIATIONS


_THE_DOTTED_LETTERS_RE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z]\.)+[A-Z]$")
"""`the U.S`, `the U.K` right before a full stop: a place called by its dotted letters after its article."""
_TWO_WORDS_RE = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*[ \t]+[A-Z][\w'\u2019-]*)")
"""The two capitalised words after a full stop (`Ada Quist`)."""


def _person_after_place_letters(text: str, begin: int, dot: int) -> bool:
    """Say whether a place's dotted letters after `the` end their sentence before a person's name (`moved to the U.S.
    Ada Quist said`: a given name and a name word follow; `the U.S. Army` goes on), wave 68x."""
    if _THE_DOTTED_LETTERS_RE.search(text, max(begin, dot - 16), dot) is None:
        return False
    after = _TWO_WORDS_RE.match(text, dot + 1)
    return after is not None and given_person(after.group(1))


def _word_before(text: str, begin: int, dot: int) -> str:
    """Return the letters right before a full stop, back to `begin` at most."""
    word_start = dot
    while word_start > begin and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:dot]


NUMBER_ABBREVIATIONS = load_words("number_abbreviations")
"""Abbreviations that stand for `number` (`no. 4`, `nos. 3 and 4`): written in lower case, only before a figure."""
_NUMBER_AFTER_RE = re.compile(r"[ \t]*[#\d]")
"""What follows a number's abbreviation: a figure (`no. 12`, `No. #3`), spaces first."""


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    """Say whether the word before a full stop is an abbreviation or a single initial (a lower-case `no.` only before a
    figure: `Two members voted no. Holt said` ends after `no.`, wave 25a; an answer's `No. Rents ...` ends too, wave
    35i; `No. 4` as before)."""
    word = _word_before(text, begin, dot)
    if word == ANSWER_NO and _answers(text, begin, dot):
        return False
    if word in NUMBER_ABBREVIATIONS:
        return _NUMBER_AFTER_RE.match(text, dot + 1) is not None
    if word == "m" and text[max(begin, dot - 3):dot + 1].lower() in ("a.m.", "p.m.") and text[dot - 4:dot - 3] == " ":
        return _DAY_OR_ZONE_AFTER_RE.match(text, dot + 1) is not None  # "at 11:59 a.m. Monday", "2 p.m. ET"
    if inner_body_stop(word, text, dot):
        return True  # "Tarn Bros. Ltd. said": the name's own stop (68x)
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())


_DAY_OR_ZONE_AFTER_RE = re.compile(r"[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:[ECMP][SD]?T|GMT|BST|UTC|AEST|AEDT"
                                   r"|NZST|NZDT|IST|SAST|WAT|EAT)\b)")
"""What goes on a clock time's sentence after `a.m.` or `p.m.` (American and Canadian press): a day (`11:59 a.m.
Monday`) or a time zone (`2 p.m. ET`), never a new sentence (wave 47e)."""


ANSWER_NO = "No"
"""The one answer word that is also an abbreviation (`No. 4`): answering, it is a sentence of its own (wave 35i)."""
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+[A-Z]")
"""What follows an answer's `No.`: a sentence opening on a capital, never a figure (`No. 4 Mill Lane`)."""


def _answers(text: str, begin: int, dot: int) -> bool:
    """Say whether a `No.` answers a question (wave 35i): it opens its sentence (`Will rents rise?` / `No. Rents ...`)
    or a label's words (`A: No. Orlen Housing says ...`), and a capital, not a figure, follows it."""
    before = text[begin:dot - len(ANSWER_NO)].rstrip()
    return (not before or before.endswith(":")) and _CAPITAL_AFTER_RE.match(text, dot + 1) is not None


class Quote(NamedTuple):
    """Quoted speech: `outer` includes the quotation marks, `inner` only the words."""

    outer: Span
    inner: Span


def find_speech(text: str, block: Block) -> list[Quote]:
    """Find the quoted speech in a block, scare quotes and short phrases left out."""
    quotes: list[Quote] = []
    pos = block.body
    unopened = unopened_close(text, block.body, block.end)
    if unopened is not None:  # 'The trust is hiring 40 nurses," Jo Roe said.': its opening mark left out (66q)
        inner = strip_span(text, (block.body, unopened))
        if _is_speech(text, inner):
            quotes.append(Quote((block.body, unopened + 1), inner))
        pos = unopened + 1
    while pos < block.end:
        opening = next_opening(text, pos, block.end)
        if opening is None:
            break
        close = closing_for(text, opening, block.end)
        inner = strip_span(text, (opening + 1, close))
        if inner[0] < inner[1] and _is_speech(text, inner):
            quotes.append(Quote((opening, min(close + 1, block.end)), inner))
        reopens = close < block.end and text[close] == text[opening] and opens(text, close, block.end)
        pos = close if reopens else close + 1
    return quotes


MARK_RE = re.compile("[\u201c\u201d\u2018\u2019\"']")


_OPENING_RE = re.compile(r"[\u201c\u2018\"'](?:(?<=[\s(\[:\u2014\u2013-].)|(?<![\s\S]{2}))(?=\S)")
"""A mark that opens a quotation (`opens`): the text's start, a space or `([:` or a dash before it, no space after
it (before the block's end); the mark first, so that the engine skips fast to a mark."""


def next_opening(text: str, pos: int, end: int) -> int | None:
    """Return the offset of the next opening quotation mark at or after pos, if any."""
    opening = _OPENING_RE.search(text, pos, end)
    return opening.start() if opening is not None else None


def opens(text: str, index: int, end: int) -> bool:
    """Say whether the mark at index opens a quotation: start of text or after space, before a word."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < end else " "
    return (before.isspace() or before in "([:\u2014\u2013-") and not after.isspace()


def closing_for(text: str, opening: int, end: int) -> int:
    """Return the offset of the mark closing the quotation opened at `opening`, or the block's end."""
    mark = text[opening]
    for match in MARK_RE.finditer(text, opening + 1, end):
        index, char = match.start(), match.group()
        if mark in (OPEN_DOUBLE, '"'):
            if char in (CLOSE_DOUBLE, '"') or (char == OPEN_DOUBLE and _ends_quote(text, index, end)):
                return index
        elif char in (CLOSE_SINGLE, "'") and _ends_quote(text, index, end) and not is_plural_possessive(text, index, end):
            return index
        if char == mark and index > opening + 2 and text[index - 1].isspace() and text[index - 2] in ".!?" \
                and opens(text, index, end):
            return index  # a new quotation opens after a finished sentence: the last one ended unmarked
    return end


def _ends_quote(text: str, index: int, end: int) -> bool:
    """Say whether a single mark (or a stray opening double one) ends a quotation here."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return False  # an apostrophe inside a word: children's
    return not after.isalnum() or before in ".,!?"


PHRASE_FOLLOWERS = frozenset(("said", "says", "told", "added", "and", "or", "but", "in", "on", "at", "to", "of",
                              "for", "from", "with", "by", "as", "is", "are", "was", "were", "that", "which", "who",
                              "he", "she", "they", "we", "it", "according", "than", "into", "after", "before"))
"""Words that follow a quotation's end (`'...failings' in`, `'...plans' she said`), never a possessed noun."""


def is_plural_possessive(text: str, index: int, end: int) -> bool:
    """Say whether a single mark after `s` is a plural possessive inside single-quoted speech (`our crews' hours`):
    a noun follows it and the same mark comes again later in the block, where the quotation can end."""
    if text[index - 1] not in "sS" or text[index + 1:index + 2] != " ":
        return False
    word = re.match(r"[a-z]+", text[index + 2:index + 20])
    return word is not None and word.group() not in PHRASE_FOLLOWERS and text.find(text[index], index + 1, end) != -1


def _is_speech(text: str, inner: Span) -> bool:
    """Say whether quoted words are speech: long enough, or ending like an utterance."""
    words = len(text[inner[0]:inner[1]].split())
    return words >= SPEECH_MIN_WORDS or (words >= 3 and text[inner[1] - 1] in ".,!?:")  # "Our aims are:" opens a list


def subtract(span: Span, holes: list[Span]) -> list[Span]:
    """Return the parts of a span outside the holes, in order."""
    parts, start = [], span[0]
    for hole_start, hole_end in sorted(holes):
        if hole_end <= start or hole_start >= span[1]:
            continue
        if hole_start > start:
            parts.append((start, hole_start))
        start = max(start, hole_end)
    if start < span[1]:
        parts.append((start, span[1]))
    return parts


# Names in any alphabet (wave 8c): the letter ranges of these patterns read every script's letters.
(BULLET_RE, SENTENCE_END_RE) = (
    any_script(p) for p in (BULLET_RE, SENTENCE_END_RE))


is_abbreviation = _is_abbreviation
"""Say whether the word before a full stop is an abbreviation or an initial (public for the attribution's use)."""
