"""What a party points to, reckons or concedes, told with a noun phrase (wave 56d,
`data/object_reports.txt`): the noun phrase is no statement without its verb, as `found` and `reported` keep theirs.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Health Minister Orla Fennick has today highlighted increases in the nursing workforce across the region.\n",
     [("Orla Fennick", "person", "has today highlighted increases in the nursing workforce across the region")]),
    ("Harbury Police have estimated the value of the cannabis plants to be more than £40,000.\n",
     [("Harbury Police", "organisation", "have estimated the value of the cannabis plants to be more than £40,000")]),
    ("Councillor Brannagh Loy cited progress in clearing the backlog of planning appeals.\n",
     [("Brannagh Loy", "person", "cited progress in clearing the backlog of planning appeals")]),
    ("The Carrow Water Board acknowledged Tessel Utilities' cooperation with its inquiry.\n",
     [("Carrow Water Board", "organisation", "acknowledged Tessel Utilities' cooperation with its inquiry")]),
    ("The Carrow Water Board highlighted a drop to 71% in complaints answered within ten days.\n",
     [("Carrow Water Board", "organisation", "highlighted a drop to 71% in complaints answered within ten days")]),
])
def test_a_thing_pointed_to_reckoned_or_conceded_keeps_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# With `that`, or with a clause of its own, the verb goes as before: the clause is the claim.
@pytest.mark.parametrize(("text", "expected"), [
    ("Marlbury Council estimates that recycling fell to 41% last year.\n",
     [("Marlbury Council", "organisation", "recycling fell to 41% last year")]),
    ("Councillor Brannagh Loy acknowledged the service had missed 300 collections in May.\n",
     [("Brannagh Loy", "person", "the service had missed 300 collections in May")]),
    ("Harbury Police estimated it would take six weeks to clear the site.\n",
     [("Harbury Police", "organisation", "it would take six weeks to clear the site")]),
])
def test_a_clause_estimated_or_acknowledged_drops_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
