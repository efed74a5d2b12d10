"""Another party's finding that one side takes note of (`The agency notes the Commission's finding that costs rose
40%`, `Acme disputes the regulator's claim that leakage rose`) or passes on (`The paper reported a claim by Acme that
98% of homes ...`, wave 45f): the finding is the other party's claim, the rest of the sentence stays with the side
that notes, accepts, disputes or reports it."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context, speaker_from_region
from ..speakers.words import NAME_RUN
from ..text import Span, subtract

from .records import Attribution, inside_holes

_OWNER = rf"(?:the\s+)?{NAME_RUN}"
"""A party named as a finding's owner: a capitalised run, maybe after `the` (`the Tarn Committee`; `words.NAME_RUN`,
66x)."""
NOTED_FINDING_RE = re.compile(
    rf"(?:(?!the\b)[a-z]+\s+)?(?P<owner>{_OWNER}"
    r"|the\s+(?:regulator|watchdog|ombudsman|inspectorate|committee|auditor|council|union|company))['\u2019]s\s+"
    r"(?:own\s+|earlier\s+)?"
    r"(?P<noun>finding|findings|conclusion|claim|assertion|estimate|view|figure)\s+that\s+")
"""A party's finding with its content, the noting cue kept in a claim before it: `the Committee's finding that ...`,
`disputes the regulator's claim that ...`."""
CLAIM_BY_RE = re.compile(
    r"(?:(?!the\b)[a-z]+\s+)?(?:a|the)\s+(?P<noun>finding|claim|assertion|estimate|figure)\s+(?:by|from)\s+"
    rf"(?P<owner>{_OWNER})\s+that\s+")
"""A party's claim named after its noun with its content (wave 45f): `reported a claim by X that ...`, `disputes the
finding from X that ...`."""
NOTING_CUES: frozenset[str] = frozenset(
    "notes noted accepts accepted acknowledges acknowledged welcomes welcomed disputes disputed rejects rejected "
    "challenges challenged contests contested questions questioned reported reports repeated repeats carried"
    .split())
"""Cues by which one side takes another's finding as its object, to agree with it or not, or passes it on (`the paper
reported a claim by X that`, wave 45f)."""


def noted_finding(text: str, first: Attribution, holes: list[Span], ctx: Context) -> list[Attribution]:
    """Split an attribution whose claim opens with another party's finding (`notes the Committee's finding that A`):
    A is that party's; [first] when the claim opens otherwise or the finding is the speaker's own."""
    if not first.spans or first.colon or first.cue.split()[0].lower() not in NOTING_CUES:
        return [first]
    start, end = first.spans[0]
    match = NOTED_FINDING_RE.match(text, start, end) or CLAIM_BY_RE.match(text, start, end)
    if match is None or inside_holes(match.start(), holes) \
            or match.start("owner") > start and text[start:match.start("owner")].split()[0].lower() not in NOTING_CUES:
        return [first]
    owner = speaker_from_region(text, match.start("owner"), match.end("owner"), ctx)
    if owner is None or owner.kind == "unresolved" or owner.name == first.speaker:
        return [first]
    spans = tuple(s for part in subtract((match.end(), end), holes) for s in split_items(text, part))
    found = Attribution(owner.name, owner.kind, f"{match.group('noun')} that", spans)
    rest = first._replace(spans=first.spans[1:])
    return [found, rest] if rest.spans else [found]
