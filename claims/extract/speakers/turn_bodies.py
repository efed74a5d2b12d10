"""Whose turn a `the company said` continues: the body that spoke last while no other body was named since, and the
bodies that answer for others (a union, a campaign, a law firm), which `the company` never means."""
from __future__ import annotations

from ..vocabulary import load_words

from .focus import Focus

SIDE_DESCRIPTIONS = load_words("side_descriptions")
"""Nouns that, written right after a body's name or before it (`the Unite union`, `law firm Vega LLP`, `the Acorn
campaign`), make it a party that answers for others: never `the company` of the text."""

PARTNERSHIP_ENDINGS = (" LLP", " Solicitors", " Attorneys", " Law")
"""How a law firm's name may end: in a text that speaks of a `law firm`, such a body is that firm."""


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
