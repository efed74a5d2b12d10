"""An unnamed subject kept in the text's own words (speakers/people): never a dropped claim, never a guess."""
from __future__ import annotations

import pytest

from claims.extract.speakers.people import plain_word
from claims.extract import find_rows
from claims.extract.table import extract_text


@pytest.mark.parametrize("text, expected", [
    ("The Harrowgate-based pharmacy said it had run out of flu vaccine.",
     [["The Harrowgate-based pharmacy", "unresolved", "said"]]),
    ("The family-run bakery said prices would rise by 10p.", [["The family-run bakery", "unresolved", "said"]]),
    ("A long-standing partnership said it had raised £2m.", [["A long-standing partnership", "unresolved", "said"]]),
    ("The fines rose after an independent regulatory commission found that 40 boats were unsafe.",
     [["an independent regulatory commission", "unresolved", "found that"]]),
    ("An independent regulatory commission found that 40 boats were unsafe.",
     [["An independent regulatory commission", "unresolved", "found that"]]),
])
def test_an_unnamed_subject_keeps_its_claim_in_the_texts_words(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[["speaker", "speaker_kind", "cue"]].values.tolist() == expected


@pytest.mark.parametrize("text, expected", [
    ("Fares will rise, a 58-year-old porter said.", [["a 58-year-old porter", "person", "said"]]),
    ("Fares will rise, a 58-year-old said.", [["a 58-year-old", "person", "said"]]),
    ("An 80-year-old neighbour said the lane had flooded twice.", [["An 80-year-old neighbour", "person", "said"]]),
    ("Fares will rise, a local porter said.", [["a local porter", "unresolved", "said"]]),
])
def test_an_unnamed_subject_with_an_age_is_a_person_in_the_texts_words(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[["speaker", "speaker_kind", "cue"]].values.tolist() == expected


@pytest.mark.parametrize("word, expected", [
    ("bakery", True), ("family-run", True), ("Harrowgate-based", True), ("long-standing", True),
    ("Acme-Brightway", False), ("Bakery", False), ("10p", False), ("run-", False), ("baker's", False),
])
def test_plain_word(word: str, expected: bool) -> None:
    assert plain_word(word) is expected


@pytest.mark.parametrize("text, expected", [
    ("Brackenford Water published its survey on Monday.\n\nWhich shows that:\n\n- rents rose by 9%;\n"
     "- wages rose by 3%.\n",
     [["Brackenford Water", "organisation", "shows that"], ["Brackenford Water", "organisation", "shows that"]]),
    ("The survey was published on Monday.\n\nWhich shows that:\n\n- rents rose by 9%.\n",
     [["Which", "unresolved", "shows that"]]),
    ("Which? said supermarket prices rose by 9%.", [["Which?", "organisation", "said"]]),
])
def test_a_sentence_opening_with_which_goes_on_from_the_one_before(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[["speaker", "speaker_kind", "cue"]].values.tolist() == expected


@pytest.mark.parametrize("text, expected", [
    ("Kwame Osei-Bonsu, the district chief executive, said he had met the traders.\n\nAccording to him, 60 stalls "
     "flooded last June.\n",
     [("Kwame Osei-Bonsu", "person", "said", "he had met the traders"),
      ("Kwame Osei-Bonsu", "person", "According to", "60 stalls flooded last June")]),
    ("Abena Darko, the association's chairperson, said she had met the assembly. According to her, 112 traders had "
     "moved out.\n",
     [("Abena Darko", "person", "said", "she had met the assembly"),
      ("Abena Darko", "person", "According to", "112 traders had moved out")]),
    ("Abena Darko, the association's chairperson, said she had met the assembly. According to her office, 112 "
     "traders had moved out.\n",
     [("Abena Darko", "person", "said", "she had met the assembly"),
      ("her office", "unresolved", "According to", "112 traders had moved out")]),
])
def test_an_object_pronoun_alone_after_according_to_is_the_person_before(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`According to him,` (wave 52f): the person the pronoun points back to, as `he said` is."""
    assert [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")] == expected
