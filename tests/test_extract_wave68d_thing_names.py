"""Names of things read as a person's that a later `he` or `she` took for its antecedent (wave 68d): a name closing
on a common word's plural (`Stop Notices`, `Improvement Orders`) and a scheme's name after a preposition with no
article (`Under Tandri Volsa scheme`, `through Safe Blocks programme`). Each case is a short text written for this
test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote)
rows."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention
from claims.extract.scheme_names import names_a_scheme
from claims.extract.speakers.thing_names import names_a_thing
from extract_rows import cued_rows


def _mention(text: str, name: str) -> Mention:
    """Return an untitled person's mention of a name where the text first writes it."""
    at = text.index(name)
    return Mention(at, at + len(name), name, "person", False, "")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Inspectors issued 23 Stop Notices on the visits.", "Stop Notices", True),
    ("The office served 58 Improvement Orders last year.", "Improvement Orders", True),
    ("Actor Tyra Banks opened the show.", "Tyra Banks", False),  # no common word opens it
    ("Gardener Mark Fields opened the show.", "Mark Fields", False),  # a name the word list capitalises
    ("Organisers thanked Corrin Vale for the day.", "Corrin Vale", False),  # no plural closes it
    ("Inspectors issued 23 Stop Notices. Stop Notices said the site was safe.", "Stop Notices", False),  # a cue after it
])
def test_a_name_closing_on_a_common_plural_names_a_thing(text: str, name: str, expected: bool) -> None:
    assert names_a_thing(text, _mention(text, name)) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Under Tandri Volsa scheme, families were paid.", "Under Tandri Volsa", True),
    ("Through Safe Blocks programme, families were paid.", "Through Safe Blocks", True),  # round 69m
    ("Via Tamford Assist scheme, families were paid.", "Via Tamford Assist", True),
    ("Grants went out through Safe Blocks programme this year.", "Safe Blocks", True),
    ("Money was paid via Tamford Assist rural transport scheme in May.", "Tamford Assist", True),
    ("Payments of Tamford Assist scheme rose.", "Tamford Assist", True),
    ("Grants went out through Dana Corby, who runs the scheme.", "Dana Corby", False),  # no scheme's noun after
    ("A letter came from Dana Corby scheme managers.", "Dana Corby", False),  # `from` opens no scheme
])
def test_a_scheme_after_a_preposition_is_no_person(text: str, name: str, expected: bool) -> None:
    at = text.index(name)
    assert names_a_scheme(text, at, at + len(name)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The campaign lead, Corrin Vale, said that one in four sites had no edge protection.\n\nInspectors also issued 58 "
     "Improvement Orders and 23 Stop Notices during the visits.\n\nThere were nine deaths from falls over five years, "
     "he said.\n",
     [("Corrin Vale", "person", "said that", "one in four sites had no edge protection"),
      ("Corrin Vale", "person", "said", "There were nine deaths from falls over five years")]),
    ("District officer Hemant Rao Venkat addressed farmers on Monday.\n\nUnder Tandri Volsa scheme, support was "
     "given to 412 families. Stating that the district aimed to plant 20 lakh saplings, he said that 14 lakh saplings "
     "had been planted so far.\n",
     [("Hemant Rao Venkat", "person", "said that", "14 lakh saplings had been planted so far")]),
])
def test_he_means_the_person_not_the_thing_named_since(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "name", "possessive", "expected"), [
    ("Inspectors issued 23 Stop Work Notices on the visits.", "Stop Work Notices", False, True),  # three words
    ("Boats left Kelby Tarn Harbour at noon.", "Kelby Tarn Harbour", False, True),  # a place's last word, three words
    ("Storm Dervla's winds felled trees.", "Storm Dervla", True, False),  # a possessive is left as it was read
])
def test_names_a_thing_reads_the_last_word_round_69m(text: str, name: str, possessive: bool, expected: bool) -> None:
    at = text.index(name)
    assert names_a_thing(text, Mention(at, at + len(name), name, "person", possessive, "")) is expected

