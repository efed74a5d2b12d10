"""A leader called by what she leads and a word for whoever leads it, with no name (wave 53f): `The County boss said`
after the governor spoke, `The Rovers boss confirmed` after the manager, `The Kelby chief said` after the chairman:
the person who spoke just before (`speakers/boss_references`); never a person named `The County boss`, and nobody
when no person spoke in that paragraph or the one before. The pages are invented for these tests."""
import pytest

from claims import extract_text
from claims.extract.speakers.boss_references import boss_reference


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("raw", "reference"), [
    (["The", "County", "boss"], True),
    (["the", "Harbour", "Rovers", "boss"], True),
    (["The", "Kelby", "chief"], True),
    # must not read: a name, a post in capitals, no led words, a lower-case word, a post not a leader's
    (["The", "County", "Boss"], False),
    (["The", "boss"], False),
    (["The", "county", "boss"], False),
    (["The", "County", "treasurer"], False),
    (["The", "CEO", "chief"], False),
])
def test_a_leader_without_a_name(raw: list[str], reference: bool) -> None:
    assert boss_reference(raw) is reference


def test_the_county_boss_is_the_governor_who_spoke_before() -> None:
    text = ("Governor Joseph Mwendwa said 40 water kiosks were now open.\n\n"
            "The County boss said the county had spent Sh62 million on them.\n")
    assert table(text) == [
        ("Joseph Mwendwa", "person", "40 water kiosks were now open"),
        ("Joseph Mwendwa", "person", "the county had spent Sh62 million on them"),
    ]


def test_a_leader_long_after_anyone_spoke_keeps_the_older_reading() -> None:
    text = ("Governor Joseph Mwendwa said 40 water kiosks were now open.\n\n"
            "The kiosks sell water at Sh5 a jerrican.\n\n"
            "Most are in the three driest sub-counties.\n\n"
            "The County boss said the county had spent Sh62 million on them.\n")
    assert table(text)[-1] == ("The County boss", "person", "the county had spent Sh62 million on them")
