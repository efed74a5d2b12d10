"""Where a capitalised run's name begins and ends (`claims.extract.name_edges`), read through the mentions a text
gives and the rows it yields."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.name_edges import areas_before, document_opener
from extract_rows import rows


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_mentions(text, 0, len(text))]


# A body's name that lists its areas before its head (wave 31c): `the Foreign, Commonwealth and Development Office`
# was read from its first comma on (`Commonwealth and Development Office` spoke, p1187; the same names in p953, p1190).
@pytest.mark.parametrize("text, expected", [
    ("The Eastern, Coastal and Border Office (ECBO) says 1,200 people registered.",
     [("Eastern, Coastal and Border Office", "org"), ("ECBO", "org")]),
    ("Jo Roe, a member of the Culture, Heritage and Sport Committee, said so.",
     [("Jo Roe", "person"), ("Culture, Heritage and Sport Committee", "org")]),
    # a body named before a comma is no area of the next one's name
    ("Acme Water, Brook and Dale Trust said so.", [("Acme Water", "org"), ("Brook and Dale Trust", "org")]),
    ("In the north, Brook and Dale Trust said so.", [("Brook and Dale Trust", "org")]),
])
def test_a_bodys_areas_before_its_head_are_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text, start, name, expected", [
    ("the Eastern, Coastal and Border Office", 13, "Coastal and Border Office", 4),
    ("the Eastern, Coastal and Border Office", 13, "Coastal Border Office", 13),   # no list of areas
    ("the Eastern, Coastal and Border Group Jo", 13, "Coastal and Border Group Jo", 13),   # no body's head
])
def test_where_areas_before_a_head_begin(text: str, start: int, name: str, expected: int) -> None:
    assert areas_before(text, start, name) == expected


def test_a_body_named_by_its_areas_speaks_whole() -> None:
    text = "The Eastern, Coastal and Border Office (ECBO) says around 1,200 people have registered.\n"
    assert rows(text) == [("Eastern, Coastal and Border Office", "organisation", "around 1,200 people have registered")]


# A word that describes a document opening the sentence before its body's name (wave 31c): `Separate NHS England
# figures show`, `Official DWP figures show` gave `Separate NHS England`, `Official DWP` (p1085, p1109, p1185: three
# authors); a name that opens on such a word before no document keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Separate Harbour Police figures show that thefts rose.", [("Harbour Police", "org")]),
    ("Official ONS data show that jobs fell.", [("ONS", "org")]),
    ("Latest Marlow Water statistics show 40 leaks.", [("Marlow Water", "org")]),
    ("Separate Harbour Police said thefts rose.", [("Separate Harbour Police", "org")]),
    ("New Harbour Police figures show that thefts rose.", [("New Harbour Police", "org")]),
])
def test_a_documents_describing_word_opens_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("name, after, expected", [
    ("Separate Harbour Police", " figures show", 9),
    ("Official ONS", " data show", 9),
    ("Separate Harbour Police", " said", 0),
    ("Separate", " figures show", 0),
    ("Harbour Police", " figures show", 0),
])
def test_how_much_a_documents_word_takes(name: str, after: str, expected: int) -> None:
    assert document_opener(name, after) == expected


def test_a_body_whose_figures_a_describing_word_opens_speaks() -> None:
    text = "3. Separate Harbour Police figures show that 1,200 thefts were reported in March.\n"
    assert rows(text) == [("Harbour Police", "organisation", "1,200 thefts were reported in March")]
