"""`claims.extract.attribution.quotes`: a paragraph-long quotation signed by a line after a blank line, a name, a comma
and a post (`Jo Roe, Chair of X`, wave 52e), is that person's; one with no line after it keeps the speaker the text
gave before. Each case a short text written for this test about invented parties, and the whole table it gives as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows, named_context

from claims.extract.attribution.quotes import reporting_subject

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


# A participle of speech after a reported clause (`X said the trust had missed out ..., adding: "..."`) goes on from
# the one who said it, never the clause's subject (wave 58n); a spokeswoman for a body still speaks for it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harwell Vale Hospitals NHS Trust has been rated good by inspectors.\n\nChief executive Jo Marsh said the trust "
     "had missed out on an outstanding rating by a whisker, adding: \"No one can doubt the change this organisation "
     "has achieved. We cut waits by 40% in two years.\"\n",
     [("inspectors", "inspectorate", "been rated", "Harwell Vale Hospitals NHS Trust has been rated good by inspectors"),
      ("Jo Marsh", "person", "said", "the trust had missed out on an outstanding rating by a whisker"),
      ("Jo Marsh", "person", "adding", "No one can doubt the change this organisation has achieved."),
      ("Jo Marsh", "person", "adding", "We cut waits by 40% in two years.")]),
    ("Northshore Water said overflows fell by 38% in 2025. A spokeswoman for the company said it was spending £160m "
     "on tanks by 2030, adding: \"We publish an alert for every beach within an hour of a spill.\"\n",
     [("Northshore Water", "organisation", "said", "overflows fell by 38% in 2025"),
      ("Northshore Water", "organisation", "said", "it was spending £160m on tanks by 2030"),
      ("Northshore Water", "organisation", "adding",
       "We publish an alert for every beach within an hour of a spill.")]),
], ids=["reported-clause", "spokeswoman"])
def test_a_participle_goes_on_from_who_said(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Round 59m (mutation): with no verb of speech before the participle the clause's subject speaks (older
# `subject_before_verb`), and a participle with no subject gives no row; `reporting_subject` reads no verb past the
# participle (`said` inside the quotation).
@pytest.mark.parametrize(("text", "expected"), [
    ('Jo Roe welcomed the plan, adding: "We said yes to it."\n',
     [("Jo Roe", "person", "adding", "We said yes to it.")]),
    ('Rain fell, adding: "Nobody knew."\n', []),
], ids=["no-speech-verb", "no-subject"])
def test_a_participle_after_a_clause_with_no_verb_of_speech(text: str,
                                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_reporting_subject_reads_no_verb_past_the_participle() -> None:
    text = 'Jo Roe welcomed the plan, adding: "We said yes to it."\n'
    assert reporting_subject(text, 0, text.index(", adding"), named_context(text)) is None
