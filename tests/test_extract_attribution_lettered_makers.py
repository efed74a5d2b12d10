"""Wave 66d: a titled document read as a body whose title opens with its maker's letters (`TSO Retail Sales Index`,
`2026 KEA Retrofit Full Year Report`) is that body's; a country's letters or a title with small words is left."""
import pytest

from claims.extract.attribution.lettered_makers import name_title_makers, title_maker
from claims.extract.attribution.records import Found
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("speaker, maker", [
    ("TSO Retail Sales Index", "TSO"),
    ("KEA Retrofit Full Year Report", "KEA"),
    ("2026 KEA Retrofit Full Year Report", "KEA"),
    ("the QRB Housing Survey", "QRB"),
    ("UK Retail Sales Index", None),  # a country's letters
    ("NHS staff survey", None),  # small words: no title
    ("TSO Retail Sales", None),  # no document noun at the end
    ("Tarn Statistics Office", None),  # no letters
    ("TSO", None),
])
def test_title_maker(speaker: str, maker: str | None) -> None:
    assert title_maker(speaker) == maker


def test_a_person_keeps_a_titled_name() -> None:
    rows = [Found("KEA Retrofit Full Year Report", "person", "said", (0, 5)),
            Found("KEA Retrofit Full Year Report", "organisation", "shows", (6, 9))]
    assert name_title_makers(rows) == [Found("KEA Retrofit Full Year Report", "person", "said", (0, 5)),
                                       Found("KEA", "organisation", "shows", (6, 9))]


def test_a_lettered_title_speaks_for_its_maker() -> None:
    text = "2026 KEA Retrofit Full Year Report shows a 34% increase in home energy upgrades in the county of Dunlow."
    assert cued_rows(text) == [
        ("KEA", "organisation", "shows",
         "a 34% increase in home energy upgrades in the county of Dunlow"),
    ]
