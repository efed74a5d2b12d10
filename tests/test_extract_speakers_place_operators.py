"""speakers/place_operators: the party that runs or owns a named place speaks for it, never the place, when the next
paragraph names it as its subject and writes the place again (wave 53b; seen in p1193, p1446)."""
from __future__ import annotations

import pytest

from claims.extract.table import extract_text

COLUMNS = ["speaker", "speaker_kind", "cue"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dunmore Airport will handle about 6.2 million passengers this year, the airport's operator has confirmed.\n\n"
     "Dunmore Airport Company, the company that runs the airport, said 4.8 million passengers had passed through "
     "its terminal by September.\n",
     [["Dunmore Airport Company", "organisation", "confirmed"],
      ["Dunmore Airport Company", "organisation", "said"]]),
    ("The owners of Harlow Shopping Centre have confirmed a £4 million refurbishment.\n\n"
     "Tarrant Property Holdings, which bought the centre in 2020, said work would begin in March.\n",
     [["Tarrant Property Holdings", "organisation", "confirmed"],
      ["Tarrant Property Holdings", "organisation", "said"]]),
])
def test_the_operator_named_next_speaks(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


def test_a_next_paragraph_not_about_the_place_names_no_operator() -> None:
    text = ("Dunmore Airport will handle about 6.2 million passengers this year, the airport's operator has confirmed.\n\n"
            "Dale Council said it would review bus links in March.\n")
    assert extract_text(text)[COLUMNS].values.tolist()[0][0] != "Dale Council"
