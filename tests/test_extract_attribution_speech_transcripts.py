"""A speech set out unquoted under its heading (wave 56f): from its greeting on, each paragraph's plain facts, figures
and bullets are the speaker's; a party it cites speaks its own sentence; asides to the audience claim nothing; a
heading with no greeting below it is no speech. Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.speech_transcripts import speech_heading, speech_opened
from claims.extract.text import split_blocks
from extract_rows import rows

ADDRESS = ("2 June 2031\n\n"
           "Harbour Forum Address by Professor Jo Marrant, Chair, Tollwick Ports Authority\n\n"
           "Good afternoon and welcome.\n\n"
           "Let me begin with last year's figures.\n\n"
           "Container traffic through Tollwick rose by 12 per cent to 410,000 boxes.\n\n"
           "\u2022 Two new berths were opened on the east quay.\n\n"
           "The Freight Council reported in May that waiting times had halved.\n\n"
           "I would like to thank our crews.\n")


def test_an_address_s_facts_and_bullets_are_the_speaker_s_and_a_cited_party_keeps_its_sentence() -> None:
    assert rows(ADDRESS) == [
        ("Jo Marrant", "person", "Container traffic through Tollwick rose by 12 per cent to 410,000 boxes"),
        ("Jo Marrant", "person", "Two new berths were opened on the east quay"),
        ("Freight Council", "organisation", "waiting times had halved")]


def test_a_heading_with_no_greeting_below_it_is_no_speech() -> None:
    text = ADDRESS.replace("Good afternoon and welcome.\n\n", "")
    assert rows(text) == [("Freight Council", "organisation", "waiting times had halved")]


@pytest.mark.parametrize(("heading", "speaker"), [
    ("Harbour Forum Address by Professor Jo Marrant, Chair, Tollwick Ports Authority", "Jo Marrant"),
    ("Keynote Speech by Minister Tavi Orlen", "Tavi Orlen"),
    ("Tollwick Ports Authority Director-General's Opening Remarks at the Harbour Forum on 2 June 2031",
     "Tollwick Ports Authority Director-General"),  # the post alone: its holder
    ("Remarks by Jo Marrant and Tavi Orlen", None),  # two speakers: no one voice
    ("Container traffic rose by 12 per cent", None),
])
def test_a_speech_heading_names_its_speaker(heading: str, speaker: str | None) -> None:
    text = f"{heading}\n\nGood morning, everyone.\n"
    found = speech_opened(text, split_blocks(text), 1)
    assert (found.name if found is not None else None) == speaker


def test_remarks_as_prepared_take_the_speaker_from_the_line_beside_them() -> None:
    text = "Harbour Forum 2031\n\nMinister Tavi Orlen\n\n--Remarks as Prepared--\n\nGood morning, everyone.\n"
    blocks = split_blocks(text)
    found = speech_heading(text, blocks, 2)
    assert (found.name if found is not None else None, speech_opened(text, blocks, 3) == found) == ("Tavi Orlen", True)
