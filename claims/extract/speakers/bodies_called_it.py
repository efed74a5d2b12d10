"""A body's name read as a person's that the text then calls `it` (wave 26d): `Westmoor Lettings said it had
written to every tenant. It said the rents would not rise`, `Harcourt Advisory, the proxy adviser, urged investors
to vote against. In its note, it pointed out ...`: no person is `it`, so the subject `it` means the name that spoke
last, a body, rather than the other body in focus (the regulator, the company the critic rules on).

Only when the name that spoke last is read as a person and

- spoke in this paragraph, with no other person named since;
- has no title or role in the text (`chief executive Jo Roe`), nor a `he` or `she` the text gave it;
- is never treated as a person's anywhere (`misread_bodies.never_a_person`: no honorific before its last word, its
  last word never alone before a cue: `Ms Roe`, `Roe said`).

A real person who spoke last leaves `it` to the body in focus, as before.
"""
from __future__ import annotations

from ..misread_bodies import never_a_person
from .context import Context


def body_called_it(ctx: Context) -> str | None:
    """Return the person-read name that spoke last in this paragraph when `it` can only mean it, a body; else None."""
    name = ctx.last_speaker
    if name is None or ctx.last_kind != "person" or ctx.speaker_block != ctx.block or ctx.other_person:
        return None
    if name == ctx.voice or name in ctx.titles.values() or name in ctx.pronoun_of:
        return None
    return name if never_a_person(ctx.text, name) else None
