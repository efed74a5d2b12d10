"""`explain` or `note` with a topic as its object (`claims.extract.attribution.topic_objects`)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.topic_objects import topic_object
from extract_rows import rows


@pytest.mark.parametrize(("verb", "following", "topic"), [
    ("explained", "the thinking behind its", True),
    ("explains", "the bank's decision to", True),  # a possessive as the modifier
    ("explains", "the BoT decision to hold", True),
    ("notes", "the Ministers remarks on the", True),
    ("noted", "the new rules.", True),
    ("explained", "its approach, which", True),
    ("explained", "the decision was taken", False),  # a verb after the noun: a content clause
    ("explained", "that the decision", False),
    ("notes", "the figures show that", False),  # no topic's noun
    ("said", "the decision to leave", False),  # no verb of an act on a thing
    ("explained", "why the decision", False),
])
def test_a_determiner_and_a_topics_noun_ending_its_phrase_are_a_topic(verb: str, following: str, topic: bool) -> None:
    assert topic_object(verb, following.split()) is topic


@pytest.mark.parametrize("text", [
    "Jo Marrick explained the thinking behind its move to Dunmore Park, which forced the replay to be moved.\n",
    "Mara Quell, the Bank of Tarn's governor, explains the BoT decision to hold the base rate at 4.5% "
    "and then takes questions from reporters.\n",
    "Tamsin Orrey, the trust's chair, noted the new rules on parking at the hospital.\n",
])
def test_explaining_or_noting_a_topic_makes_no_row(text: str) -> None:
    """Wave 67g: the act of explaining a decision reports no words."""
    assert rows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Marrick explained the decision was taken in May.\n",
     [("Jo Marrick", "person", "the decision was taken in May")]),
    ("Jo Marrick explained that the decision was taken in May.\n",
     [("Jo Marrick", "person", "the decision was taken in May")]),
])
def test_a_content_clause_after_explained_keeps_its_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Round 68m (mutation testing): the modifiers' bound, the word after the noun, a stop before any topic's noun.
@pytest.mark.parametrize(("verb", "following", "topic"), [
    ("explains", "the bank's rate decision to", True),  # two modifiers: within it
    ("explains", "the bank's new rate decision to", False),  # three modifiers: past the bound
    ("explained", "the rate decision was taken", False),  # a verb right after the noun, whatever comes later
    ("explained", "the long hot summer", False),  # no topic's noun within reach
    ("noted", "the decision, saying it", True),  # a stop closes the noun's phrase, whatever follows
    ("explained", "the vote. Reasons for it", False),  # the sentence ends before any topic's noun
])
def test_the_topic_phrase_bounds(verb: str, following: str, topic: bool) -> None:
    assert topic_object(verb, following.split()) is topic
