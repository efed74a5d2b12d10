"""Lead-ins whose list noun runs on past forty characters (attribution/qualified_leads, wave 35k): each text is written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.qualified_leads import qualified_lead_in
from extract_rows import rows


# `Here are the key figures from the annual accounts, for the twelve months to 31 March:`: the noun's source and
# period run the lead-in past the forty characters a plain lead-in allows after its noun; its items are still a list.
def test_a_lead_in_with_a_long_source_and_period_hands_over_its_items() -> None:
    text = ("Pennick Ferries said on Tuesday that it would add two sailings a day.\n\n"
            "Here are the key figures from the annual accounts, for the twelve months to 31 March:\n\n"
            "- Passengers: 1.9 million, up 4%\n- Fuel costs: £14.2m, down from £15.8m\n")
    assert rows(text) == [
        ("Pennick Ferries", "organisation", "it would add two sailings a day"),
        ("Pennick Ferries", "organisation", "Passengers: 1.9 million, up 4%"),
        ("Pennick Ferries", "organisation", "Fuel costs: £14.2m, down from £15.8m"),
    ]


# `Among the findings of the federation's own survey of 800 growers, published in May:`: the survey's owner, named in
# the qualifier, speaks its items, not the body that spoke last.
def test_the_owner_the_qualifier_names_speaks_the_items() -> None:
    text = ("The Sallow Growers' Federation says prices paid at the farm gate have fallen.\n\n"
            "Dunmore Foods said its own prices had risen by 2%.\n\n"
            "Among the findings of the federation's own survey of 800 growers, published in May:\n\n"
            "- 44% said they had sold land\n- 29% said they would stop growing apples\n")
    assert rows(text) == [
        ("Sallow Growers' Federation", "organisation", "prices paid at the farm gate have fallen"),
        ("Dunmore Foods", "organisation", "its own prices had risen by 2%"),
        ("Sallow Growers' Federation", "organisation", "44% said they had sold land"),
        ("Sallow Growers' Federation", "organisation", "29% said they would stop growing apples"),
    ]


# `Here are the figures as read out by the returning officer, Jo Roe:`: a person the qualifier names speaks the lines.
def test_a_person_the_qualifier_names_speaks_the_lines() -> None:
    text = ("Voting closed at 10pm in Kelby.\n\n"
            "Here are the turnout figures as announced by the returning officer, Priya Lanyon-Webb:\n\n"
            "Spoilt ballots: 412\nTurnout: 31.6%\n")
    assert rows(text) == [
        ("Priya Lanyon-Webb", "person", "Spoilt ballots: 412"),
        ("Priya Lanyon-Webb", "person", "Turnout: 31.6%"),
    ]


# On a live page the body that spoke in the entry above is no party of the entry below (34c): a body that opens the
# sentence before the lead-in, in its own paragraph, is whose figures they are.
def test_in_a_live_entry_the_body_opening_the_sentence_before_speaks_the_list() -> None:
    text = ("Ferry results: live\n\n10:05\nThe Kelby Ferrymen's Union says it was not told of the cuts.\n\n"
            "09:30\nGood morning. Pennick Ferries has just published its annual accounts. Here are the key figures from "
            "the accounts, for the twelve months to 31 March:\n\n- Passengers: 1.9 million, up 4%\n"
            "- Fuel costs: £14.2m, down from £15.8m\n\n09:00\nWe will bring you the results here.\n")
    assert rows(text) == [
        ("Kelby Ferrymen's Union", "organisation", "it was not told of the cuts"),
        ("Pennick Ferries", "organisation", "Passengers: 1.9 million, up 4%"),
        ("Pennick Ferries", "organisation", "Fuel costs: £14.2m, down from £15.8m"),
    ]


@pytest.mark.parametrize("sentence", [
    "Here are the key figures:",  # a plain lead-in: read by `LEAD_IN_RE`
    "Commenting on the figures for the twelve months to 31 March, the chair said:",  # a cue's lead-in
    "The figures for the twelve months to 31 March show that the ferries:",  # a cue inside
    "Here are the key figures from the annual accounts. They show:",  # two sentences
])
def test_only_a_noun_and_a_long_qualifier_without_a_cue_is_read(sentence: str) -> None:
    assert qualified_lead_in(sentence, (0, len(sentence))) is None
