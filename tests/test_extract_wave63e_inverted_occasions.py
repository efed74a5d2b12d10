"""Wave 63e: what a speaker was doing when speaking, after the name of an inverted cue (`..., said Health Minister Jo
Roe while addressing the council on Monday.`, `..., said the force in explaining what happened.`), is no part of the
name: the claim before the cue is the speaker's."""
from tests.extract_rows import cued_rows


def test_while_addressing_after_the_name() -> None:
    text = ("Tollan has overtaken Marsh in flu jabs given since October, said Health Minister Ines Brathwaite while "
            "addressing the regional health council by video link on Monday.")
    assert cued_rows(text) == [
        ("Ines Brathwaite", "person", ", said", "Tollan has overtaken Marsh in flu jabs given since October"),
    ]


def test_in_clarifying_after_a_body() -> None:
    text = ("The Quayside Police Force said it was looking into false posts. No guns were found in the flat, said the "
            "Quayside Police Force in explaining what happened.")
    assert cued_rows(text) == [
        ("Quayside Police Force", "organisation", "said", "it was looking into false posts"),
        ("Quayside Police Force", "organisation", ", said", "No guns were found in the flat"),
    ]


def test_a_place_after_in_stays_the_speakers_words() -> None:
    text = "Waiting times fell by a third in the year, said Dr Ann Keel in Reading."
    assert cued_rows(text) == [
        ("Ann Keel", "person", ", said", "Waiting times fell by a third in the year"),
    ]
