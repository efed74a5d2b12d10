"""Statements set out under a heading: `STATEMENT FROM SHERIFF JO ROE`, `Message from Mayor Jo Roe:`, `A letter from
our chair, Tom Hale`, then the person's own paragraphs, unquoted and in the first person, often signed at the end
(`— Mayor Jo Roe`); such a signature under first-person paragraphs makes them a statement without a heading. A
sign-off with no dash, a line that is one person's name over a line of her post (`Jo Roe` / `Chair of Trustees`,
under an annual review's foreword, wave 33f), makes her the voice of the paragraphs above it instead: their cue-less
figures are hers, as a release's are its issuer's, and their cues keep their own speakers. Each
sentence of those paragraphs is the person's, as a quotation's would be; the first paragraph
that no longer speaks as `I` or `we` (the writer's narration resumes) or a signature ends the statement.
"""
from __future__ import annotations

import re

from .entities import Mention, find_mentions
from .giver_headings import giver_first_heading
from .items import is_rhetoric, is_statement, split_items
from .text import Block, Span, split_sentences
from .text_caches import per_text
from .vocabulary import BYLINE_RE, FIRST_PERSON_RE, MONTH, ROLE_WORDS, ROLES

STATEMENT_HEADING_RE = re.compile(
    r"(?:(?:Media|Press|News)[ \t]+Release[ \t]+)?"
    r"(?:(?:A|An|The|Full)[ \t]+)?(?:(?:Ministerial|Joint|Official|Opening|Closing|Written|Oral)[ \t]+)?"
    r"(?:statement|message|remarks|letter|note|open[ \t]+letter|update|word|comment"
    r"|(?P<transcript>transcript[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:weekly|regular|daily|special|press|media)[ \t]+){0,2}"
    r"(?:briefing|conference)))s?"
    r"[ \t]+(?:from|by)[ \t]+(?P<who>[^\n.!?]{3,100}?)(?:[ \t]+on[ \t]+[^\n!?]{3,100}?)?"
    rf"(?:,?[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}"
    rf"|{MONTH}[ \t]+\d{{1,2}}),?[ \t]+\d{{4}}(?:[ \t]*[\u2013\u2014\-|:][ \t]*[^\n!?]{{1,60}}?)?"
    r"|[ \t]+[\u2013\u2014\-|][ \t]+[^\n!?]{3,80}?)?[ \t]*:?[ \t]*$",
    re.IGNORECASE)
"""A heading over a person's statement: `STATEMENT FROM SHERIFF JO ROE`, `Message from Mayor Jo Roe:`; the date and
topic after the giver (`Statement from the Chief Engineer, Friday, 2 May 2025 \u2013 Floods`) are no part of her
(wave 48f); a briefing's transcript (`Transcript of the Press Briefing by the Spokesperson on ...`, wave 49v); the
release's label before it (`Media Release Statement by the Governor, Mr Jo Roe:`, wave 52q); a topic set off by a
spaced dash with no date before it (`Statement from the Premier - Harbour Operation`: the topic is no giver, wave
59e)."""
OWNED_HEADING_RE = re.compile(
    r"(?P<who>[^\n.!?]{3,100}?)['\u2019]s[ \t]+(?:(?:opening|closing|keynote|welcome)[ \t]+)?"
    r"(?:statement|remarks|speech|address)[ \t]+(?:at|to|on|before|for)[ \t]+[^\n!?]{3,140}", re.IGNORECASE)
"""A heading over a person's speech naming her as its owner (`Executive Director Jo Roe's remarks at the first
session of the Board`, a UN agency's page of remarks; wave 54q)."""
QUOTE_MARKS = "\"\u201c\u201d"
"""The double quotation marks, straight and curly."""
MAX_HEADING_CHARS = 160
"""A statement's heading is one line, its givers' titles and its subject (`on the opening of X`) included."""
MIN_STATEMENT_WORDS = 4
"""A sentence of a statement shorter than this (`Thank you.`) claims nothing."""


