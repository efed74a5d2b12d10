"""Whose turn a `the company said` continues: the body that spoke last while no other body was named since, and the
bodies that answer for others (a union, a campaign, a law firm), which `the company` never means."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import bodies_called, head_noun
from ..vocabulary import ORG_HEADS, load_words, verb_alternation

from .body_traits import same_head
from .focus import Focus
from ..text_caches import per_text

SIDE_DESCRIPTIONS = load_words("side_descriptions")
"""Nouns that, written right after a body's name or before it (`the Unite union`, `law firm Vega LLP`, `the Acorn
campaign`), make it a party that answers for others: never `the company` of the text."""

PARTNERSHIP_ENDINGS = (" LLP", " Solicitors", " Attorneys", " Law")
"""How a law firm's name may end: in a text that speaks of a `law firm`, such a body is that firm."""


@per_text(512)
def answers_for_others(text: str, name: str) -> bool:
    """Say whether the text describes a body as a party that answers for others (`the Unite union`, `Unite, which
    represents drivers,`, `law firm Vega LLP`, `Vega LLP, the law firm`): never the company a text is about."""
    if not name:
        return False
    if name.endswith(PARTNERSHIP_ENDINGS) and text.find("law firm") >= 0:
        return True  # "A law firm has sued Acme ... Vega LLP announced": the partnership is the law firm
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name):at + len(name) + 40].lower()
        before = text[max(0, at - 30):at].lower().split()
        if _describes_side(after, before):
            return True
        at = text.find(name, at + len(name))
    return False


def _describes_side(after: str, before: list[str]) -> bool:
    """Say whether the words right after a name (`union,`, `, which represents`, `, a law firm,`) or right before it
    (`law firm`, `the union`) describe a party that answers for others."""
    following = [word.strip(",.;:") for word in after.lstrip(" ,").split()]
    if following[:1] and following[0] in SIDE_DESCRIPTIONS:
        return True  # "the Unite union", "the Acorn campaign"
    if after.startswith((", which represent", ", who represent")):
        return True
    phrase = after[2:].split(",")
    if after.startswith((", a ", ", an ", ", the ")) and len(phrase) > 1 and _side_noun(phrase[0].split()[-3:]):
        return True  # "Vega LLP, a Sacramento law firm,"
    return _side_noun([word.strip(",") for word in before[-2:]])  # "law firm Vega LLP", "the union Unite"


def _side_noun(words: list[str]) -> bool:
    """Say whether a noun phrase ends with a side's noun (`union`, `law firm`, `campaign group`)."""
    return bool(words) and (words[-1] in SIDE_DESCRIPTIONS
                            or len(words) >= 2 and words[-1] in ("firm", "group") and words[-2] in SIDE_DESCRIPTIONS)


TURN_BLOCKS = 2
"""How many paragraphs a body keeps the turn after it spoke, when no other body is named since (its chief
executive's quotation in between keeps it)."""


def body_in_turn(ctx: Focus) -> str | None:
    """Return the body that spoke last, within `TURN_BLOCKS` paragraphs and with no other body named since: whose
    turn a `the company said` continues (`Acme said ... "...," its chief executive said. The company said ...`)."""
    if not ctx.org_speakers or ctx.other_org or ctx.block - ctx.org_block > TURN_BLOCKS:
        return None
    return ctx.org_speakers[-1]


def body_for_reference(noun: str, ctx: Focus) -> str | None:
    """Return the body plainly in focus that a reference no named body has as its head means (`NRE said ... The
    agency said`): the body that opened the sentence before, else the one that spoke in this paragraph or the one
    before with no other body named since; None when its own name says it is another kind of body (`X Council` is no
    `agency`), or when the text calls another body so (`the health board`)."""
    body = ctx.subject_before() or ctx.recent_body()
    if body is None or ctx.kinds.get(body) not in BODY_KINDS:
        return None
    head = head_noun(body)
    if head in ORG_HEADS and not same_head(head, noun) or named_so(noun, ctx):
        return None
    return None if another_kind_so_called(ctx.text, noun, body) else body


def named_so(noun: str, ctx: Focus) -> bool:
    """Say whether some body the text names has this noun as its head, or is called so by the text (`X, a charity,`):
    then the reference is that body's or no one's, never the body in focus by default."""
    return any(same_head(head_noun(name), noun) for name in ctx.orgs) or bool(bodies_called(ctx.text, noun))


def another_kind_so_called(text: str, noun: str, body: str) -> bool:
    """Say whether the text calls some body by this generic noun with a word of its own (`the health board`) that
    the body in focus neither has in its name nor shares (`Keep Glenmorie Births` is no health board): `the board`
    then is not that body."""
    lowered = body.lower()
    if noun in lowered.split():
        return False  # "Acme Board": its own head
    words = {found.group(1) for found in re.finditer(r"\b[Tt]he\s+([a-z]+)\s+%s\b" % re.escape(noun), text)}
    return bool(words) and not any(word in lowered for word in words)


APPOINTING_PARTICIPLES: frozenset[str] = load_words("appointing_participles")
"""Participles that set a reference off as a party a body made (`The panel, appointed by X,`, wave 49g)."""
_APPOINTED_RE = re.compile(r"\b[Tt]he\s+(\w+),?\s+(?:%s)\s+by\b" % verb_alternation(APPOINTING_PARTICIPLES))
"""`The panel, appointed by`: a reference set off as a party another body made."""


def appointed_by_another(text: str, noun: str) -> bool:
    """Say whether the text sets `the <noun>` off as made by a body (`The panel, appointed by the X Fund to hear
    appeals,`): a party of its own, never that body (wave 49g)."""
    return any(found.group(1).lower() == noun for found in _APPOINTED_RE.finditer(text))
