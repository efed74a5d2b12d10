"""People named in Hong Kong's order (wave 54f): `Raymond Siu Chak-yee`, then `Siu said`: the bare surname is the
person named in full, by the word before the hyphened Chinese given name. Texts written for this test in our own words
about invented parties."""
import pytest

from claims.extract.speakers.given_names_last import surname_before_given
from extract_rows import rows


@pytest.mark.parametrize(("name", "expected"), [
    ("Raymond Siu Chak-yee", "Siu"),
    ("Lai Tung-kwok", "Lai"),
    ("Aroha Tane-Whitfield", None),  # a double-barrelled surname
    ("Jo Roe", None),
    ("Chak-yee", None),
    ("Raymond siu Chak-yee", None),  # a lower-case word is no surname (round 55m)
    ("Raymond S. Chak-yee", None),  # nor an initial
])
def test_the_surname_stands_before_the_hyphened_given_name(name: str, expected: str | None) -> None:
    assert surname_before_given(name.split()) == expected


def test_a_bare_surname_is_the_person_named_in_full() -> None:
    text = ("Ferry fares to rise\n\n"
            "Fares will rise by 4 percent from January, Secretary for Transport Ivan Lo Kin-pong said on Thursday.\n\n"
            "The council's chairwoman, Mabel Ng Siu-ling, said members had accepted the increase.\n\n"
            "Ng said the council would review the routes in the middle of next year.\n")
    assert rows(text) == [
        ("Lo Kin-pong", "person", "Fares will rise by 4 percent from January"),
        ("Mabel Ng Siu-ling", "person", "members had accepted the increase"),
        ("Mabel Ng Siu-ling", "person", "the council would review the routes in the middle of next year"),
    ]
