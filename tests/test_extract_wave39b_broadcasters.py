"""Wave 39b: a complained-of broadcaster in a ruling is called `the station` or `the broadcaster`
(`speakers/body_traits.common_names`, `data/broadcast_heads.txt`): a name whose last word, a frequency and a legal form
left off, is a broadcaster's head (`Radio`, `FM`, `TV`, `Talk`), or that opens on `Radio` before one word, is what those
references mean, so the station's answers to the complaint are its claims. A newspaper, a regulator with `Radio` in
its name and a heading joining two parties are never it."""
import pytest

from claims.extract.speakers.body_traits import broadcaster_named, common_names
from tests.extract_rows import cued_rows


def test_the_station_is_the_radio_named_before() -> None:
    """`the station argued` after `Harlow Radio said`: the station's claim."""
    text = ("Harlow Radio said it would study the ruling.\n\n"
            "In its reply to the regulator, the station argued that the phone-in was a listeners' forum.\n")
    assert cued_rows(text) == [
        ("Harlow Radio", "organisation", "said", "it would study the ruling"),
        ("Harlow Radio", "organisation", "argued that", "the phone-in was a listeners' forum"),
    ]


def test_the_broadcaster_is_the_station_with_a_legal_form() -> None:
    """`The broadcaster accepted that` after `Brennel Radio Ltd` spoke: the broadcaster's claim."""
    text = ("Brennel Radio Ltd said the host had apologised on air.\n\n"
            "The broadcaster accepted that its reply to the complainant had been late.\n")
    assert cued_rows(text) == [
        ("Brennel Radio Ltd", "organisation", "said", "the host had apologised on air"),
        ("Brennel Radio Ltd", "organisation", "accepted that",
         "accepted that its reply to the complainant had been late"),
    ]


def test_a_newspaper_is_no_station() -> None:
    """`the station` after only a newspaper spoke stays the text's words, unresolved."""
    text = ("The Harlow Echo said it would study the ruling.\n\n"
            "In its reply to the regulator, the station argued that the phone-in was a listeners' forum.\n")
    assert cued_rows(text) == [
        ("Harlow Echo", "organisation", "said", "it would study the ruling"),
        ("the station", "unresolved", "argued that", "the phone-in was a listeners' forum"),
    ]


@pytest.mark.parametrize(("name", "expected"), [
    ("Harlow Radio", ["station", "broadcaster"]),
    ("Brennel Talk 98", ["station", "broadcaster"]),
    ("Brennel Talk 96FM", ["station", "broadcaster"]),
    ("Brennel Radio Ltd", ["station", "broadcaster"]),
    ("Radio Harlow", ["station", "broadcaster"]),
    ("Coast TV", ["station", "broadcaster"]),
    ("Harlow Echo", ["paper", "newspaper"]),
    ("Radio Licensing Authority", []),
    ("Pell and Brennel Radio Ltd", []),
    ("Radio", []),
    ("98FM", []),
])
def test_common_names_of_a_broadcaster(name: str, expected: list[str]) -> None:
    """What `common_names` gives a broadcaster's name, and what it never does."""
    assert common_names(name) == expected


def test_broadcaster_named_reads_lower_case_words() -> None:
    """The test reads the name's lower-case words, a frequency left off."""
    assert (broadcaster_named(["harlow", "talk", "104.2"]), broadcaster_named(["harlow", "talks"])) == (True, False)
