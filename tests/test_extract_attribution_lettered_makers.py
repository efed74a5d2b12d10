"""Wave 66d: a titled document read as a body whose title opens with its maker's letters (`TSO Shop Trade Index`,
`2026 KEA Home Warmth Annual Report`) is that body's; a country's letters or a title with small words is left."""
import pytest

from claims.extract.attribution.lettered_makers import name_title_makers, title_maker
from claims.extract.attribution.records import Found
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("speaker, maker", [
    ("TSO Shop Trade Index", "TSO"),
    ("KEA Home Warmth Annual Report", "KEA"),
    ("2026 KEA Home Warmth Annual Report", "KEA"),
    ("the QRB Housing Survey", "QRB"),
    ("UK Shop Trade Index", None),  # a country's letters
    ("NHS staff survey", None),  # small words: no title
    ("TSO Shop Trade", None),  # no document noun at the end
    ("Tarn Statistics Office", None),  # no letters
    ("TSO", None),
])
def test_title_maker(speaker: str, maker: str | None) -> None:
    assert title_maker(speaker) == maker


def test_a_person_keeps_a_titled_name() -> None:
    rows = [Found("KEA Home Warmth Annual Report", "person", "said", (0, 5)),
            Found("KEA Home Warmth Annual Report", "organisation", "shows", (6, 9)),
            Found("KEA Home Warmth Annual Report", "document", "finds", (10, 14))]
    assert name_title_makers(rows) == [Found("KEA Home Warmth Annual Report", "person", "said", (0, 5)),
                                       Found("KEA", "organisation", "shows", (6, 9)),
                                       Found("KEA", "organisation", "finds", (10, 14))]  # a document's maker a body


def test_a_lettered_title_speaks_for_its_maker() -> None:
    text = "2026 KEA Home Warmth Annual Report shows a 34% rise in insulated homes across the county of Dunlow."
    assert cued_rows(text) == [
        ("KEA", "organisation", "shows",
         "a 34% rise in insulated homes across the county of Dunlow"),
    ]


@pytest.mark.parametrize(("title", "letters"), [
    ("T&S Shop Trade Index", "T&S"),  # letters joined by `&`
    ("KE Home Warmth Report", "KE"),  # two letters
    ("TARNHAB Shop Trade Index", "TARNHAB"),  # seven letters
    ("KEA Home-Warmth Report", "KEA"),  # a hyphened word in the title
    ("KEA Tarn Valley Home Warmth Annual Report", "KEA"),  # six words after the letters
])
def test_the_letters_and_title_words_a_title_may_hold(title: str, letters: str) -> None:
    assert title_maker(title) == letters
