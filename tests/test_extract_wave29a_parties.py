"""Wrong speakers that are another party of the same text (wave 29a). Each case is a short text written for this test
in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows,
in text order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# attribution/relative_sources: an apposition renaming what went before, whose clause names its own source without
# `which` (`..., a figure the institute said was already counted`), is that source's claim, a row of its own beside the
# outer party's (whatever the outer party is): the row is the apposition itself.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Rural Research Institute published its forecast for farm emissions on Monday.\n\n"
     "The Cattle Growers' Union said the forecast ignored 1,800 farms that had joined a buy-out scheme since March, a "
     "figure the institute said was already counted in its second scenario.\n",
     [("Cattle Growers' Union", "organisation", "said",
       "the forecast ignored 1,800 farms that had joined a buy-out scheme since March, a figure the institute said was "
       "already counted in its second scenario"),
      ("Rural Research Institute", "organisation", "said",
       "a figure the institute said was already counted in its second scenario")]),
    ("Data from the charging firm Voltway suggests that drivers of the Breeze recharge every 190 miles, a figure Corlan "
     "Motors said reflected drivers topping up rather than running flat.\n",
     [("Voltway", "organisation", "suggests that",
       "drivers of the Breeze recharge every 190 miles, a figure Corlan Motors said reflected drivers topping up rather "
       "than running flat"),
      ("Corlan Motors", "organisation", "said", "a figure Corlan Motors said reflected drivers topping up rather than "
                                                "running flat")]),
    ("The Severn Rivers Agency took samples below the farm in May.\n\n"
     "Tests showed nitrate levels below the outfall were 20 times higher than above it, a level the agency said was "
     "harmful to fish and insects.\n",
     [("Tests", "unresolved", "showed",
       "nitrate levels below the outfall were 20 times higher than above it, a level the agency said was harmful to "
       "fish and insects"),
      ("Severn Rivers Agency", "organisation", "said", "a level the agency said was harmful to fish and insects")]),
])
def test_an_apposition_naming_its_source_is_the_sources_claim(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: an apposition whose verb reports nothing (`has not disputed`), a pronoun (the outer party again), a
# reference no named body answers (`the group`), the outer party itself named again, and an apposition whose source is
# the sentence's only cue (`a decision the district says`, read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("Data from the charging firm Voltway suggests that drivers of the Breeze recharge every 190 miles, a figure Corlan "
     "Motors has not disputed.\n",
     [("Voltway", "organisation", "suggests that", "drivers of the Breeze recharge every 190 miles")]),
    ("Voltway said drivers of the Breeze recharge every 190 miles, a figure it said was typical of small cars.\n",
     [("Voltway", "organisation", "said",
       "drivers of the Breeze recharge every 190 miles, a figure it said was typical of small cars")]),
    ("Voltway said drivers of the Breeze recharge every 190 miles, a figure the group said was typical of small cars.\n",
     [("Voltway", "organisation", "said",
       "drivers of the Breeze recharge every 190 miles, a figure the group said was typical of small cars")]),
    ("Voltway said drivers of the Breeze recharge every 190 miles, a figure Voltway said was typical of small cars.\n",
     [("Voltway", "organisation", "said",
       "drivers of the Breeze recharge every 190 miles, a figure Voltway said was typical of small cars")]),
    ("The board voted 5-2 on Tuesday to close Hillcrest school at the end of the year, a decision the district says "
     "will save about $2.9 million a year.\n",
     [("the district", "unresolved", "says", "will save about $2.9 million a year")]),
])
def test_an_apposition_without_a_new_source_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
