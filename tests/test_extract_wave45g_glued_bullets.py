"""A page whose line breaks were lost (surface.glued_bullets, wave 45g): bullets glued after a lead-in's colon on its
line are read one a line, in a working copy of the same length. Invented texts."""
from __future__ import annotations

from claims.extract.surface import glued_bullets


def test_three_glued_bullets_after_a_colon_get_their_line_breaks() -> None:
    text = "Highlights: \u2022 Sales \u00a34m \u2022 Profit \u00a31m \u2022 Cash \u00a32m"
    assert glued_bullets(text) == "Highlights:\n\u2022 Sales \u00a34m\n\u2022 Profit \u00a31m\n\u2022 Cash \u00a32m"


def test_two_bullets_or_no_colon_stay_as_typed() -> None:
    two = "Highlights: \u2022 Sales \u00a34m \u2022 Profit \u00a31m"
    bare = "We sold \u2022 cakes \u2022 buns \u2022 tarts"
    assert (glued_bullets(two), glued_bullets(bare)) == (two, bare)
