"""Measures as speakers (wave 57n, attribution/measure_speakers). Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows,
in text order; and the names where the rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.attribution.measure_speakers import is_measure_speaker
from tests.extract_rows import cued_rows


# A measure's or an amount's name that a row falls back on (`Adjusted EBITDA, a non-GAAP measure, was`, a heading's
# `$2.4 BILLION`) is no party: its rows keep the words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harrow Fleet Ltd reported net income of $1.2 million for the quarter.\n\nAdjusted EBITDA, a non-GAAP measure, "
     "was $4.4 million for the quarter compared to $3.1 million a year ago. The Company noted that it holds a lease "
     "facility for the vans used in its daily work. If these lease payments were added back, our adjusted EBITDA "
     "would be $5.9 million for the quarter.\n",
     [("Harrow Fleet Ltd", "organisation", "reported", "reported net income of $1.2 million for the quarter"),
      ("Adjusted EBITDA", "unresolved", "noted that", "it holds a lease facility for the vans used in its daily work"),
      ("Adjusted EBITDA", "unresolved", "noted that",
       "If these lease payments were added back, our adjusted EBITDA would be $5.9 million for the quarter")]),
    # `maintains a lease facility` (a verb of keeping, attribution/holding_verbs, wave 57f) makes no row at all
    ("Harrow Fleet Ltd reported net income of $1.2 million for the quarter.\n\nAdjusted EBITDA, a non-GAAP measure, "
     "was $4.4 million for the quarter compared to $3.1 million a year ago. The Company maintains a lease facility "
     "for the vans used in its daily work. If these lease payments were added back, our adjusted EBITDA would be "
     "$5.9 million for the quarter.\n",
     [("Harrow Fleet Ltd", "organisation", "reported", "reported net income of $1.2 million for the quarter")]),
    ("Media Release\nA report released today shows people in Tarnshire are\ngiving an estimated $2.4 BILLION every "
     "year to help the\ntowns in which they live.\nThe Tarn Foundation asked Kestrel Economics to measure the scale "
     "of giving in Tarnshire.\nThe study found giving equates to 0.6% of the region's output. This compares well "
     "with other regions.\n",
     [("a report", "document", "shows",
       "people in Tarnshire are\ngiving an estimated $2.4 BILLION every year to help the\ntowns in which they live"),
      ("BILLION", "unresolved", "found", "found giving equates to 0.6% of the region's output")]),
])
def test_a_measure_is_no_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire on a body or a person, nor on `Revenue` (Ireland's tax body), nor on a name that only holds a
# measure's word before its head (`Turnover Trust`).
@pytest.mark.parametrize(("speaker", "expected"), [
    ("Adjusted EBITDA", True),
    ("BILLION", True),
    ("group turnover", True),
    ("Revenue", False),
    ("LFL", False),
    ("EPS", False),
    ("Harrow Fleet Ltd", False),
    ("Turnover Trust", False),
    ("Mira Rao", False),
])
def test_what_a_measure_is(speaker: str, expected: bool) -> None:
    assert is_measure_speaker(speaker) is expected
