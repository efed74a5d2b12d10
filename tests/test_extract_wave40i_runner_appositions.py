"""Wave 40i: a body named with its letters in brackets and described after a comma as what runs or owns something
(`Tarnfield Port Holdings (TPH), the State-owned company that runs the airport, said`) speaks itself: the
description's object (the airport) never does. A person so described keeps her own words."""
from tests.extract_rows import cued_rows

RUNNER = """Harnmoor Valley Airport will handle about 5.2 million passengers this year.

Tarnfield Port Holdings (TPH), the State-owned company that runs the airport, said 4.1 million passengers had \
passed through its terminal by September.
"""

PERSON = """Harnmoor Valley Airport will handle about 5.2 million passengers this year.

Mira Folan, the director who runs the airport, said 4.1 million passengers had passed through by September.
"""


def test_the_body_described_as_running_a_place_speaks() -> None:
    assert cued_rows(RUNNER) == [
        ("Tarnfield Port Holdings", "organisation", "said",
         "4.1 million passengers had passed through its terminal by September"),
    ]


def test_a_person_described_so_still_speaks() -> None:
    assert cued_rows(PERSON) == [
        ("Mira Folan", "person", "said", "4.1 million passengers had passed through by September"),
    ]
