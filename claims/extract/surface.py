"""The surface of a page, read plainly: a working copy of a text as long as the text itself, in which every
Unicode space is a space and the hard line breaks inside a paragraph are spaces, so that rules read a
page the same however it was typed, wrapped or pasted (and a comma set inside a short quotation's closing mark in
the middle of a sentence stands outside it, `inline_commas`; two single marks typed for a double one, `‘’We are
short’’ said X` or `''We are short'' said X`, are one double mark, wave 41g); offsets into the copy are offsets into
the text, and quotes are always cut from the text itself."""
from __future__ import annotations

import re

from .inline_commas import outside_commas
from .lead_capitals import recased_leads
from .text import BULLET_RE

ODD_SPACE_RE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
"""A space other than the plain one: no-break, thin, en, em, figure, narrow no-break, ideographic."""
WRAP_WIDEST = 100
"""A text with a longer line is not hard-wrapped (its paragraphs are single lines)."""
WRAP_NARROWEST = 40
"""A text whose longest line is shorter is a list or a form, not wrapped prose."""
WRAP_MIN_BREAKS = 2
"""Fewer line breaks that look like wrapping are chance, not a wrapped text."""
RAGGED_MIN_LOWER = 3
"""A text wrapped at no fixed width (copied from narrow columns) shows at least this many lines that stop mid-sentence
and go on in lower case on the next line; fewer are a writer's own line breaks (at most 2 in any development text)."""
MID_SENTENCE_ENDS = ",\u201c\u2018\u2013\u2014-"
"""Marks a line ends on, besides a letter or figure, where its sentence goes on: a comma, an opening mark, a dash."""


def working_copy(text: str) -> str:
    """The text with plain spaces for odd ones and for the line breaks of hard wrapping, and a mid-sentence
    quotation's comma outside its closing mark, and a news lead's opening words in capitals in their reading case
    (same length)."""
    return recased_leads(outside_commas(glued_bullets(unwrapped(doubled_marks(plain_colons(plain_spaces(text)))))))


STRAY_AFTER_COLON_RE = re.compile("(?<=[\\w)]):(?:[\\-\u2013\u2014](?=\\s)|,(?=[ \t]*[\"\u201c\u2018']))")
"""A lead-in's colon with a dash typed after it (`the key findings are:-`, `as follows:—`; British, Irish and South Asian
offices' habit) or a stray comma between it and a quotation (`said:, "`): the colon alone is the lead-in's."""


def plain_colons(text: str) -> str:
    """The text with the dash or stray comma typed right after a lead-in's colon made a space (same length; wave 49d)."""
    if ":-" not in text and ":," not in text and ":\u2013" not in text and ":\u2014" not in text:
        return text  # the cheap test first
    return STRAY_AFTER_COLON_RE.sub(": ", text)


DOUBLED_OPENING_RE = re.compile("(?:(?<=\\s)|^)[\u2018\u2019']{2}(?=\\w)", re.MULTILINE)
"""Two single marks opening a quotation as one double mark: `‘’We`, `''We` after a space or a line's start."""
DOUBLED_CLOSING_RE = re.compile("(?<=[\\w.,!?])[\u2019']{2}(?=\\s|$)", re.MULTILINE)
"""Two single marks closing it: `short’’ said`, `short.''`."""
GLUED_CLOSING_RE = re.compile("(?<=\\w )\u2018(?=(?:said|says|added|adds)\\b)")
"""An opening single mark typed to close such a quotation, glued to the cue after it: `be improved ‘said X`."""


def doubled_marks(text: str) -> str:
    """The text with two single marks typed for a double one made a space and that double mark (same length)."""
    if "\u2019\u2019" not in text and "''" not in text:
        return text  # the cheap test first: every closing pair holds one of these
    text = DOUBLED_OPENING_RE.sub(" \u201c", text)
    if "\u201c" in text and "\u2018" in text:
        text = GLUED_CLOSING_RE.sub("\u201d", text)  # "‘’The wards need cleaning ‘said X": its closing mark
    return DOUBLED_CLOSING_RE.sub("\u201d ", text)


GLUED_LIST_RE = re.compile("(?<=:)(?: \u2022 [^\n\u2022]*[^\n\u2022 ]){3,}")
"""A lead-in's colon and three bullets or more glued on its line (`The highlights include: • A • B • C`): a page whose
line breaks were lost."""
GLUED_BULLET_RE = re.compile(" (?=\u2022 )")
"""The space before a glued bullet sign, where its line break was."""


