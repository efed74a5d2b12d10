"""Wave 41a: an account told with `described how` or `outlined how` (`He described how sailings on time had risen from
71 per cent to 93 per cent`): the subject claims what follows, and a later `he added` stays with that subject, never
with a person only named inside the claim before it."""
from tests.extract_rows import cued_rows


def test_described_how_is_a_cue_and_keeps_the_speaker() -> None:
    text = ("Mr Tarrow said a new report by regional director Sir Alun Pyke showed big gains in ferry punctuality.\n\n"
            '"That is true in Brindle," he said.\n\n'
            "He described how, over the past three years, the share of sailings leaving on time had risen from 71 per "
            "cent to 93 per cent.\n\n"
            '"In other words, we carry more people and we carry them on time," he added.')
    assert cued_rows(text) == [
        ("Mr Tarrow", "person", "said", "a new report by regional director Sir Alun Pyke showed big gains in ferry "
                                        "punctuality"),
        ("Mr Tarrow", "person", "said", "That is true in Brindle"),
        ("Mr Tarrow", "person", "described how", "over the past three years, the share of sailings leaving on time had "
                                                 "risen from 71 per cent to 93 per cent"),
        ("Mr Tarrow", "person", "added", "In other words, we carry more people and we carry them on time"),
    ]


def test_outlined_how_is_a_cue() -> None:
    text = "Jo Tarrow, chief executive of Brindle Ferries, outlined how fares would be frozen until 2027."
    assert cued_rows(text) == [("Jo Tarrow", "person", "outlined how", "fares would be frozen until 2027")]


def test_described_without_how_is_unchanged() -> None:
    text = "Jo Tarrow described the new timetable at a meeting with staff in Brindle on Monday."
    assert cued_rows(text) == []
