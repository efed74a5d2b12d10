"""A name closing on a park's kind and `Park` is a park's, never a person's (`claims.extract.park_names`, wave 61r).
Each text is written for this test in our own words about invented parties; each table is the whole (speaker,
quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.entities import find_mentions
from claims.extract.park_names import names_a_park


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("words", "park"), [
    (["Garrow", "State", "Park"], True),
    (["Lark", "Hill", "Country", "Park"], True),
    (["Tarn", "Regional", "Park"], True),
    (["State", "Park"], False),  # no name before the kind
    (["Jo", "Park"], False),  # a family name
    (["Tarn", "National", "Park"], False),  # an area the text places things in; its authority is the body
    (["Garrow", "state", "Park"], False),
])
def test_a_park_s_kind_before_park(words: list[str], park: bool) -> None:
    assert names_a_park(words) is park


@pytest.mark.parametrize(("text", "names"), [
    ("Lark Hill State Park reported the highest attendance.", [("Lark Hill State Park", "org")]),
    ("Jo Park said it.", [("Jo Park", "person")]),
])
def test_the_run_is_read_whole(text: str, names: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == names


def test_a_state_park_speaks_by_its_whole_name() -> None:
    text = ("MERTON - The Calder Department of Parks (CDP) reported record attendance over the holiday weekend. Lark "
            "Hill State Park reported the highest attendance with a total above 20,000.\n")
    assert table(text) == [
        ("Calder Department of Parks", "reported record attendance over the holiday weekend"),
        ("Lark Hill State Park", "reported the highest attendance with a total above 20,000"),
    ]
