"""Names with words run on (wave 58n, attribution/run_on_names). Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows,
in text order; and the names the rule must keep whole."""
from __future__ import annotations

import pytest

from claims.extract.attribution.run_on_names import bounded_name
from tests.extract_rows import cued_rows

HEADING_RUN_IN = (
    "The inquiry has found no sign that any ship from Norland took part in the damage. \"The inquiry has been long "
    "and careful. More than 40 witnesses have been heard in the case\", says Edda Holmqvist Help from other agencies "
    "The team has had good help from the coast guard and three other agencies. \"Without the coast guard we could not "
    "have kept the scene safe\", says Edda Holmqvist.\n")
COUNT_RUN_IN = (
    "Four Harland Vale NRPS officers have been charged with perverting the course of justice.\n\nNRPS say all four "
    "have been suspended on full pay since March, pending the outcome of the case.\n")


# A heading run onto a person's name (`Help from other agencies`, a word the text also writes in small letters) and a
# count run onto a body's letters (`Four Harland Vale NRPS`): the name the text writes alone elsewhere.
@pytest.mark.parametrize(("text", "expected"), [
    (HEADING_RUN_IN,
     [("the inquiry", "unresolved", "found", "has found no sign that any ship from Norland took part in the damage"),
      ("Edda Holmqvist", "person", "says", "The inquiry has been long and careful."),
      ("Edda Holmqvist", "person", "says", "More than 40 witnesses have been heard in the case"),
      ("the inquiry", "unresolved", "found",
       "says Edda Holmqvist Help from other agencies The team has had good help from the coast guard and three other "
       "agencies"),
      ("Edda Holmqvist", "person", "says", "Without the coast guard we could not have kept the scene safe")]),
    (COUNT_RUN_IN,
     [("NRPS", "organisation", "say",
       "all four have been suspended on full pay since March, pending the outcome of the case")]),
])
def test_words_run_on_leave_the_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# A day after a body's letters goes; a body's whole name, a country's letters, a name of small words, a given name
# and a name the text never writes alone stay whole.
@pytest.mark.parametrize(("text", "speaker", "expected"), [
    ("Data published by the KTV Monday morning showed a rise. The KTV said so.", "KTV Monday", "KTV"),
    ("Data from Kelby NHS Trust showed a rise. The NHS said so.", "Kelby NHS Trust", "Kelby NHS Trust"),
    ("Most UK Academics track their peers, the survey of academics in the UK found.", "UK Academics", "UK Academics"),
    ("The Department of Health said so. Health said so.", "Department of Health", "Department of Health"),
    ("Nur Aisyah Rahman said so. Nur Aisyah added more.", "Nur Aisyah Rahman", "Nur Aisyah Rahman"),
    ("Save Tern Meadows said so; we must save Tern Meadows.", "Save Tern Meadows", "Save Tern Meadows"),
    ("Three Harland Vale NRPS officers were charged.", "Three Harland Vale NRPS", "Three Harland Vale NRPS"),
    # round 59m: each bound of the rule
    ("Edda Holmqvist opened it. \"It was long\", says Edda Holmqvist Help from others. We had good help.",
     "Edda Holmqvist Help", "Edda Holmqvist"),  # the name alone before the run-on spot
    ("\"It was long\", says Edda Holmqvist Help from others. We had good help. Edda Holmqvist Larsen said so.",
     "Edda Holmqvist Help", "Edda Holmqvist Help"),  # elsewhere only with a word run on from the right
    ("\"It was long\", says Edda\nHolmqvist Help from others. We had good help. Edda Holmqvist said so.",
     "Edda\nHolmqvist Help", "Edda\nHolmqvist Help"),  # a line break inside: kept whole
    ("\"It was long\", says Edda Holmqvist help from others. Edda Holmqvist said so.",
     "Edda Holmqvist help", "Edda Holmqvist help"),  # a small word inside: kept whole
    ("Data published by the KTV March edition showed a rise. The KTV said so.", "KTV March", "KTV"),  # a month
    ("Data published by the KTV Monday Morning showed a rise in the morning. The KTV said so.", "KTV Monday Morning",
     "KTV"),  # two words run on
    ("Data from the ZB Tuesday showed a rise. The ZB said so.", "ZB Tuesday", "ZB"),  # two letters stand
    ("Four Harland NRPS officers were charged. Harland NRPS and the NRPS said so.", "Four Harland NRPS",
     "Harland NRPS"),  # the longest name written alone
    ("Kelby Vale Council Leader said the plan was sound. The leader spoke, and Kelby Vale Council agreed.",
     "Kelby Vale Council Leader", "Kelby Vale Council Leader"),  # a post after a body: the body never stands for it
    ("Data from Kelby NHS Trust showed a rise. Kelby NHS said so; the trust agreed.", "Kelby NHS Trust",
     "Kelby NHS Trust"),  # a body's head run on: kept
])
def test_what_runs_on(text: str, speaker: str, expected: str) -> None:
    assert bounded_name(text, speaker) == expected
