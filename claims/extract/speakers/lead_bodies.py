"""A body a lead introduces without its name (`after an NCAA panel found`) and the paragraph after it opening on the
body's name and a cue (`The Division II Committee on Infractions said`): the lead's body is that named body (wave
19b). The lead-only counterpart of `lead_documents`, for a body rather than its document."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions, head_noun
from ..text import next_paragraph
from ..vocabulary import CUE_VERBS

from .body_traits import same_head

_OPENING_SPAN = 120
"""How far into the next paragraph the body's name and its cue may reach."""
_OPENING_RE = re.compile(r"[ \t]*(?:The[ \t]+)?")
"""What may stand before the body's name opening the next paragraph: `The`."""
_VERB_AFTER_RE = re.compile(r"(?P<tail>[ \t]+(?:on|of|for)(?:[ \t]+[A-Z][\w\-]*)+)?(?:[ \t]*\([A-Z][A-Za-z]{1,9}\))?"
                            r"[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?P<verb>[a-z]+)\b")
"""What ends the name (`on Infractions`, which the name reader leaves out), its acronym in brackets and its verb
(`(COI) said`, `has found`)."""


def lead_body(text: str, end: int, head: str) -> Mention | None:
    """Return the body opening the paragraph after the one holding `end` with a cue right after its name, when its
    head is the lead's noun or a kind of it (`panel`: a committee), else None."""
    opening = next_paragraph(text, end)
    if opening is None:
        return None  # the lead is the text's last paragraph: nothing named after it
    before = _OPENING_RE.match(text, opening)
    mentions = find_mentions(text, opening, min(len(text), opening + _OPENING_SPAN))
    if not mentions or mentions[0].kind != "org" or before is None or mentions[0].start not in (opening, before.end()):
        return None  # the next paragraph opens on something else than a body's name
    verb = _VERB_AFTER_RE.match(text, mentions[0].end)
    if verb is None or verb.group("verb") not in CUE_VERBS:
        return None  # "The Committee on X was set up in 2001": no claim that says it is the lead's body
    body = mentions[0]
    if verb.group("tail"):
        tail = verb.group("tail")
        body = body._replace(end=body.end + len(tail), name=body.name + " " + " ".join(tail.split()))
    return body if same_head(head_noun(body.name), head) else None
