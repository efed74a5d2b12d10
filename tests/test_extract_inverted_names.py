"""A short name with its remit before its head (`claims.extract.speakers.inverted_names`, wave 61r): `Health Department`
after `Calder State Department of Health` is that body, never a second one. Each text is written for this test in our
own words about invented parties; each table is the whole (speaker, quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.speakers.inverted_names import inverted_body


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("name", "bodies", "found"), [
    ("Health Department", ["Calder State Department of Health"], "Calder State Department of Health"),
    ("Justice Ministry", ["Ministry of Justice"], "Ministry of Justice"),
    ("Health Department", ["Department of Health and Aged Care"], "Department of Health and Aged Care"),
    ("Transport Bureau", ["Bureau of the Transport"], "Bureau of the Transport"),
    ("Transport Bureau", ["Bureau of Transport Statistics"], None),  # a remit of more words: another bureau
    ("Health Department", ["Department of Health Services"], None),  # another remit: "Health Services"
    ("Health Department", ["Department of Health", "Ministry of Health"], "Department of Health"),
    ("Health Department", ["Calder Department of Health", "Merrow Department of Health"], None),  # either
    ("Health Council", ["Council of Health"], None),  # a council names itself by its head
    ("Health Department", [], None),
    ("health Department", ["Department of Health"], None),
])
def test_a_short_name_inverts_the_one_full_name(name: str, bodies: list[str], found: str | None) -> None:
    assert inverted_body(name, bodies) == found


def test_a_short_name_speaks_as_the_body_named_in_full() -> None:
    text = ("MERTON - Calder State Department of Health officials announced Monday that they will stop publishing "
            "data by town.\n\n"
            "With the emergency order ending Sunday, the Health Department can only report cases by county.\n\n"
            "Health Department officials said hospital admissions have fallen by about 40% since March.\n")
    assert table(text) == [
        ("Calder State Department of Health", "they will stop publishing data by town"),
        ("Calder State Department of Health", "hospital admissions have fallen by about 40% since March"),
    ]


def test_a_short_name_with_no_full_name_is_its_own_body() -> None:
    text = "Health Department officials said hospital admissions have fallen by about 40% since March.\n"
    assert table(text) == [("Health Department", "hospital admissions have fallen by about 40% since March")]