def quote_marked(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] holds a double quotation mark (`QUOTE_MARKS`; one test for a release's and a
    statement's readers, wave 53g)."""
    return any(text.find(mark, start, end) >= 0 for mark in QUOTE_MARKS)


def statement_speaker(text: str, block: Block) -> Mention | None:
    """Return the person a statement's heading names (`STATEMENT FROM SHERIFF JO ROE`), or None for any other block."""
    if block.bullet or block.end - block.body > MAX_HEADING_CHARS or text[block.end - 1] in ".!?":
        return None  # a heading is short and ends without a full stop (a cheap test first)
    heading = STATEMENT_HEADING_RE.fullmatch(text, block.body, block.end) \
        or OWNED_HEADING_RE.fullmatch(text, block.body, block.end) \
        or giver_first_heading(text, block.body, block.end)  # "Chief Jo Roe Statement on Recent Flooding" (59e)
    if heading is None:
        return None
    people = [m for m in find_mentions(text, heading.start("who"), heading.end("who")) if m.kind == "person"]
    joint = _joint_givers(text, heading.start("who"), heading.end("who")) \
        if JOINED_RE.search(text, heading.start("who"), heading.end("who")) is not None else None
    return joint or (people[-1] if len(people) == 1 else None)  # "from Jo Roe, Tim Ash and Ann Vale": no one voice


JOINED_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+")
"""What joins two people a statement's heading names (`Mayor Jo Roe and Harbour Commissioner Tim Ash`)."""


def _joint_givers(text: str, start: int, end: int) -> Mention | None:
    """Return two people a statement's heading names joined by `and`, each with her own title (`Premier Jo Roe and
    Energy Minister Tim Ash`), as one joint speaker (wave 47e); None for anything else (`Jo Roe, Tim Ash and Ann Vale`,
    a body and a person)."""
    joins = list(JOINED_RE.finditer(text, start, end))
    if len(joins) != 1 or text.find(",", start, joins[0].start()) >= 0:
        return None
    first = find_mentions(text, start, joins[0].start())
    second = find_mentions(text, joins[0].end(), end)
    if len(first) != 1 or not second or first[0].kind != "person" or second[0].kind != "person" \
            or text[first[0].end:joins[0].start()].strip() or second[0].start != joins[0].end() and \
            not text[joins[0].end():second[0].start].strip().istitle():
        return None
    return Mention(first[0].start, second[0].end, f"{first[0].name} and {second[0].name}", "person")


def statement_party(text: str, block: Block) -> Mention | None:
    """Return the one party a statement's heading names, a person (`STATEMENT FROM SHERIFF JO ROE`) or a body with
    no signatory (`Statement from Acme Rovers FC`: the body's, wave 27i), or None for any other block."""
    person = statement_speaker(text, block)
    if person is not None or block.bullet or block.end - block.body > MAX_HEADING_CHARS or text[block.end - 1] in ".!?":
        return person
    heading = STATEMENT_HEADING_RE.fullmatch(text, block.body, block.end)
    if heading is None:
        return None
    named = find_mentions(text, heading.start("who"), heading.end("who"))
    if not named and heading.group("transcript"):
        return _post_giver(text, heading.start("who"), heading.end("who"))  # "by the Spokesperson": her post alone
    whole = len(named) == 1 and named[0].kind != "person" and not named[0].possessive \
        and text[named[0].end:heading.end("who")].strip(" \t,") == ""
    if not whole:
        return None  # "Statement from Acme and Bell": two parties; "from the club": no name
    post = text[named[0].start:named[0].end]
    return Mention(named[0].start, named[0].end, post, "person") if names_post(post) else named[0]


POST_GIVER_RE = re.compile(r"(?:the|The|THE)[ \t]+(?:[A-Z][\w'\u2019\-]*[ \t]+){0,2}(?P<role>[A-Z][\w'\u2019\-]*)")
"""A giver named by her post alone, `the` and a few capitalised words (`the Spokesperson`, `the Chief Spokesperson`)."""


def _post_giver(text: str, start: int, end: int) -> Mention | None:
    """Return the person a transcript's heading names by her post alone (`by the Spokesperson`, wave 49v; a message
    from the Chair is signed by her name below it): `the` and capitalised words ending on a role word; None for anything
    else (`by the harbour board`, `the Spokesperson and the Mayor`)."""
    post = POST_GIVER_RE.fullmatch(text, start, end)
    return Mention(start, end, text[start:end], "person") if post is not None \
        and post.group("role").lower() in ROLES else None


POST_LINK_RE = re.compile(r"[ \t]+(?:of|for|to|at)[ \t]+")
"""What joins a post to its remit (`Permanent Secretary for Health`, `Director of Public Works`)."""


def names_post(name: str) -> bool:
    """Say whether the words a statement's heading names its giver by are a post, not a body (`Acting Permanent
    Secretary for Health`, `Director of Public Health`): its words before the remit end on a role word; the holder
    speaks, under the post's whole name (wave 48f)."""
    head = POST_LINK_RE.split(name, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in ROLES


def in_statement(text: str, block: Block) -> bool:
    """Say whether a paragraph goes on with a statement: prose that speaks as `I` or `we` outside quotation marks (a
    first person only inside them is someone quoted: the next speaker, wave 27i), not opening a quotation (a quoted
    statement is read as speech), no heading, no bullet (a signature line `— Jo Roe` is one and ends it)."""
    return not block.bullet and text[block.end - 1] in ".!?" and text[block.body] not in QUOTE_MARKS \
        and FIRST_PERSON_RE.search(unquoted(text[block.body:block.end])) is not None


QUOTED_RE = re.compile(r"\"[^\"\n]*\"?|\u201c[^\u201d\n]*\u201d?")
"""A quotation inside a paragraph, straight or curly, to its closing mark or the paragraph's end."""


def unquoted(paragraph: str) -> str:
    """Return a paragraph's words outside quotation marks."""
    return QUOTED_RE.sub(" ", paragraph)


def statement_claims(text: str, block: Block) -> list[Span]:
    """Return the claims of a statement's paragraph: each sentence's items, leaving out questions and rhetoric."""
    return [item for sentence in split_sentences(text, block.body, block.end)
            if text[sentence[1] - 1] != "?" and len(text[sentence[0]:sentence[1]].split()) >= MIN_STATEMENT_WORDS
            and not is_rhetoric(text[sentence[0]:sentence[1]])
            for item in split_items(text, sentence) if is_statement(text[item[0]:item[1]])]


RUNNING_TEXT_ENDS = ".!?:;,\"\u201d"
"""Marks a line of running text may close on (a sentence's or a clause's end, a quotation's close): a signature, a
headline or a line of a page's furniture closes on none (`comma_signer`, `attribution.issuer`, wave 53g)."""
MAX_SIGNED_PARAGRAPHS = 8
"""How many paragraphs of a statement a signature under them may sign."""
MAX_SIGNATURE_CHARS = 100
"""A signature line is short (`Jo Roe, Chief Inspector`, under a statement or a quotation: `attribution.quotes` reads
this one limit too, wave 53g)."""
SIGNATURE_MARK_RE = re.compile(r"[ \t]*[\u2014\u2013-]{1,2}[ \t]*")
"""The dash that opens a signature line: `— Mayor Jo Roe`, `-- Jo Roe, Chief Executive`."""


SIGNATURE_LINE_RE = re.compile(r"^[ \t]*[\u2014\u2013-]{1,2}[ \t]*[A-Z][^\n.!?:]{2,98}$", re.MULTILINE)
"""A line that may sign a statement: a dash, then a capitalised name and no sentence's end."""


_LATER_SIGNATURE_LINE_RE = re.compile("\n" + SIGNATURE_LINE_RE.pattern.removeprefix("^"), re.MULTILINE)
"""`SIGNATURE_LINE_RE` on any line after the first, opening with the line's newline: the engine skips fast to a
newline, not tries every place (`^` is no character to skip to)."""


@per_text(4)
def may_be_signed(text: str) -> bool:
    """Say whether any line of a text may sign a statement (`— Jo Roe`), once per text: `SIGNATURE_LINE_RE.search`,
    tried on the first line, then found from the newline before each later line."""
    return SIGNATURE_LINE_RE.match(text) is not None or _LATER_SIGNATURE_LINE_RE.search(text) is not None


def signed_statement(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the person who signs the statement a paragraph opens: unquoted first-person paragraphs, then a line
    `— Jo Roe` naming one person; else None."""
    end = index
    while end < len(blocks) and end - index < MAX_SIGNED_PARAGRAPHS and in_statement(text, blocks[end]):
        end += 1
    return signature(text, blocks[end]) if index < end < len(blocks) else None


def signed_off(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the person who signs off the foreword a paragraph opens: unquoted first-person paragraphs, then a line
    of her name over a line of her post (`Jo Roe` / `Chair`), or one line of both (`Jo Roe, Superintendent`); else
    None."""
    end = index
    while end < len(blocks) and end - index < MAX_SIGNED_OFF_PARAGRAPHS and in_statement(text, blocks[end]):
        end += 1
    if not index < end < len(blocks):
        return None
    return sign_off(text, blocks, end) or _one_comma_signer(text, blocks, end)


def _one_comma_signer(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the person a line `Jo Roe, Chair` names when she signs alone: no bullet, and no such line under it (`Jo
    Roe, Chair` over `Tim Ash, Chief Executive` is a joint foreword, no one person's voice)."""
    if blocks[index].bullet or index + 1 < len(blocks) and comma_signer(text, blocks[index + 1]) is not None:
        return None
    return comma_signer(text, blocks[index])


MAX_SIGNED_OFF_PARAGRAPHS = 12
"""How many paragraphs a sign-off may sign: a whole foreword or message of an annual review (a dashed signature
signs at most `MAX_SIGNED_PARAGRAPHS`)."""
MAX_POST_CHARS = 80
"""A post under a signer's name is a short line (`Chair, Board of Directors`), never a sentence about her."""
SIGN_OFF_RE = re.compile(r"\n[ \t]*[A-Z][^\n!?:;]{2,98}(?=(?:\n[ \t]*)+(?P<post>[A-Z]\S*))")
"""A line that may be a name (`Jo A. Roe` holds a stop) over a line that opens with a capitalised word, which may be a
post's (`Co-founder,`), read as `_is_post` reads it; the line under is left for the next match. Blank lines may stand
between the two, as `sign_off` reads them block by block (wave 64e: `Jo Roe` / blank / `General Manager`)."""


COMMA_SIGN_OFF_RE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*[A-Z][^\n,!?:;]{2,60},[ \t]+(?P<post>[A-Z][\w\-]*)[^\n!?:;]*$",
                               re.MULTILINE)
"""A line that may be a name and a post with no dash (`Jo Roe, Superintendent`, wave 52e), read as `comma_signer` reads
it: after a blank line, or right under the paragraph it signs (wave 64e: `comma_signer` reads its block either way)."""


@per_text(4)
def may_be_signed_off(text: str) -> bool:
    """Say whether a text may hold a sign-off (a line over one opening with a post's word, `Jo Roe` / `Chair`, or a
    line of both after a blank line, `Jo Roe, Chair`), once per text."""
    return any(m.group("post").strip(",").lower() in ROLE_WORDS
               for pattern in (SIGN_OFF_RE, COMMA_SIGN_OFF_RE) for m in pattern.finditer(text))


def comma_signer(text: str, block: Block) -> Mention | None:
    """Return the person a line of her name, a comma and her post signs as (`Shay Roe, Superintendent`, `Jo Roe,
    Minister of Jobs, Trade and Tourism`; wave 52e): the line opens on a person's name, her post's first word is a
    role's, capitalised, and nothing ends a sentence; else None."""
    line = text[block.start:block.end].rstrip()
    if not line or len(line) > MAX_SIGNATURE_CHARS or line[-1] in RUNNING_TEXT_ENDS or BYLINE_RE.match(line):
        return None  # "By Jo Roe, Chief Reporter": a byline, the writer's
    people = find_mentions(text, block.start, block.end)
    if not people or people[0].start != block.start or people[0].kind != "person" or " " not in people[0].name:
        return None
    post = text[people[0].end:block.end]
    words = post.removeprefix(",").split(None, 1)
    return people[0] if post.startswith(", ") and words and words[0][:1].isupper() \
        and words[0].strip(",").lower() in ROLE_WORDS else None


def sign_off(text: str, blocks: list[Block], index: int) -> Mention | None:
    """Return the person a sign-off names: a line that is only one person's name, the line under it her post
    (`Chief Executive`, `Director, Fenmoor Museum`); else None."""
    if index + 1 >= len(blocks) or not _is_post(text, blocks[index + 1]):
        return None
    line = blocks[index]
    if line.bullet or line.end - line.start > MAX_SIGNATURE_CHARS or text[line.end - 1] in ".!?:;,":
        return None
    people = find_mentions(text, line.start, line.end)
    whole = len(people) == 1 and (people[0].start, people[0].end) == (line.start, line.end)
    return people[0] if whole and people[0].kind == "person" else None


def _is_post(text: str, block: Block) -> bool:
    """Say whether a line is a post under a signer's name: short, no sentence's end, opening on a role's word."""
    words = text[block.start:block.end].split(None, 1)
    return not block.bullet and block.end - block.start <= MAX_POST_CHARS and text[block.end - 1] not in ".!?:;" \
        and words[0].strip(",").lower() in ROLE_WORDS


def signature(text: str, block: Block) -> Mention | None:
    """Return the person a signature line names (`— Sheriff Jo Roe`, `— Jo Roe, Chief Executive`), or None."""
    mark = SIGNATURE_MARK_RE.match(text, block.start, block.end)
    if mark is None or block.end - block.start > MAX_SIGNATURE_CHARS or text[block.end - 1] in ".!?:":
        return None
    people = find_mentions(text, mark.end(), block.end)
    return people[0] if people and people[0].start == mark.end() and people[0].kind == "person" else None

