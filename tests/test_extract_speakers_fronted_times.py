"""`claims.extract.speakers.fronted_times`: a document named after a phrase of time fronted without a comma (`Over
the same period the data show`, `Covering the period to 7am yesterday the statistics also show`) speaks as the
document its own determiner opens, never as the time before it; each case a short text written for this test about
invented parties, and the whole table it gives as (speaker, speaker_kind, cue, quote) rows, or the whole value the
function returns."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.fronted_times import document_start

LEAD = "Latest figures show that officers in Dunmore have made six arrests under the new powers.\n\n"
"""A paragraph whose figures the sentence under test then calls by another noun or again."""


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + "Covering the period between Friday, May 2, and 7am yesterday the statistics also show that 41 fines "
     "were issued.\n",
     [("latest figures", "document", "show that", "officers in Dunmore have made six arrests under the new powers"),
      ("latest figures", "document", "show that", "41 fines were issued")]),  # 58h: the figures just named
    (LEAD + "Over the same period the data show that 18 people were sent home.\n",
     [("latest figures", "document", "show that", "officers in Dunmore have made six arrests under the new powers"),
      ("the data", "document", "show that", "18 people were sent home")]),
    (LEAD + "In the year to March the figures also show that 12 cars were seized.\n",
     [("latest figures", "document", "show that", "officers in Dunmore have made six arrests under the new powers"),
      ("latest figures", "document", "show that", "12 cars were seized")]),
], ids=["time-of-day", "period", "month"])
def test_a_document_after_a_fronted_time_speaks_as_itself(text: str,
                                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("and 7am yesterday the statistics".split(), 3),
    ("over the same period the data".split(), 4),
    ("in 2019 the figures".split(), 2),
    ("in the year to march its report".split(), 5),
    ("during the summer the survey".split(), 3),
    ("the statistics".split(), 0),
    ("figures in the report".split(), 0),  # a document's noun before: the phrase is one
    ("the council's survey in march the figures".split(), 0),  # an owner before: left as read
    ("the increase in the figures".split(), 0),  # no word of time before the determiner
    ("over the same period the council".split(), 0),  # no document
    ("by 7am the figures".split(), 2),  # a figure opens the word of time
    ("yesterday the figures".split(), 1),  # three words, the fewest
    ("over summer figures".split(), 0),  # no determiner
    ("yesterday new figures".split(), 0),  # no determiner after the time
    ("over the same period the latest figures".split(), 4),  # the last determiner, not the last word before the noun
    ("the report in march the figures".split(), 0),  # a document's noun before, with no owner
], ids=["time-of-day", "period", "year", "month-possessive", "season", "bare", "document-before", "owner-before",
        "no-time", "no-document", "figure-time", "three-words", "no-determiner", "no-determiner-after-time",
        "adjective-after-determiner", "document-before-unowned"])
def test_document_start(words: list[str], expected: int) -> None:
    assert document_start(words) == expected
