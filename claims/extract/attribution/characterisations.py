"""A party's verdict on something, told by a verb of characterising: `The agency described the recall as
"precautionary"`, `The union called the payout "a slap in the face"`, `The regulator accused the firm of "a careless
attitude"`, `X branded the plan "unworkable"`. The subject claims the verdict; the verb stays in the claim, as `rated`
does, so the row reads as the statement it is."""
from __future__ import annotations

import re

from ..items import is_verb_like
from ..speakers import Context, speaker_from_region
from ..text import Span, strip_span

from .records import Attribution, _inside

_QUOTE_OPEN = "\"\u201c"
CHARACTERISING_RE = re.compile(
    r"\b(?P<cue>(?:described|describes)\s+(?P<as_object>[^\"\u201c\u201d,.;:]{1,60}?)\s+as"
    r"|(?:called|calls|branded|brands|labelled|labeled|dubbed)\s+(?P<object>[^\"\u201c\u201d,.;:]{1,60}?)"
    r"|(?:accused|accuses)\s+(?P<of_object>[^\"\u201c\u201d,.;:]{1,60}?)\s+of(?=\s+(?:[a-z]+ing\b|[\"\u201c])))"
    r"\s+(?=[\"\u201c]|[a-z]+ing\b)")
"""A verb of characterising, its object, and the verdict that follows in quotation marks (`described X as "..."`,
`called X "..."`), or after `accused X of` quoted or as an -ing clause."""
_CHEAP_WORDS = ("described", "describes", "called", "calls", "branded", "brands", "labelled", "labeled", "dubbed",
                "accused", "accuses")
"""The verbs, tested with `in` before the pattern runs."""


def characterises(body: str) -> bool:
    """Say whether a paragraph may hold a verdict told by a verb of characterising (the cheap test first)."""
    return any(word in body for word in _CHEAP_WORDS) and CHARACTERISING_RE.search(body) is not None


def characterisation(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Attribute `X described Y as "..."` (and `called`, `branded`, `accused ... of`) to X, the verb and verdict as
    the claim; None when X is no party, or the verdict is not quoted after `called`/`described`."""
    match = next((m for m in CHARACTERISING_RE.finditer(text, *sentence) if _verdict_follows(text, m)), None)
    if match is None or _inside(match.start(), holes) or text[sentence[1] - 1] == "?" or match.start() == sentence[0]:
        return None
    if any(is_verb_like(w) for w in text[sentence[0]:match.start()].split()[-1:]) and \
            text[sentence[0]:match.start()].split()[-1].lower() not in ("has", "have", "had"):
        return None  # "The plan was called ...": a passive has no party as its subject here
    who = speaker_from_region(text, sentence[0], match.start(), ctx)
    if who is None:
        return None
    span = strip_span(text, (match.start(), sentence[1]), " .;,")
    return Attribution(who.name, who.kind, match.group("cue").split()[0], (span,))


def _verdict_follows(text: str, match: re.Match[str]) -> bool:
    """Say whether the verdict after `described ... as` or `called ...` is quoted (`accused ... of` takes a clause)."""
    return match.group("of_object") is not None or text[match.end():match.end() + 1] in _QUOTE_OPEN