def glued_bullets(text: str) -> str:
    """The text with a line break for the space before each bullet glued after a lead-in's colon on its line (same
    length; wave 45g): the lead-in's items are read one a line, as typed."""
    if " \u2022 " not in text:
        return text  # the cheap test first
    return GLUED_LIST_RE.sub(lambda glued: GLUED_BULLET_RE.sub("\n", glued.group()), text)


def plain_spaces(text: str) -> str:
    """The text with every Unicode space other than the plain one made a plain space."""
    if ODD_SPACE_RE.search(text) is None:
        return text
    return ODD_SPACE_RE.sub(" ", text)


def unwrapped(text: str) -> str:
    """A hard-wrapped text with the line breaks inside its paragraphs made spaces; any other text unchanged."""
    lines = text.split("\n")
    width = max(map(len, lines))
    if WRAP_NARROWEST <= width <= WRAP_WIDEST:
        breaks = [is_wrap(line, after, width) for line, after in zip(lines, lines[1:])]
        if is_wrapped(lines, breaks):
            return rejoined(lines, [soft or near_margin_wrap(line, after, width)
                                    for line, after, soft in zip(lines, lines[1:], breaks)])
    if lower_openings(lines) < RAGGED_MIN_LOWER:
        return text  # the cheap test first: too few lines open in lower case for a ragged wrap (`is_ragged`)
    breaks = [is_ragged_wrap(line, after) for line, after in zip(lines, lines[1:])]
    if is_ragged(lines, breaks):
        return rejoined(lines, breaks)
    return text


def lower_openings(lines: list[str]) -> int:
    """Count the lines after the first that open in lower case: the most soft breaks `is_ragged` can count so."""
    return sum(map(str.islower, [line[:1] for line in lines[1:]]))


def rejoined(lines: list[str], breaks: list[bool]) -> str:
    """The lines put back together, with spaces for the soft breaks (same length)."""
    return "".join(joined(line) if soft else line + "\n" for line, soft in zip(lines, breaks)) + lines[-1]


def is_ragged_wrap(line: str, after: str) -> bool:
    """A line break is wrapping at no fixed width when the line stops mid-sentence (on a word, a comma, an opening mark
    or a dash) and the next line goes on (not blank, not indented, not a list item)."""
    end = line.rstrip()
    if not end or not after.strip() or after[0].isspace() or BULLET_RE.match(after):
        return False
    return end[-1].isalnum() or end[-1] in MID_SENTENCE_ENDS


def is_ragged(lines: list[str], breaks: list[bool]) -> bool:
    """A text is wrapped at no fixed width when most line breaks inside its runs of lines stop mid-sentence and at
    least `RAGGED_MIN_LOWER` of them go on in lower case (wave 54q: a page copied from narrow columns, a body's name
    split over two lines, `the Solomon Islands` / `National Statistics Office`)."""
    lower = sum(soft and after[0].islower() for after, soft in zip(lines[1:], breaks))
    return lower >= RAGGED_MIN_LOWER and is_wrapped(lines, breaks)


def joined(line: str) -> str:
    """A line whose break is soft, with spaces for its line break (and its carriage return)."""
    return line[:-1] + "  " if line.endswith("\r") else line + " "


def is_wrap(line: str, after: str, width: int) -> bool:
    """A line break is wrapping when the next line's first word would not have fitted on this full line."""
    words = after.split(None, 1)
    if not words or not line.strip() or BULLET_RE.match(after) or after[0].isspace():
        return False
    return len(line.rstrip()) + 1 + len(words[0]) > width


NEAR_MARGIN = 0.4
"""How much of a hard-wrapped text's width a line stopping mid-sentence fills when its break is the wrapping's (a
shorter line is a heading or a name over its post)."""


def near_margin_wrap(line: str, after: str, width: int) -> bool:
    """In a hard-wrapped text, a line break is wrapping too when the line stops mid-sentence, though the next word
    would have fitted (wire copy wrapped with a ragged margin: `South Africa's Competition` / `Commission said`, `The
    Asian Development` / `Bank (ADB)`; wave 55f)."""
    return len(line.rstrip()) >= NEAR_MARGIN * width and is_ragged_wrap(line, after)


def is_wrapped(lines: list[str], breaks: list[bool]) -> bool:
    """A text is hard-wrapped when most line breaks inside its runs of lines are wrapping breaks."""
    inner = sum(bool(line.strip() and after.strip()) for line, after in zip(lines, lines[1:]))
    soft = sum(breaks)
    return soft >= WRAP_MIN_BREAKS and 2 * soft >= inner
