"""A ruling body's own first person (wave 27e): once a body has judged in the third person (`The Panel noted that`,
`the judgment of the Tribunal is that`, `the Authority found`), a sentence outside quotation marks that opens `We found`,
`We considered`, `We did not accept` is that body's claim, whole, as a release's `We can confirm` is its issuer's, and
`We have provisionally found that X:` leads in to the bullets below as that body's."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..items import split_items
from ..speakers import Context
from ..text import Span
from ..vocabulary import load_words

from .records import Attribution, inside_holes

JUDGING_VERBS: frozenset[str] = load_words("judging_verbs")
"""Verbs a ruling body writes its judgment with in the first person (`considered`, `did not accept`)."""
JUDGING_CUE_RE = re.compile(r"\b(?:found|finds|noted|notes|concluded|concludes|considered|considers|ruled|rules"
                            r"|decided|decides|determined|upheld)\b")
"""What a third-person cue holds when a body judges (`noted that`, `found`), not when it only says (`said`)."""
JUDGMENT_OF_RE = re.compile(r"\b(?:judgment|judgement|decision|ruling|determination)\s+of\b")
"""A judgment the body's name follows (`The unanimous judgment of the Tribunal is that`), not a document it sent (`In
its decision letter, X said`)."""
RULING_KINDS = BODY_KINDS
"""The kinds of speaker that rule (the bodies): a person who `found` something is a witness, not the writer."""
_FIRST_PERSON_RE = re.compile(r"(?:\[\d+\]\s*)?(?:Having\s+[a-z]+\s+[^,.;:\n]{1,60},\s+)?(?P<person>We|I)\s+"
                              r"(?P<cue>(?:(?:therefore|also|further|then|provisionally|did\s+not|do\s+not|have|had)\s+)*"
                              r"(?P<verb>[a-z]+))\b")
"""`We considered`, `[6] We found`, `We therefore considered`, `We did not accept`, `Having heard the evidence, I find`:
the first person opening a sentence, a paragraph's number or a participle's clause of weighing before it allowed."""


def note_judging_body(text: str, sentence: Span, attribution: Attribution, ctx: Context) -> None:
    """Remember the first body to judge in the third person (`The Panel noted that`, `The judgment of the Tribunal is
    that:`) as the writer of a ruling's `We`: its cue, or the reporting words before its claim, say it judged."""
    if ctx.judging_body is not None or not (attribution.spans or attribution.colon) \
            or attribution.kind not in RULING_KINDS:
        return  # the first body to judge writes the ruling; a study it cites later judges nothing of its own
    reporting = text[sentence[0]:attribution.spans[0][0] if attribution.spans else sentence[1]]
    if JUDGING_CUE_RE.search(attribution.cue) or JUDGMENT_OF_RE.search(reporting):
        ctx.judging_body = attribution.speaker


def may_rule(body: str) -> bool:
    """Say whether a paragraph may hold a ruling body's first person (the cheap test before the scan)."""
    return "We " in body


def may_write_ruling(body: str, ctx: Context) -> bool:
    """Say whether a paragraph may hold a ruling writer's first person: `We` once a body judged or a heading named a
    body, `I` once a signature named the person who decides (33j; the cheap test before the scan)."""
    return (ctx.judging_body is not None or ctx.ruling_writer is not None) and may_rule(body) \
        or ctx.ruling_writer is not None and "I " in body


def ruler(ctx: Context) -> tuple[str, str, str] | None:
    """Return the ruling's writer, its kind and the first person it writes in: the first body to judge in the third
    person (`We`), else the writer its heading or signature names (`We` for a body, `I` for a person), else None."""
    if ctx.judging_body is not None:
        return ctx.judging_body, ctx.kind_of(ctx.judging_body), "We"
    if ctx.ruling_writer is None:
        return None
    name, kind = ctx.ruling_writer
    return name, kind, "I" if kind == "person" else "We"


def ruling_first_person(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give a sentence opening `We <judging verb>` outside quotation marks to the body that judged before, whole, or
    one opening the writer's own first person to the writer its heading or signature names (33j)."""
    writer = ruler(ctx)
    if writer is None or inside_holes(sentence[0], holes) or text[sentence[1] - 1] == "?":
        return None
    match = _FIRST_PERSON_RE.match(text, *sentence)
    if match is None or match.group("verb") not in JUDGING_VERBS or match.group("person") != writer[2]:
        return None
    cue = " ".join(match.group("cue").split())
    if text[sentence[1] - 1] == ":":
        return Attribution(writer[0], writer[1], cue, (), colon=True)  # "We found that X:": the bullets below
    spans = tuple(split_items(text, sentence))
    return Attribution(writer[0], writer[1], cue, spans) if spans else None
