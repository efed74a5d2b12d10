"""`claims.extract.attribution.quotes`: a paragraph-long quotation signed by a line after a blank line, a name, a comma
and a post (`Jo Roe, Chair of X`, wave 52e), is that person's; one with no line after it keeps the speaker the text
gave before. Each case a short text written for this test about invented parties, and the whole table it gives as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

QUOTED = "\"We will keep every sailing. Fares will not rise this year.\"\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ardlow Ferries has kept its timetable.\n\n" + QUOTED + "\nJo Roe, Chair of Ardlow Ferries\n",
     [("Jo Roe", "person", "signed", "We will keep every sailing."),
      ("Jo Roe", "person", "signed", "Fares will not rise this year.")]),
    ("Jo Roe, Chair of Ardlow Ferries, spoke after the vote.\n\n" + QUOTED,  # nothing after the quotation
     [("Jo Roe", "person", "quotation continues", "We will keep every sailing."),
      ("Jo Roe", "person", "quotation continues", "Fares will not rise this year.")]),
], ids=["signed-after-blank", "text-ends"])
def test_a_paragraph_long_quotation_and_the_line_after_it(text: str,
                                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
