"""Wave 47v: a briefing note (`Jo Roe for the X Office (XO) said ...`, as UN information services summarise a press
briefing in the third person) carries the spokesperson's voice on with no cue: the sentences after her turn in its
paragraph and the plain paragraphs after it are what she said, until another turn, a heading, a question, the
writer's own words or another person named in full. Outside a briefing note a person's past `said` carries nothing."""
from tests.extract_rows import cued_rows

TURN = ("Petra Lindqvist-Amado for the United Nations Relief Office (UNRO) said the number of people displaced by the "
        "floods in Varenia had passed 90,000, double the level of last week.")

CARRIED = f"""REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE

{TURN} The latest figures showed 12,400 homes under water. Shelters in the capital were full and families were sleeping in schools.

The rising numbers made the agency's revised appeal, which sought $41 million, all the more urgent. Stocks of tents would run out within ten days.

Tomas Okafor-Brandt for the World Water Alliance (WWA) said that 14 treatment plants had stopped working.
"""

STOPPED = f"""REGULAR PRESS BRIEFING BY THE INFORMATION SERVICE

{TURN}

Will the appeal be met in time?

Announcements

The Council on Trade would meet on Thursday morning.

Tomas Okafor-Brandt for the World Water Alliance (WWA) said that 14 treatment plants had stopped working.

It is not clear how many of the displaced have returned home.

Anouk Benedetti for the Food Aid Programme (FAP) said that 3,000 tonnes of grain had reached the port.

Mayor Ilse Varga-Nunez has asked the government for more army lorries.
"""

NOT_A_BRIEFING = """Petra Lindqvist, a spokeswoman for the Varenia Relief Office, said the number of people displaced had
passed 90,000.

Stocks of tents would run out within ten days.
"""

SPEAKER = ("Petra Lindqvist-Amado", "person", "said")
FIRST = "the number of people displaced by the floods in Varenia had passed 90,000, double the level of last week"


def test_a_spokesperson_s_voice_goes_on_after_her_turn() -> None:
    assert cued_rows(CARRIED) == [
        (*SPEAKER, FIRST),
        ("Petra Lindqvist-Amado", "person", "showed", "12,400 homes under water"),
        ("Petra Lindqvist-Amado", "person", "showed",
         "Shelters in the capital were full and families were sleeping in schools"),
        ("Petra Lindqvist-Amado", "person", "showed",
         "The rising numbers made the agency's revised appeal, which sought $41 million, all the more urgent"),
        ("Petra Lindqvist-Amado", "person", "showed", "Stocks of tents would run out within ten days"),
        ("Tomas Okafor-Brandt", "person", "said that", "14 treatment plants had stopped working"),
    ]


def test_a_question_a_heading_the_writer_or_another_person_stops_it() -> None:
    assert cued_rows(STOPPED) == [
        (*SPEAKER, FIRST),
        ("Tomas Okafor-Brandt", "person", "said that", "14 treatment plants had stopped working"),
        ("Anouk Benedetti", "person", "said that", "3,000 tonnes of grain had reached the port"),
    ]


def test_outside_a_briefing_note_a_past_said_carries_nothing() -> None:
    assert cued_rows(NOT_A_BRIEFING) == [
        ("Petra Lindqvist", "person", "said", "the number of people displaced had\npassed 90,000"),
    ]
