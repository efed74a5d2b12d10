"""A party that gives the cause of something (`The company credited the growth to new routes and cheaper fares`,
`The council blamed the delay on a shortage of drivers`, `The bank put the fall down to fewer defaults`): the causes
it names are its claims, whoever the sentence opens with. The thing caused (`the growth`) is the writer's words.
"""
from __future__ import annotations

import re

from .items import split_items
from .speakers import Context, speaker_from_region
from .text import Span, subtract

NOT_A_CAUSE_AHEAD = r"(?!\s+[a-z]+\s+(?:the|a|an|his|her|their|its|my|our|your|him|them|it|me|us|up|out|off)\b)"
"""What never follows `down to` naming a cause (wave 48c): an infinitive and its object (`put the phone down to answer
the door`)."""
CAUSE_RE = re.compile(r"(?P<who>(?:[Tt]he|[Ii]ts|[A-Z])(?:[^,.;:!?\"\u201c\u201d]{0,60}?,){0,2}?[^,.;:!?\"\u201c\u201d]{0,60}?)\s+"
                      r"(?P<cue>credited|credits|attributed|attributes|blamed|blames|put|puts)\s+"
                      r"(?:(?:the|its|their|this|that|these|much\s+of\s+the|most\s+of\s+the|part\s+of\s+the)\s"
                      r"[^,.;:!?\"\u201c\u201d]{1,60}?\s+(?:down\s+)?(?:to|on)"
                      r"|(?:(?<=\bput\s)|(?<=\bputs\s))[^,.;:!?\"\u201c\u201d]{1,60}?\s+down\s+to)"
                      rf"{NOT_A_CAUSE_AHEAD}\s+(?=\S)")
"""A sentence that opens with a party giving a cause: `The TAI credited the growth to `, `It blamed the fall on `; wave
48c: `put ... down to` with any thing caused between (`puts growing passenger numbers down to `)."""
POINTED_RE = re.compile(r"(?P<who>(?:[Tt]he|[Ii]ts?|[Hh]e|[Ss]he|[Tt]hey|[A-Z])[^,.;:!?\"\u201c\u201d]{0,60}?)\s+"
                        r"(?:(?:has|have|had|also)\s+)?(?P<cue>pointed|points|point)\s+to\s+(?=\S)"
                        r"(?=[^.;:!?\"\u201c\u201d]{1,200}?\s+as\s+(?:(?:the|a|an|one|two|three|of|other|further|key|main"
                        r"|major|possible|likely|chief|primary|contributing|underlying)\s+)*"
                        r"(?:reasons?|causes?|factors?|drivers?|explanations?)\b)")
"""A sentence that opens with a party pointing to causes (wave 48c): `He also pointed to A and B as other reasons for
the increase`, `The firm points to higher fuel costs as the main cause`: A and B are its claims, the verb kept."""
OBJECT_CAUSE_RE = re.compile(r"(?P<who>(?:[Tt]he|[Ii]ts?|[A-Z])[^,.;:!?\"\u201c\u201d]{0,60}?)\s+"
                             r"(?:(?:has|have|had|also)\s+)?(?P<cue>blamed|blames)\s+(?!(?:on|by|for|it|them|him|her)\b)(?=\S)")
"""A sentence that opens with a party blaming a cause with no `on` after it (`The company blamed a wet August and
...`, `It blames a shortage of drivers for ...`): the cause is its claim, the verb kept (wave 22e)."""
_CAUSE_HINT_RE = re.compile(r"credit|attribut|blame|put|point")
"""The stems of the verbs of cause: a sentence without one gives no cause (tested before the pattern)."""


def cause_claims(text: str, sentence: Span, holes: list[Span], ctx: Context) -> tuple[str, str, str, tuple[Span, ...]] | None:
    """Return the speaker, kind, cue and spans of the causes a sentence's opening party gives, else None."""
    if _CAUSE_HINT_RE.search(text, *sentence) is None:
        return None  # no verb of cause (the cheap test first)
    found = CAUSE_RE.match(text, sentence[0], sentence[1])
    kept = found is None and text[sentence[1] - 1] != "?"
    found = OBJECT_CAUSE_RE.match(text, sentence[0], sentence[1]) if kept else found
    found = POINTED_RE.match(text, sentence[0], sentence[1]) if kept and found is None else found
    if found is None or any(start < found.end() and found.start() < end for start, end in holes):
        return None
    who = speaker_from_region(text, found.start("who"), found.end("who"), ctx)
    if who is None or who.kind == "unresolved" and not who.name:
        return None
    causes = _items(text, (found.start("cue") if kept else found.end(), sentence[1]), holes)
    quoted = any(start < sentence[1] and found.end() < end for start, end in holes)
    if found.end() >= sentence[1] or quoted and not causes:
        return None  # the causes are past the sentence, or all quoted
    if kept or quoted or causes and causes[0][0] > found.end():
        spans = causes  # "blamed a wet August"; a cause partly quoted, or a list after its head (`a number of changes,
        # including A, B and C`): the causes alone
    else:
        spans = _items(text, (found.start("cue"), sentence[1]), holes)  # "attributed the rise to X": the verb and
        # the thing caused stay, a cause alone testing nothing (wave 43c)
    if not spans:
        return None
    return who.name, who.kind, found.group("cue"), spans


def _items(text: str, claim: Span, holes: list[Span]) -> tuple[Span, ...]:
    """Return the items of a claim's span outside quotations' holes."""
    return tuple(s for part in subtract(claim, holes) for s in split_items(text, part))
