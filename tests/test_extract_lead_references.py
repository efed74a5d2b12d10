"""References in a news lead (wave 47d): one whose article is a place's possessive (`speakers.references`:
`Scotland's public ferry operator` is `the` ferry operator of the text, `public` saying what kind it is, never
which), and a body's people before anyone has spoken (`speakers.people`: `Council bosses have said`, the council the
text names below). Each text is written for this test in our own words about invented parties; each table is the
whole (speaker, quote) list."""
import pytest

from claims import extract_text
from claims.extract.speakers.references import place_possessive


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("word", "place"), [
    ("scotland's", True), ("wales'", True), ("ireland\u2019s", True), ("acme's", False), ("scotland", False),
])
def test_a_place_s_possessive_is_read(word: str, place: bool) -> None:
    assert place_possessive(word) is place


@pytest.mark.parametrize("subject", [
    "Scotland's public ferry operator",
    "Ireland\u2019s ferry operator",
    "The publicly-owned ferry operator",
])
def test_a_described_operator_is_the_company_the_headline_names(subject: str) -> None:
    text = (f"Lisk Ferries reports a record summer\n\n{subject} has reported that it carried 2.4 million passengers "
            "between June and August.\n")
    assert table(text) == [("Lisk Ferries", "it carried 2.4 million passengers between June and August")]


def test_an_operator_of_another_trade_stays_unresolved() -> None:
    text = ("Lisk Ferries reports a record summer\n\nScotland's public bus operator has reported that it carried "
            "2.4 million passengers between June and August.\n")
    assert table(text) == [("operator", "it carried 2.4 million passengers between June and August")]


def test_a_lead_s_council_bosses_are_the_council_named_below() -> None:
    text = ("Council bosses have said that bin collections will move to fortnightly in May.\n\n"
            "Glenmoor Borough Council approved the change on Tuesday.\n")
    assert table(text) == [("Glenmoor Borough Council", "bin collections will move to fortnightly in May")]


def test_a_lead_s_hospital_chiefs_are_the_hospital_named_below() -> None:
    text = ("Hospital chiefs have warned that 300 operations were cancelled in March.\n\n"
            "Kilbrack General Hospital declared a critical incident on Monday.\n")
    assert table(text) == [("Kilbrack General Hospital", "300 operations were cancelled in March"),
                           ("Kilbrack General Hospital", "a critical incident on Monday")]


def test_people_of_a_body_after_someone_spoke_stay_unresolved() -> None:
    text = ("Jo Roe said rents in Glenmoor were the highest in a decade.\n\n"
            "Council bosses have said that bin collections will move to fortnightly in May.\n\n"
            "Glenmoor Borough Council approved the change on Tuesday.\n")
    assert table(text) == [
        ("Jo Roe", "rents in Glenmoor were the highest in a decade"),
        ("Council bosses", "bin collections will move to fortnightly in May"),
    ]
