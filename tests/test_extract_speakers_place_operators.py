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


# Round 54m (mutation): where the subject clause and the next paragraph are read, asserted on the whole value.
from claims.extract.speakers import Context  # noqa: E402
from claims.extract.speakers.context import Who  # noqa: E402
from claims.extract.speakers.place_operators import place_operator  # noqa: E402

_AIRPORT = ("Dunmore Airport will handle about 6.2 million passengers this year, the airport's operator has confirmed."
            "\n\nDunmore Airport Company, the company that runs the airport, said 4.8 million passengers had passed "
            "through its terminal by September.")


@pytest.mark.parametrize(("text", "speakers"), [
    # a headline's paragraph before: the paragraph after the subject's is read, not the text's second
    ("Airport numbers climb\n\n" + _AIRPORT + "\n",
     ["Dunmore Airport Company", "Dunmore Airport Company"]),
    # a paragraph after the operator's: the next one is read, not the last
    (_AIRPORT + "\n\nDale Council said it would review bus links in March.\n",
     ["Dunmore Airport Company", "Dunmore Airport Company", "Dale Council"]),
    # no line break closing the text
    (_AIRPORT, ["Dunmore Airport Company", "Dunmore Airport Company"]),
    # a comma in the sentence before the subject's
    ("Trade fell in 2024, the year the bypass opened. The owners of Harlow Shopping Centre have confirmed a £4 "
     "million refurbishment.\n\nTarrant Property Holdings, which bought the centre in 2020, said work would begin "
     "in March.\n", ["Tarrant Property Holdings", "Tarrant Property Holdings"]),
])
def test_the_operator_is_the_subject_of_the_paragraph_right_after(text: str, speakers: list[str]) -> None:
    assert extract_text(text)["speaker"].tolist() == speakers


def test_the_subject_clause_is_the_last_after_a_comma() -> None:
    text = "Last year, in May, the airport's operator" + _AIRPORT[_AIRPORT.index(" has confirmed"):]
    end = text.index(" has confirmed")
    assert place_operator(text, 0, end, Context(text=text)) == Who("Dunmore Airport Company", "organisation", 19)


@pytest.mark.parametrize(("subject", "paragraph"), [
    ("the airport's operator", "The company that runs it, Dunmore Airport Company, said the airport had 4.8 "
                               "million passengers."),
    ("The owners of Harlow Shopping Centre", "Harlow Shopping Centre, which opened in 1998, said the centre had 40 "
                                             "shops."),
])
def test_a_next_paragraph_opening_on_no_other_body_names_no_operator(subject: str, paragraph: str) -> None:
    text = f"Work will begin in May, {subject} has confirmed.\n\n{paragraph}\n"
    assert place_operator(text, text.index(subject), text.index(" has confirmed"), Context(text=text)) is None
