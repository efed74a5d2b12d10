"""A party written as one capitalised word the name reader does not know, opening a sentence as the subject of a verb
in the past whose object it owns by `its` (`Twitter has released its financials for the quarter.`, `Brindle
published its results on Monday.`), then an `It` opening the next sentence (wave 54e): `its` shows the word is a body,
never a person, so the `It said` after it is that body's, never left unresolved."""
from __future__ import annotations

import re

from ..entities import Mention
from ..speakers import Context
from ..speakers.words import names_no_party
from ..text import Span

OWN_ITS_OPENING_RE = re.compile(
    r"(?P<name>[A-Z][A-Za-z'\u2019\-]*[a-z])[ \t]+(?:(?:has|had)[ \t]+)?(?:[a-z]+ly[ \t]+)?[a-z]+ed[ \t]+its[ \t]+"
    r"[a-z]")
"""A sentence's first word as the subject of a verb in `-ed` whose object opens on `its`: `Twitter has released its
financials`, `Brindle published its results`."""


def note_own_its_subject(text: str, span: Span, ctx: Context) -> None:
    """Note the one-word body a sentence opens on, shown a body by its `its` (`Twitter has released its financials.`),
    as the subject the next sentence's `It` means; a word the text or the name reader already knows is left alone."""
    opening = OWN_ITS_OPENING_RE.match(text, span[0], span[1])
    if opening is None:
        return
    name = opening.group("name")
    if names_no_party(name) or ctx.full_person(name) != name or name in ctx.kinds:
        return  # "Yesterday", "Council", a person or a body named before: read elsewhere
    registered = ctx.add(Mention(opening.start("name"), opening.end("name"), name, "org"))
    if ctx.kinds.get(registered) == "organisation":
        ctx.subject = (registered, ctx.block)
