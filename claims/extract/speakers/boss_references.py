"""A leader called by what she leads and a word for whoever leads it, with no name (wave 53f): `The County boss said`
after `Governor Mike Roe has said`, `The Rovers boss added` after `Rovers manager Jo Roe said`: the person who spoke
just before (in that paragraph or the one before), never a person-shaped `The County boss`. The word is one of
`data/leading_posts.txt` (`boss`, `head`, `chief`), in lower case, after `the` and one to three capitalised words."""
from __future__ import annotations

from .context import Context
from .held_posts import LEADING_POSTS
MAX_LED_WORDS = 3
"""How many capitalised words may name what is led (`County`, `Harbour Rovers`)."""
MAX_BLOCKS_BACK = 1
"""How many paragraphs back the leader may have spoken: this one or the one before."""


def boss_reference(raw: list[str]) -> bool:
    """Say whether a subject is `the`, one to three capitalised words and a leading post in lower case (`The County
    boss`, `the Rovers boss`)."""
    return 3 <= len(raw) <= MAX_LED_WORDS + 2 and raw[0].lower() == "the" and raw[-1] in LEADING_POSTS \
        and all(word[:1].isupper() and word[1:].islower() for word in raw[1:-1])


def boss_speaker(raw: list[str], ctx: Context) -> str | None:
    """Return the person who spoke just before when the subject is a leader without a name (`The County boss`),
    else None."""
    if not boss_reference(raw) or ctx.last_speaker is None or ctx.block - ctx.speaker_block > MAX_BLOCKS_BACK:
        return None
    return ctx.last_speaker
