"""A lead-in that names who judged (`Among the strengths identified by inspectors:`, `Concerns raised by the union
were:`): the list below is that party's, never the body in focus the lead-in is about."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention, find_mentions
from ..speakers import Context, Who, speaker_from_region
from ..text import Span
from ..vocabulary import load_words

JUDGING_PARTICIPLES = load_words("judging_participles")
"""Participles of judging or finding before `by` in a lead-in (`identified by`, `raised by`): their agent speaks."""

AGENT_RE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+by\s+(?P<who>[^:;,\"\u201c\u201d]{2,60}?)"
    r"(?:\s+(?:include|includes|included|were|are|was|is))?\s*:\s*$")
"""A lead-in's closing agent: `identified by inspectors:`, `raised by the union were:`."""


def lead_in_agent(text: str, sentence: Span, ctx: Context) -> Who | None:
    """Return the party a lead-in names as the one who judged (`Among the strengths identified by inspectors:`), its
    reference left unresolved when it names no body (`inspectors` with no inspectorate known), else None."""
    if text.find(" by ", sentence[0], sentence[1]) < 0:
        return None  # the cheap test first
    agent = AGENT_RE.search(text, sentence[0], sentence[1])
    if agent is None or agent.group("verb") not in JUDGING_PARTICIPLES:
        return None  # "Schemes funded by the lottery include:": the issuer's list, not the funder's
    who = speaker_from_region(text, agent.start("who"), agent.end("who"), ctx)
    if who is None:
        words = " ".join(agent.group("who").split())
        return Who(words, "unresolved", agent.start("who"))
    if who.kind == "inspectorate" and who.name not in ctx.kinds:  # "inspectors", no inspectorate named as such
        judge = judge_before(text, sentence[0], ctx)
        return Who(judge, "inspectorate", who.clause_start) if judge is not None else who
    return who


JUDGED_BY_RE = re.compile(
    r"\b(?:praised|rated|inspected|judged|criticised|criticized|assessed|graded)(?:\s+[a-z]+)?\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'\u2019\-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'\u2019\-]*)*)")
"""A body judged by a named party (`has been praised by Acme Inspections`, `was rated good by X`): the judge."""


def judge_before(text: str, end: int, ctx: Context) -> str | None:
    """Return the one party the text before names as having judged (`praised by X`), registered as a body, else
    None; two different judges leave it open."""
    found = list(JUDGED_BY_RE.finditer(text, 0, end))
    if len({ctx.full_org(judge.group("name")) for judge in found}) != 1:
        return None
    judge = found[-1]
    mentions = find_mentions(text, judge.start("name"), judge.end("name"))
    if mentions and (mentions[0].kind == "person" or mentions[0].start != judge.start("name")):
        return None  # "rated good by Jo Roe": a person, never the inspectorate
    mention = mentions[0] if mentions else Mention(judge.start("name"), judge.end("name"), judge.group("name"), "org")
    name = ctx.add(mention._replace(title="regulator"))  # "praised by Acme": the judge, one word or more
    return name if ctx.kinds.get(name) in BODY_KINDS else None
