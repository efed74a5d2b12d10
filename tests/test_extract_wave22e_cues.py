"""Cues and missed claims (wave 22e): reporting frames the extractor did not read, so that a claim got no row at all.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A party that blames a cause with no `on` or `for` after it (`X blamed mild weather and ...`): the cause is its
# claim, the verb kept (wave 22e, `causes.OBJECT_CAUSE_RE`); `blamed A on B` keeps giving B as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tarrow Retail blamed a wet August and heavier discounting by rivals in the run-up to Christmas.\n",
     [("Tarrow Retail", "organisation",
       "blamed a wet August and heavier discounting by rivals in the run-up to Christmas")]),
    ("Ofwat published its figures. The regulator blamed a 14% rise in chemical costs since March.\n",
     [("Ofwat", "inspectorate", "blamed a 14% rise in chemical costs since March")]),
    ("Kelby Buses cut 40 routes. The company blames a shortage of drivers for most of the cancellations.\n",
     [("Kelby Buses", "organisation", "blames a shortage of drivers for most of the cancellations")]),
    # `blamed A on B`: B is the cause, as before
    ("Kelby Buses blamed the delays on a shortage of drivers.\n",
     [("Kelby Buses", "organisation", "a shortage of drivers")]),
])
def test_a_cause_blamed_without_on_is_the_party_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # a passive: the party is blamed, nobody blames
    "Kelby Buses was blamed for the delays by residents of the valley.\n",
    "Kelby Buses has been blamed for 40 cancelled services.\n",
    # nobody blames: a negation of the act, or a question
    "Who blamed the drivers for the 40 cancelled services?\n",
])
def test_a_party_blamed_makes_no_claim(text: str) -> None:
    assert rows(text) == []

