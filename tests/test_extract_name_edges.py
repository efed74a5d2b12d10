"""Where a capitalised run's name begins and ends (`claims.extract.name_edges`), read through the mentions a text
gives and the rows it yields."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.name_edges import areas_before, campaign_words, document_opener
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


# A campaign named by its aim in the imperative, `the` inside (wave 51w): `The Save the X group says` gave no name at
# all (the firm in focus spoke), `Stop the X: Y` was read from its colon on, the reference `the group` after it too
# (p1356, p1477); a sentence that opens on such a verb names no campaign.
@pytest.mark.parametrize("text, expected", [
    ("The Save the Tarnby Meadows group says 400 people objected.", [("Save the Tarnby Meadows", "org")]),
    ("Campaigners from Stop the Orwell Pylons said the route was wrong.", [("Stop the Orwell Pylons", "org")]),
    ("Keep the Pell Lido: Friends of Pell Park, which has 300 members, said so.",
     [("Keep the Pell Lido: Friends of Pell Park", "org")]),
    ("Stop the clocks, Jo Roe said.", [("Jo Roe", "person")]),
    ("Jo Roe said: Save the date for the Tarnby fair.", [("Jo Roe", "person")]),
])
def test_a_campaign_named_by_its_aim_is_one_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("words, expected", [
    (["Save", "the", "Tarnby", "Meadows"], ["Save", "the", "Tarnby", "Meadows"]),
    (["The", "Stop", "the", "Pylons"], ["Stop", "the", "Pylons"]),
    (["Save", "Tarnby", "Meadows"], None),            # no `the`: read as before
    (["Stop", "the", "clocks"], None),                # a lower-case word after `the`: no name
    (["Walk", "the", "Tarnby", "Meadows"], None),     # no campaign's verb
    (["Save", "the"], None),
    (["Save", "the", "Pell", "Lido:", "Friends", "of", "Pell", "Park"], ["Save", "the", "Pell", "Lido:", "Friends", "of", "Pell", "Park"]),
    (["Save", "the", "Pell", "Lido", "and"], None),
    (["Stop", "the", "new", "Pylons"], None),        # a lower-case word inside that links nothing (round 52m)
])
def test_which_words_name_a_campaign(words: list[str], expected: list[str] | None) -> None:
    assert campaign_words(words) == expected


def test_a_campaign_named_by_its_aim_speaks_and_is_the_group() -> None:
    text = ("Opponents are not convinced. The Save the Tarnby Meadows group says 400 residents objected to the plan.\n\n"
            "Halvern Homes said the scheme would bring 90 homes.\n\n"
            "Stop the Dunlow Quarry: Friends of Dunlow Hill, which has 800 members, said the site held rare orchids. "
            "The group said the quarry would close the footpath for six years.\n")
    assert rows(text) == [
        ("Save the Tarnby Meadows", "organisation", "400 residents objected to the plan"),
        ("Halvern Homes", "organisation", "the scheme would bring 90 homes"),
        ("Stop the Dunlow Quarry: Friends of Dunlow Hill", "organisation", "the site held rare orchids"),
        ("Stop the Dunlow Quarry: Friends of Dunlow Hill", "organisation",
         "the quarry would close the footpath for six years"),
    ]


def test_the_campaign_is_the_one_named_by_its_aim() -> None:
    text = ("Stop the Dunlow Quarry: Friends of Dunlow Hill, which has 800 members, said the site held rare orchids.\n\n"
            "Halvern Homes said the scheme would bring 90 homes.\n\n"
            "The campaign said it had written to the planning inspector.\n")
    assert rows(text) == [
        ("Stop the Dunlow Quarry: Friends of Dunlow Hill", "organisation", "the site held rare orchids"),
        ("Halvern Homes", "organisation", "the scheme would bring 90 homes"),
        ("Stop the Dunlow Quarry: Friends of Dunlow Hill", "organisation", "it had written to the planning inspector"),
    ]


def test_a_campaign_after_other_words_is_still_the_campaign() -> None:
    text = "Opponents are not convinced. Members of Save the Tarnby Meadows group say 400 residents objected.\n"
    assert rows(text) == [("Save the Tarnby Meadows", "organisation", "400 residents objected")]
