"""A statement's heading that names its giver before the statement's noun (wave 59e): `Chief Jo Roe Statement on
Recent Flooding`, `Governor Tam Holloway Remarks Following the Storm`, `Mayor Roe Message to Residents`: the words
before the noun are the giver, the words after its preposition the topic. The noun is written with a capital, as a
heading writes it (`the Chief's statement on flooding was late` is a sentence, never this heading). Wave 69e: the
giver may be written as the subject of a verb of giving (`Chairman Jo Roe delivers a Club Statement`, `Mayor Jo Roe
Issues Statement on Floods`), or as the byline of a statement (`By Union President Jo Roe`): a byline names its giver
only when a post that is no post of the press stands before the name (`By Jo Roe`, `By Political Editor Jo Roe` are a
reporter's)."""
from __future__ import annotations

import re

from .entities import Mention, find_mentions
from .vocabulary import PRESS_ROLES, ROLES

GIVER_FIRST_HEADING_RE = re.compile(
    r"(?P<who>[A-Z][^\n.!?:]{2,80}?)[ \t]+(?:Statement|STATEMENT|Remarks|REMARKS|Message|MESSAGE)[ \t]+"
    r"(?:on|On|ON|regarding|Regarding|about|About|following|Following|after|After|to|To)[ \t]+[^\n!?]{3,120}?"
    r"[ \t]*:?[ \t]*")
"""A heading naming its giver first, then the statement's capitalised noun and its topic after a preposition."""


GIVING_HEADING_RE = re.compile(
    r"(?P<who>[A-Z][^\n.!?:]{2,80}?)[ \t]+(?i:delivers|issues|releases|makes|gives|reads|shares|publishes|pens|writes"
    r"|sends|delivered|issued|released|made|gave|shared|published|penned|wrote|sent)[ \t]+"
    r"(?:(?i:a|an|the|his|her|their|its)[ \t]+)?(?:(?i:full|short|brief|joint|new|personal|official)[ \t]+"
    r"|[A-Z][a-z]+[ \t]+){0,2}(?P<noun>(?i:statement|message|remarks|letter|open[ \t]+letter|update|response|reply))"
    r"(?:[ \t]+(?i:on|regarding|about|following|after|to|over)[ \t]+[^\n.!?]{3,120}?)?[ \t]*:?[ \t]*")
"""A heading naming its giver as the subject of a verb of giving a statement (`Chairman Jo Roe delivers a Club
Statement`, `Mayor Jo Roe Issues Statement on Floods`): a line with no full stop (with one it is a sentence), the
noun written with a capital as a heading writes it (`Mayor Jo Roe issued a statement on floods` is a news headline's
sentence about a statement, as wave 59e's heading holds)."""
BYLINE_RE = re.compile(r"(?i:by)[ \t]+(?P<who>[A-Z](?:(?<=[ \t][A-Z])\.|[^\n.!?:]){2,100}?)[ \t]*")
"""A byline line: `By Union President Jo Roe`, an initial's dot inside allowed (`By President Jo K. Roe`)."""


def giver_first_heading(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a heading in text[start:end] that names its giver before the statement's noun, as the subject
    of a verb of giving it, or in a byline after a post; else None."""
    first = GIVER_FIRST_HEADING_RE.fullmatch(text, start, end)
    if first is not None:
        return first
    giving = GIVING_HEADING_RE.fullmatch(text, start, end)
    if giving is not None and text[giving.start("noun")].isupper() \
            and _name_at_end(text, giving.start("who"), giving.end("who")) is not None:
        return giving
    return _posted_byline(text, start, end)


def _posted_byline(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a byline whose giver is written after a post that is no post of the press (`By Union
    President Jo Roe`), else None (`By Jo Roe`, `By Business Editor Jo Roe`: a reporter)."""
    byline = BYLINE_RE.fullmatch(text, start, end)
    name = _name_at_end(text, byline.start("who"), byline.end("who")) if byline is not None else None
    if byline is None or name is None:
        return None  # "By Jo Roe | Valley Ledger", "By Jo Roe and Al Key, staff writers": a reporter's
    posts = [word.lower().strip(",") for word in text[byline.start("who"):name.end - len(name.name)].split()]
    return byline if ROLES.intersection(posts) and not PRESS_ROLES.intersection(posts) else None


def _name_at_end(text: str, start: int, end: int) -> Mention | None:
    """Return the person whose name ends a heading's giver (`Chairman Jo Roe`, `President Jo K. Roe`), a name of two
    words or more and no post's word, else None (`Chief Public Defender` is a post alone)."""
    mentions = find_mentions(text, start, end)
    last = mentions[-1] if mentions else None
    if last is None or last.kind != "person" or last.end != end or len(last.name.split()) < 2 \
            or any(word.lower() in ROLES for word in last.name.split()):
        return None
    return last
