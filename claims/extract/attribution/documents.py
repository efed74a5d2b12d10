"""What a whole document settles: its regulator, short names, boilerplate about its issuer, tables and headings."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import may_regulate
from ..items import split_items
from ..speakers import Context
from ..speakers.byline_credits import on_photo_credit
from ..text import Block, Quote
from ..text_caches import per_text
from ..vocabulary import GRADE_WORDS, any_script

from .lists import MAX_BARE_ITEM_CHARS
from .patterns import ANY_CUE_RE
from .quotation_leads import open_quotation_lead
from .records import Found
from .source_lines import source_party
from .table_headers import inside_period, is_rule, period_spans

REGULATION_RE = re.compile(r"\b(?:regulator|regulators|watchdog|fined|fines|penalty|penalties|enforcement\s+action)\b",
                           re.IGNORECASE)
"""Words of a text about regulation: a commission, authority or agency it names may be the regulator."""


OFFICE_OF_A_PERSON_RE = re.compile(r"['\u2019]s\s+Office\b|\bOffice\s+of\s+the\s+(?:Governor|Mayor|Attorney|Sheriff|"
                                   r"Minister|Secretary|President|Commissioner|Police\s+and\s+Crime)")
"""An office that is a person's (`Attorney General's Office`, `Office of the Governor`): it serves, it regulates nobody."""


def the_regulator(ctx: Context) -> str | None:
    """Return the one body that may regulate (a commission, an authority, an agency) in a text about regulation (`the
    regulator`, `fined`): it is an inspectorate; None when the text names two such bodies, or none, or is about
    something else."""
    bodies = [name for name in ctx.orgs if may_regulate(name) and ctx.kinds.get(name) in BODY_KINDS
              and not OFFICE_OF_A_PERSON_RE.search(name)]
    return bodies[0] if len(bodies) == 1 and _about_regulation(ctx.text) else None


@per_text(4)
def _about_regulation(text: str) -> bool:
    """Say whether a text is about regulation (`the regulator`, `fined`), looked up once per text."""
    lower = text.lower()
    return any(key in lower for key in _REGULATION_KEYS) and REGULATION_RE.search(text) is not None


_REGULATION_KEYS: tuple[str, ...] = ("regulator", "watchdog", "fine", "penalt", "enforcement")
"""Plain substrings one of which every match of REGULATION_RE holds: a quick test before the pattern."""


def body_short_names(ctx: Context) -> dict[str, str | None]:
    """Map the first words of each body's longer name (`Harlow Keane` of `Harlow Keane Construction`) to that body,
    or to None when two bodies begin so."""
    short: dict[str, str | None] = {}
    for org in ctx.orgs:
        words = org.split()
        if ctx.kinds.get(org) not in BODY_KINDS:
            continue
        for size in range(2, len(words)):
            prefix = " ".join(words[:size])
            short[prefix] = org if short.get(prefix, org) == org else None
    return short


BOILERPLATE_RE = any_script(re.compile(r"About\s+(?:us\b|(?:the\s+)?[A-Z][^:.\n]{0,60}:)"))
"""`About the City of Port Alder: ...`, `About us`: a body's boilerplate at a text's end."""
ABOUT_HEADING_RE = any_script(re.compile(r"(?:About|Key\s+facts\s+about)\s+(?:us|(?:the\s+)?[A-Z][^:.!?\n]{0,60}?)\s*"))
"""A heading `About Lakeshore Health`: the boilerplate under it, up to the next heading, is nobody's claim."""
SELF_DESCRIPTION_RE = any_script(re.compile(
    r"(?:The\s+)?[A-Z][\w&'\u2019\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z&][\w&'\u2019\-]*){0,6}\s+(?:is|are)\s+(?:a|an|the)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:nonprofit|non-profit|not-for-profit|charity|charitable|social\s+enterprise)\b"))
"""`Acme Health is a nonprofit health system serving ...`: a body's boilerplate about itself."""


def about_section(text: str, block: Block, inside: bool) -> bool:
    """Say whether a block is an `About X` heading or under one (until the next heading)."""
    if text.startswith(("About", "Key facts", "Key Facts", "KEY FACTS", "ABOUT"), block.body) \
            and ABOUT_HEADING_RE.fullmatch(text, block.body, block.end):
        return True
    return inside and not is_heading(text, block, [])


def describes_itself(text: str, block: Block) -> bool:
    """Say whether a paragraph is a body's boilerplate about itself (`X is a nonprofit ...`) and reports nothing."""
    if not _may_describe_itself(text) or text.find("profit", block.body, block.end) < 0 \
            and text.find("charit", block.body, block.end) < 0 and text.find("social enterprise", block.body, block.end) < 0:
        return False  # none of the words a self-description needs, in the text or the paragraph (a cheap test first)
    return SELF_DESCRIPTION_RE.match(text, block.body, block.end) is not None \
        and not ANY_CUE_RE.search(text, block.body, block.end)


@per_text(4)
def _may_describe_itself(text: str) -> bool:
    """Say whether a text holds any word a body's description of itself needs (`profit`, `charit`, `social
    enterprise`), looked for once per text: a paragraph holds none that its text does not."""
    return text.find("profit") >= 0 or text.find("charit") >= 0 or text.find("social enterprise") >= 0


COLUMN_GAP_RE = re.compile(r"\S(?: {2,}|\t+| ?\| ?)(?=\S)")
"""The gap between two columns of a table laid out in plain text: two spaces or more, a tab, a bar."""


def table_shape(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line is laid out as a row of a table: columns apart, short, no sentence's end, no quotation."""
    return not quotes and block.end - block.body <= MAX_BARE_ITEM_CHARS and text[block.end - 1] not in ".!?:;" \
        and COLUMN_GAP_RE.search(text, block.body, block.end) is not None


def table_source(text: str, block: Block, table: list[Block], ctx: Context) -> list[Found]:
    """Give the rows of figures of a table nobody introduced to the party its `Source: X` line names right below it
    (`source_lines`, wave 35a: the first party the line names, though the line goes on past it)."""
    who = source_party(text, block, ctx)
    if who is None:
        return []
    following = table[1:] + [block]
    return [Found(who.name, who.kind, "source", item) for row, below in zip(table, following)
            if TABLE_FIGURE_RE.search(text, row.body, row.end) and not column_names(text, row, [], below)
            for item in split_items(text, (row.body, row.end))]


def table_row(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line under a lead-in is a row of its table of figures (`Category 1    7 min 52 sec`) or of
    grades (`Responding to the public | Inadequate`); only a lead-in that is a sentence hands its speaker on (a
    heading's speaker is a guess, its lines are `bare_item`s)."""
    return table_shape(text, block, quotes) and holds_value(text, block)


def table_header(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a line under a lead-in names its table's columns: a table's shape without a figure or a grade
    (years name columns: `Region    2025    2024`; `Area | Grade`)."""
    return table_shape(text, block, quotes) and not holds_value(text, block)


def column_names(text: str, block: Block, quotes: list[Quote], following: Block | None) -> bool:
    """Say whether a table's line names its columns (wave 35a, `table_headers`): a markdown rule, the line above one,
    or a line whose only figures are periods and dates (`Charge | Now | From 1 April`) above a row that measures
    something (rows of dates alone, `Eastby | 3 March`, are rows)."""
    if block.bullet or not table_shape(text, block, quotes):
        return False
    if is_rule(text, block):
        return True
    if following is None or following.bullet or not table_shape(text, following, []):
        return False
    return is_rule(text, following) or not _measures(text, block) and not ends_with_grade(text, block) \
        and (_measures(text, following) or ends_with_grade(text, following))


def _measures(text: str, block: Block) -> bool:
    """Say whether a table's line holds a figure outside its periods and dates (`21.4p`, not `1` of `From 1 April`)."""
    periods = period_spans(text, (block.body, block.end))
    return any(not inside_period(m.start(), periods) for m in TABLE_FIGURE_RE.finditer(text, block.body, block.end))


def holds_value(text: str, block: Block) -> bool:
    """Say whether a table's line holds a value, a figure or a grade, and so is a row, not the columns' names."""
    return TABLE_FIGURE_RE.search(text, block.body, block.end) is not None or ends_with_grade(text, block)


_CELL_GAP_RE = re.compile(r" {2,}|\t+|\|")
"""What parts a table's cells: two spaces or more, a tab, a bar."""


def ends_with_grade(text: str, block: Block) -> bool:
    """Say whether a table's line ends with a cell holding only a grade (`Managing offenders | Adequate`)."""
    cells = _CELL_GAP_RE.split(text[block.body:block.end].rstrip(" |"))
    return len(cells) >= 2 and cells[-1].strip().lower() in GRADE_WORDS


TABLE_FIGURE_RE = re.compile(r"(?<![\d,./])(?<!\d[\u2013-])(?!(?:19|20)\d\d(?:[/\u2013-](?:19|20)?\d\d)?(?![\d,.%]))\d")
"""A figure in a table's row: a digit that does not only start a year (`2025`, `2024/25`, `2024-25` name a column)."""


MAX_HEADING_CHARS = 160
"""A line this short without a full stop is a heading (a headline, a standfirst, a section title)."""


def is_heading(text: str, block: Block, quotes: list[Quote]) -> bool:
    """Say whether a block is a heading: short, not a bullet, no quotation, no closing punctuation (before a photo's
    credit in brackets, wave 48e: a caption `X said A. (Jo Roe/Valley News)` is no heading)."""
    if block.bullet or quotes or block.end - block.start > MAX_HEADING_CHARS:
        return False  # the cheap tests first: most blocks are paragraphs, longer than a heading
    line = text[block.start:block.end].rstrip("\"\u201d\u2019'")  # "... says cuts are 'unavoidable'"
    if line.endswith(")") and on_photo_credit(text, block.start + len(line) - 1):
        return False
    return bool(line) and line[-1] not in ".!?:;" and not open_quotation_lead(text, block)  # "X said," (68e)
