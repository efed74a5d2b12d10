"""Speaker kinds (wave 27h). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes
where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract import find_rows


def cue_rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]


# speakers/letter_kinds, read by speakers/names.bare_name: a body the text calls by its letters (`The HSA found`) is of
# the kind of the body the letters stand for, given in brackets after its name or spelled by its initials: a
# regulator's letters are an inspectorate, never a plain organisation.
@pytest.mark.parametrize(("text", "expected"), [
    ("Quellan Ferries Ltd was fined £40,000 after a visit from the Harbour Safety Authority.\n\n"
     "The HSA found that two lifeboats had not been serviced for three years.\n",
     [("HSA", "inspectorate", "found that", "two lifeboats had not been serviced for three years")]),
    ("An advert for Kelby Foods has been banned by the Marketing Standards Authority.\n\n"
     "The MSA said the claim that the bars were sugar free had not been shown.\n",
     [("MSA", "inspectorate", "said", "the claim that the bars were sugar free had not been shown")]),
    ("Ravensholt Council has been criticised in a report by the Regional Audit Office.\n\n"
     "According to the RAO, 14 of the council's 60 contracts were signed without a tender.\n",
     [("RAO", "inspectorate", "According to", "14 of the council's 60 contracts were signed without a tender")]),
    ("The Pensions Conduct Commission, or PCC, has opened an inquiry into Drumlin Savings.\n\n"
     "The PCC found that 300 savers had been moved into a dearer fund.\n",
     [("PCC", "inspectorate", "found that", "300 savers had been moved into a dearer fund")]),
])
def test_a_regulators_letters_are_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: the letters of a company or a charity stay an organisation, and so do letters no body named in the
# text spells, or that two bodies of different kinds both spell.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Ferry Company (HFC) has been fined £40,000.\n\n"
     "The HFC said the two lifeboats had since been serviced.\n",
     [("Harbour Ferry Company", "organisation", "said", "the two lifeboats had since been serviced")]),
    ("Staff at the Marsh Sailing Association have voted to strike.\n\n"
     "The MSA said 40 members had taken part in the vote.\n",
     [("MSA", "organisation", "said", "40 members had taken part in the vote")]),
    ("Drumlin Savings has closed two branches.\n\n"
     "The PCC said 300 savers had been moved into a dearer fund.\n",
     [("PCC", "organisation", "said", "300 savers had been moved into a dearer fund")]),
    ("The Marketing Standards Authority and the Marsh Sailing Association met on Monday.\n\n"
     "The MSA said 40 complaints had been received.\n",
     [("MSA", "organisation", "said", "40 complaints had been received")]),
])
def test_other_letters_stay_an_organisation(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
