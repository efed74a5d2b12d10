"""A lead that names one body and then says `the organisation said` (`Calls to the X Trust have risen by 40 per
cent, the organisation said`): no body has been read as a speaker yet, so the reference means the one body the text
has named up to the end of the paragraph, even inside the claim it closes."""
from __future__ import annotations

from .body_traits import maybe_two_bodies
from .context import Context

SOLE_BODY_WORDS: frozenset[str] = frozenset({"organisation", "organization"})
"""References that say only that a body spoke, never which kind: the one body named so far."""


def sole_body_so_far(noun: str, ctx: Context) -> str | None:
    """Return the one body the text names before the end of the paragraph being read, for `the organisation` when no
    body is known yet; two bodies, or none, leave it unresolved."""
    if noun not in SOLE_BODY_WORDS or ctx.orgs or ctx.block_end < 0:
        return None
    ahead = [mention for mention in ctx.bodies_named() if mention.start < ctx.block_end]
    if len({mention.name for mention in ahead}) != 1 or maybe_two_bodies(ahead[0].name):
        return None  # "the X Trust and the Y Fund": either may be the organisation
    return ctx.add(ahead[0])
