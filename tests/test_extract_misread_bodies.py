"""A body's name read as a person's that the text later calls by its own last word: the body speaks both."""
from __future__ import annotations

import pytest

from claims.extract.misread_bodies import bodies_read_as_people

BODY = "organisation"


def read(text: str, name: str, reference: str) -> dict[str, tuple[str, str]]:
    """What `bodies_read_as_people` gives for one person-read name and one unresolved reference after it."""
    return bodies_read_as_people(text, [(name, "person"), (reference, "unresolved")])


@pytest.mark.parametrize("text, name, reference", [
    ("On Monday Tarn Pharmacy said so. The pharmacy said 4.", "Tarn Pharmacy", "the pharmacy"),
    ("Ashby Almshouse said so. The almshouses said 4.", "Ashby Almshouse", "the almshouses"),  # plural noun
    ("Kilbrack Harbour Commissioners said so. The commissioner said 4.", "Kilbrack Harbour Commissioners",
     "the commissioner"),  # singular noun
    ("Tarn Foods said so. Some eFoods said more. The foods said 4.", "Tarn Foods", "the foods"),  # glued before
    ("Tarn Foods said so. Staff at Foods saids. The foods said 4.", "Tarn Foods", "the foods"),  # glued after
    ("Tarn Foods said so. Staff at Foods addedvalue. The foods said 4.", "Tarn Foods", "the foods"),
])
def test_a_name_the_text_never_treats_as_a_person_is_the_body_its_noun_means(text: str, name: str,
                                                                             reference: str) -> None:
    assert read(text, name, reference) == {reference: (name, BODY), name: (name, BODY)}


@pytest.mark.parametrize("text, name, reference", [
    ("Tarn pharmacy said so. The pharmacy said 4.", "Tarn pharmacy", "the pharmacy"),  # not all capitals
    ("British Pharmacy said so. The pharmacy said 4.", "British Pharmacy", "the pharmacy"),  # no name's first word
    ("Kilbrack Upper Harbour Commissioners said so. The commissioners said 4.",
     "Kilbrack Upper Harbour Commissioners", "the commissioners"),  # four words: no such name
    ("Pharmacy said so. The pharmacy said 4.", "Pharmacy", "the pharmacy"),  # one word
    ("Kilbrack Harbour Commissioners said so. Ms Commissioners was away. The commissioners said 4.",
     "Kilbrack Harbour Commissioners", "the commissioners"),  # an honorific before the last word, no cue after
    ("Tarn Harbour Foods said so. Foods said more. The foods said 4.", "Tarn Harbour Foods", "the foods"),
    ("Foods said more. Tarn Foods said so. The foods said 4.", "Tarn Foods", "the foods"),  # alone at the start
    ("Tarn Foods said so. Foods said more. Tarn Foods said 5. The foods said 4.", "Tarn Foods", "the foods"),
])
def test_a_name_the_text_treats_as_a_person_stays_a_person(text: str, name: str, reference: str) -> None:
    assert read(text, name, reference) == {}


def test_the_name_must_come_before_the_first_time_the_text_writes_the_reference() -> None:
    text = "The pharmacy said 4. Tarn Pharmacy said so. The pharmacy said 5."
    assert read(text, "Tarn Pharmacy", "the pharmacy") == {}


def test_a_name_written_before_and_after_the_reference_counts_where_first_written() -> None:
    text = "Tarn Foods said so. The foods said 4. Tarn Foods said more."
    assert read(text, "Tarn Foods", "the foods") == {"the foods": ("Tarn Foods", BODY),
                                                    "Tarn Foods": ("Tarn Foods", BODY)}
