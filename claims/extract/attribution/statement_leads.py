"""A statement a page gives out over its words with no colon cue: `X has issued the following statement on Y.` closing
a paragraph with a full stop, or a heading `Statement from X, 4 September` naming one party, the quoted statement
below (wave 25c). A lead-in right under such a heading whose subject is a bare reference (`The club has just issued
this statement:`) is the heading's party's, never another body the reference's noun may mean (wave 27i)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention, find_mentions
from ..speakers import Context, speaker_from_region
from ..giver_headings import giver_first_heading
from ..statement import STATEMENT_HEADING_RE, statement_party
from ..text import Block, split_sentences

from ..speakers.words import DETERMINERS, ORG_HEADS, REFERENCE_WORDS
from .patterns import DOUBLE_OPENING_MARKS, STATEMENT_GIVEN
from .records import SPEAKING_KINDS, Attribution

FOLLOWING_STATEMENT_RE = re.compile(STATEMENT_GIVEN.replace(r"(?:the\s+following|this|these|a|an)", r"the\s+following")
                                    + r"[^:;\"\u201c\u201d]{0,200}\.\s*$")
"""`X has issued the following statement on the Council's behalf.`: only `the following` points at words below."""
MAX_HEADING_CHARS = 120
"""A statement's heading is one short line."""


def following_statement(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a paragraph's last sentence `X has issued the following statement ....` as X's colon cue when a quotation
    opens the next paragraph; None for any other paragraph."""
    closing = closing_statement(text, block, following, ctx)
    return closing[0] if closing is not None else None


def closing_statement(text: str, block: Block, following: list[Block],
                      ctx: Context) -> tuple[Attribution, tuple[int, int]] | None:
    """Return the colon cue a paragraph's last sentence `X released the following statement.` gives X, and that
    sentence's span, when a quotation opens the next paragraph; None for any other paragraph. Wave 35n: the sentence
    may close a paragraph in which another party already speaks (`... revealing A. In response to the report, Jo Roe
    released the following statement.`): the quotation below is still X's and the sentence itself no claim."""
    if not following or text[following[0].body:following[0].body + 1] not in DOUBLE_OPENING_MARKS:
        return None
    return _statement_given(text, block, ctx)


def statement_below(text: str, block: Block, following: Block | None, ctx: Context) -> Attribution | None:
    """Read a paragraph's last sentence `X has released the following statement regarding Y.` as the lead-in of X's
    statement set out below it unquoted (wave 49v): the paragraphs below are X's text, as under `The statement
    reads:`; None when a quotation opens the next paragraph (read as X's speech) or for any other paragraph."""
    if following is None or text[following.body:following.body + 1] in DOUBLE_OPENING_MARKS \
            or "following" not in text[block.body:block.end]:
        return None
    given = _statement_given(text, block, ctx)
    return given[0] if given is not None else None


def _statement_given(text: str, block: Block, ctx: Context) -> tuple[Attribution, tuple[int, int]] | None:
    """Return the colon cue a paragraph's last sentence `X released the following statement.` gives X, and that
    sentence's span; None when the sentence is no such lead-in or names no party that speaks."""
    sentence = split_sentences(text, block.body, block.end)[-1]
    match = FOLLOWING_STATEMENT_RE.search(text, *sentence)
    if match is None:
        return None
    who = speaker_from_region(text, _past_response(text, sentence[0], match.start()), match.start(), ctx)
    if who is None or who.kind not in SPEAKING_KINDS:
        return None
    return Attribution(who.name, who.kind, " ".join(match.group("cue").split()), (), colon=True), sentence


RESPONSE_OPENING_RE = re.compile(r"(?:In[ \t]+(?:response|reply)[ \t]+to|Responding[ \t]+to)\b[^,]{0,80},[ \t]*")
"""An opening that says what a statement answers (`In response to the FBI report, `): no part of its giver's name."""


def _past_response(text: str, start: int, end: int) -> int:
    """Return where a lead-in sentence's giver is read from: after an opening `In response to X, `, else its start."""
    found = RESPONSE_OPENING_RE.match(text, start, end)
    return found.end() if found is not None else start


def heading_statement(text: str, block: Block, following: list[Block], ctx: Context) -> Attribution | None:
    """Read a heading `Statement from X` (a date after it allowed), or one naming its giver first (`Chairman X delivers
    a Club Statement`, `By Union President X`, wave 69e), naming one party as X's colon cue when a quotation opens the
    next paragraph; None for any other block (`Statement from the company`: no name, read elsewhere)."""
    if not following or text[following[0].body:following[0].body + 1] not in DOUBLE_OPENING_MARKS or block.bullet \
            or block.end - block.body > MAX_HEADING_CHARS or text[block.end - 1] in ".!?:":
        return None
    heading = STATEMENT_HEADING_RE.fullmatch(text, block.body, block.end) \
        or giver_first_heading(text, block.body, block.end)  # "Chairman Jo Roe delivers a Club Statement" (69e)
    mentions = find_mentions(text, heading.start("who"), heading.end("who")) if heading else []
    if len(mentions) != 1 or mentions[0].possessive or " and " in mentions[0].name:
        return None  # "Statement from Jo Roe and Al Key": two signers, read as a joint statement elsewhere
    name = ctx.add(mentions[0])
    return Attribution(name, ctx.kind_of(name), " ".join(text[block.body:mentions[0].end].split()), (), colon=True)


BARE_REFERENCE_RE = re.compile(r"(?P<det>\w+)[ \t]+(?P<noun>\w+)[ \t]+(?!of\b|for\b|in\b|at\b)[a-z]")
"""A paragraph opening with a determiner and a noun, then a verb's word (`The club has`), not a phrase (`The club
of`)."""


def headed_lead_in(text: str, block: Block, above: Block | None, final: Attribution | None,
                   ctx: Context) -> Attribution | None:
    """Return a colon lead-in under a heading `Statement from X` (one party, a body) as X's when its subject is a bare
    reference to a body (`The club has just issued this statement:`); else the lead-in as read."""
    if final is None or not final.colon or above is None:
        return final
    opening = BARE_REFERENCE_RE.match(text, block.body, block.end)
    if opening is None or opening.group("det").lower() not in DETERMINERS \
            or opening.group("noun").lower() not in ORG_HEADS | REFERENCE_WORDS:
        return final
    name = heading_body(text, above, ctx)
    return final._replace(speaker=name, kind=ctx.kind_of(name)) if name is not None else final


def heading_body(text: str, block: Block, ctx: Context) -> str | None:
    """Return the one body a heading `Statement from X` names: its mention, else a body the text registered by the
    heading's words (`Statement from Harfield Town`, a club's name read as a place on its own); else None."""
    party = statement_party(text, block)
    if party is not None:
        return ctx.add(party) if party.kind != "person" else None
    heading = STATEMENT_HEADING_RE.fullmatch(text, block.body, block.end) \
        if block.end - block.body <= MAX_HEADING_CHARS and not block.bullet else None
    if heading is None:
        return None
    who = " ".join(heading.group("who").split())
    if ctx.kinds.get(who) in BODY_KINDS:
        return who
    words = who.split()
    if len(words) < 2 or who.isupper() or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None  # "Statement from the club": no name; "from Jo Roe" is read as a person's above
    return ctx.add(Mention(heading.start("who"), heading.end("who"), who, "org", False, ""))
