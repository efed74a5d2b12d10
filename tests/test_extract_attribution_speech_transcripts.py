"""A speech set out unquoted under its heading (wave 56f): from its greeting on, each paragraph's plain facts, figures
and bullets are the speaker's; a party it cites speaks its own sentence; asides to the audience claim nothing; a
heading with no greeting below it is no speech. Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.speech_transcripts import MAX_LINE_CHARS, speech_heading, speech_opened
from claims.extract.entities import Mention
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


# Round 57m (mutation testing): whole mentions, the heading's bounds, the line beside `Remarks as Prepared` and an
# introduction that makes the remarks public.
OWNED = "Tollwick Ports Authority Director-General's Opening Remarks at the Harbour Forum on 2 June 2031"
POST = "Tollwick Ports Authority Director-General"


def opened(text: str) -> Mention | None:
    """Return the speaker of the speech whose greeting is the text's last paragraph."""
    blocks = split_blocks(text)
    return speech_opened(text, blocks, len(blocks) - 1)


def test_a_post_alone_is_its_holder_as_a_whole_mention() -> None:
    text = f"{OWNED}\n\nGood morning, everyone.\n"
    assert opened(text) == Mention(0, len(POST), POST, "person")


@pytest.mark.parametrize("intro", [
    "Today, the Authority made public the following ",
    "(2 June 2031) - - Today, the Tollwick Ports Authority (TPA) made public the following ",
], ids=["short-introduction", "long-introduction"])
def test_an_introduction_making_the_remarks_public_leaves_their_owner(intro: str) -> None:
    text = f"{intro}{OWNED}\n\nGood morning, everyone.\n"
    assert opened(text) == Mention(len(intro), len(intro) + len(POST), POST, "person")


def test_an_owner_s_heading_must_open_its_line() -> None:
    assert opened(f'"{OWNED}\n\nGood morning, everyone.\n') is None


def test_a_heading_far_into_the_text_and_one_of_300_characters_are_read() -> None:
    preamble = "Harbour Forum 2031. " * 17
    heading = (OWNED + " " + "x" * 300)[:MAX_LINE_CHARS]
    far = f"{preamble}\n\n{OWNED}\n\nGood morning, everyone.\n"
    long = f"{heading}\n\nGood morning, everyone.\n"
    at = len(preamble) + 2
    assert (opened(far), opened(long)) == (Mention(at, at + len(POST), POST, "person"),
                                           Mention(0, len(POST), POST, "person"))


def test_a_heading_naming_only_a_body_names_no_speaker() -> None:
    assert opened("Keynote Speech by Tollwick Ports Authority\n\nGood morning, everyone.\n") is None


ORLEN = "Minister Tavi Orlen"


@pytest.mark.parametrize(("text", "index", "at"), [
    (f"{ORLEN}\n\n--Remarks as Prepared--\n\nGood morning, everyone.\n", 1, 0),  # the line above, the text's first
    (f"Harbour Forum 2031\n\n--Remarks as Prepared--\n\n{ORLEN}\n\nGood morning, everyone.\n", 1, 45),  # below
    (f"{ORLEN}\n\n2 June 2031\n\n--Remarks as Prepared--\n\nGood morning, everyone.\n", 2, 0),  # two lines above
    (f"{ORLEN}\n\n--Remarks as Prepared--\n", 1, 0),  # the text's last line
    ("Harbour Forum 2031. " * 6 + f"\n\n{ORLEN}\n\n--Remarks as Prepared--\n\nGood morning, everyone.\n", 2, 122),
    (f"{ORLEN} will speak for about twenty minutes on the future of the ports and the new quays\n\n"  # 100 characters
     "--Remarks as Prepared--\n\nGood morning, everyone.\n", 1, 0),
], ids=["above-first", "below", "two-above", "last-line", "far-into-text", "line-of-100"])
def test_remarks_as_prepared_take_the_person_on_a_short_line_near_them(text: str, index: int, at: int) -> None:
    assert speech_heading(text, split_blocks(text), index) == Mention(at, at + len(ORLEN), "Tavi Orlen", "person",
                                                                      title="minister")


@pytest.mark.parametrize("text", [
    "Tollwick Ports Authority\n\n--Remarks as Prepared--\n\nGood morning, everyone.\n",  # a body, no person
    f"{ORLEN} will speak for about twenty minutes on the future of the ports, the quays and the harbour "
    "master's new office\n\n--Remarks as Prepared--\n\nGood morning, everyone.\n",  # a line of over 100 characters
    "Harbour Forum 2031\n\n--Remarks as Prepared--\n",  # the text's last line, no person above it
], ids=["body", "long-line", "last-line-no-person"])
def test_remarks_as_prepared_beside_no_short_line_of_one_person_name_no_one(text: str) -> None:
    assert speech_heading(text, split_blocks(text), 1) is None


def test_a_speech_s_plain_bullet_is_the_speaker_s() -> None:
    text = ("Harbour Forum Address by Professor Jo Marrant, Chair, Tollwick Ports Authority\n\n"
            "Good afternoon and welcome.\n\n\u2022 The east quay was rebuilt last spring.\n")
    assert rows(text) == [("Jo Marrant", "person", "The east quay was rebuilt last spring")]


@pytest.mark.parametrize(("between", "expected"), [
    (6, "Tavi Orlen"),  # the heading seven lines above the greeting: the farthest read
    (7, None),  # eight lines above: too far
    (1, "Tavi Orlen"),  # two lines above
], ids=["seven-lines-above", "eight-lines-above", "two-lines-above"])
def test_a_speech_heading_stands_within_seven_lines_above_its_greeting(between: int, expected: str | None) -> None:
    lines = "".join(f"Line {n}\n\n" for n in range(between))
    found = opened(f"Keynote Speech by {ORLEN}\n\n{lines}Good morning, everyone.\n")
    assert (found.name if found is not None else None) == expected


def test_a_greeting_opening_the_text_has_no_heading_above_it() -> None:
    text = f"Good morning, everyone.\n\nContainer traffic rose by 12 per cent.\n\nKeynote Speech by {ORLEN}\n"
    assert speech_opened(text, split_blocks(text), 0) is None


def test_a_speech_s_lead_in_hands_its_bullets_to_the_speaker() -> None:
    text = ("Harbour Forum Address by Professor Jo Marrant, Chair, Tollwick Ports Authority\n\n"
            "Good afternoon and welcome.\n\n"
            "In the past year, to keep the harbour safe, the Tollwick Ports Authority has:\n\n"
            "\u2022 Opened two new berths on the east quay.\n\n\u2022 Trained 40 new pilots.\n")
    assert rows(text) == [("Jo Marrant", "person", "Opened two new berths on the east quay"),
                          ("Jo Marrant", "person", "Trained 40 new pilots")]


def test_a_post_after_a_body_s_letters_keeps_them_as_written() -> None:
    text = "Today, WHO made public the following WHO Director-General's opening remarks at the media briefing\n\n" \
           "Good afternoon everyone.\n"
    at = text.index("WHO Director-General")
    assert opened(text) == Mention(at, at + 20, "WHO Director-General", "person")
