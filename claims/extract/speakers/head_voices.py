"""A capitalised head noun as a voice's modifier (wave 33b): `A University spokesperson said` after `Whinfell
University` is the one body the text names with that head, read as `the university` would be or found anywhere in the
text (`... at Whinfell University?"` in a quotation), never a body whose name only opens with the word (`University and
College Union`), nor a new body called `University`.

Below `voices` (whose `_name_before_role` asks it before reading the word as a name's opening words).
"""
from __future__ import annotations

from ..vocabulary import ORG_HEADS, ORG_REFERENCES

from .context import Context


def head_voice(name: str, ctx: Context) -> str | None:
    """Return the body a capitalised head noun written before a voice role stands for (`University` in `A University
    spokesperson`): the body `the university` means when its own last word is the noun, else the one body the whole
    text names with that head; else None."""
    folded = name.lower()
    if " " in folded or folded not in ORG_HEADS and folded not in ORG_REFERENCES:
        return None  # the cheap test first: a name (`A Pellings spokesman`), not a head noun
    found = ctx.resolve_reference(folded)
    if found is not None and found in ctx.orgs and found.split()[-1].lower() == folded:
        return found  # "Whinfell University said ... A University spokesperson said"
    return ctx.named_later_by_head(folded)  # named only in a quotation or further on, or the reference read another
