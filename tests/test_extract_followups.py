"""A quotation that goes on from reported speech (`claims.extract.followups`)."""
from __future__ import annotations

import pytest

from claims.extract.followups import follows_report
from extract_rows import cued_rows
from claims.extract.text import find_speech, split_blocks

TEXT = "Jo Roe said the firm had ignored warnings.\n\"It left 1,900 homes without heat.\"\nIt said \"no\" then."


def _follows(paragraph: int, cue: str) -> bool:
    """Whether paragraph `paragraph` of TEXT goes on from a report whose cue is `cue`."""
    block = split_blocks(TEXT)[paragraph]
    return follows_report(block, find_speech(TEXT, block), cue)


@pytest.mark.parametrize("paragraph, cue, expected", [
    (1, "said", True),
    (1, "Told reporters", True),      # the cue's first word, in any case
    (1, ", said", True),              # the inverted cue of `A, said X.` (its comma kept in the row's cue)
    (1, ", found", False),
    (1, ",", False),                  # punctuation alone is no cue
    (1, "found", False),              # a finding is not speech to go on from
    (1, "said:", True),               # punctuation after the verb (60m)
    (1, "pointed out that", True),    # a two-word verb, its first two words only (60m)
    (1, "", False),                   # no cue
    (1, "   ", False),
    (2, "said", False),               # the quotation does not open the paragraph
    (0, "said", False),               # no quotation at all
])
def test_follows_report(paragraph: int, cue: str, expected: bool) -> None:
    assert _follows(paragraph, cue) is expected


_BANK = "Kelmoor lender closed\n\n"
_REPORT = "The lender's capital ratio was negative 4.6 per cent against the required 10 per cent"


@pytest.mark.parametrize(("report", "expected"), [
    (f"{_REPORT}, said the Kelmoor Reserve Bank.",  # the inverted cue: the quotation below is the bank's (wave 59q)
     [("Kelmoor Reserve Bank", "organisation", ", said", _REPORT),
      ("Kelmoor Reserve Bank", "organisation", "quotation continues",
       "It was the only lender with a negative ratio last year.")]),
    (f"{_REPORT}, said Anna Brill, the bank's governor.",
     [("Anna Brill", "person", ", said", _REPORT),
      ("Anna Brill", "person", "quotation continues", "It was the only lender with a negative ratio last year.")]),
    (f"{_REPORT}, the Kelmoor Reserve Bank said.",  # the plain order, read before
     [("Kelmoor Reserve Bank", "organisation", "said", _REPORT),
      ("Kelmoor Reserve Bank", "organisation", "quotation continues",
       "It was the only lender with a negative ratio last year.")]),
])
def test_a_quotation_after_an_inverted_report_is_the_reporters(
        report: str, expected: list[tuple[str, str, str, str]]) -> None:
    text = _BANK + report + "\n\n\u201cIt was the only lender with a negative ratio last year.\u201d\n"
    assert cued_rows(text) == expected


def test_a_quotation_after_an_inverted_finding_stays_nobodys() -> None:
    text = (_BANK + f"{_REPORT}, found the Kelmoor Reserve Bank.\n\n"
            "\u201cIt was the only lender with a negative ratio last year.\u201d\n")
    assert cued_rows(text) == []  # a finding is not speech: the quotation is carried to nobody


def test_a_quotation_opening_on_they_after_a_bodys_inverted_report_is_not_the_bodys() -> None:
    text = (_BANK + f"{_REPORT}, said the Kelmoor Reserve Bank.\n\n"
            "\u201cThey told us that we had the only lender with a negative ratio.\u201d\n")
    assert cued_rows(text) == [("Kelmoor Reserve Bank", "organisation", ", said", _REPORT)]
