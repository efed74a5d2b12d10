"""A colon lead-in whose subject is a bare paper the text gave no owner (wave 31f): `The guidance says shops should:`,
`The trial also found:`, `The charges alleged that Mr X:`. Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/unowned_documents: the items below `The guidance says shops should:` are the body that spoke before,
# whose paper it is, never an unresolved `The guidance`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Shops must label every toy with its age range, the Product Safety Office has said.\n\n"
     "The guidance says shops should:\n"
     "- check each label before sale;\n"
     "- keep records for two years.\n",
     [("Product Safety Office", "inspectorate", "said", "Shops must label every toy with its age range"),
      ("Product Safety Office", "inspectorate", "says", "check each label before sale"),
      ("Product Safety Office", "inspectorate", "says", "keep records for two years")]),
    ("Care-home falls dropped by a fifth, a trial led by the Barrow Institute for Health Research has found.\n\n"
     "The trial also found:\n"
     "- residents took 2 fewer medicines;\n"
     "- hospital visits fell by 11 per cent.\n",
     [("Barrow Institute for Health Research", "organisation", "found", "Care-home falls dropped by a fifth"),
      ("Barrow Institute for Health Research", "organisation", "found", "residents took 2 fewer medicines"),
      ("Barrow Institute for Health Research", "organisation", "found", "hospital visits fell by 11 per cent")]),
    ("The Consumer Fairness Office on Monday sued Dalworth Ltd, alleging that the firm sold its customers' "
     "phone numbers.\n\n"
     "According to the complaint, filed in court in Leeds, Dalworth:\n\n"
     "- sold 2 million phone numbers to 6 brokers;\n"
     "- earned about £4 million from those sales.\n",
     [("Consumer Fairness Office", "inspectorate", "alleging that", "the firm sold its customers' phone numbers"),
      ("Consumer Fairness Office", "inspectorate", "According to", "sold 2 million phone numbers to 6 brokers"),
      ("Consumer Fairness Office", "inspectorate", "According to", "earned about £4 million from those sales")]),
])
def test_bare_paper_lead_in_speaks_for_the_body_that_spoke(text: str,
                                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: no body has spoken (the paper stays the text's own words), and a paper a person's words name.
@pytest.mark.parametrize(("text", "expected"), [
    ("The guidance says shops should:\n"
     "- check each label before sale;\n"
     "- keep records for two years.\n",
     [("The guidance", "unresolved", "says", "check each label before sale"),
      ("The guidance", "unresolved", "says", "keep records for two years")]),
])
def test_bare_paper_lead_in_without_a_body_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
