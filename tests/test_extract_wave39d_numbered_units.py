"""A letter's signature line that ends on a union's numbered unit after a comma (`Morwen Tacey, President, Harbour
Dockers Guild, Local 12`): the unit is the union's, so the body the signature gives the letter is the union with its
unit, never `Local 12` alone (wave 39d, `attribution/letters`). Other signature lines still give the words after their
last comma."""
import pytest

from extract_rows import cued_rows

LETTER = ("From: Harbour Dockers Guild{unit}\nTo: The Board of Tarrow Port Company\n\nDear members of the Board,\n\n"
          "Your offer would cut the number of crane shifts from 40 to 28 a week.\n\nRespectfully,\n\n"
          "Morwen Tacey, President, Harbour Dockers Guild{unit}\nPiran Hosking, Chair, Tarrow Crane Crews Committee\n")
CLAIM = "Your offer would cut the number of crane shifts from 40 to 28 a week"


@pytest.mark.parametrize(("unit", "speaker"), [
    (", Local 12", "Harbour Dockers Guild, Local 12"),
    (", Branch 4", "Harbour Dockers Guild, Branch 4"),
    ("", "Harbour Dockers Guild"),
], ids=["local", "branch", "no-unit"])
def test_a_numbered_unit_after_a_comma_stays_with_its_union(unit: str, speaker: str) -> None:
    assert cued_rows(LETTER.format(unit=unit)) == [(speaker, "organisation", "letter", CLAIM)]


def test_a_unit_after_only_a_person_is_never_joined_to_the_person() -> None:
    text = LETTER.format(unit="").replace("Morwen Tacey, President, Harbour Dockers Guild\n", "Morwen Tacey, Local 12\n")
    unheaded = text.replace("From: Harbour Dockers Guild\n", "")
    assert cued_rows(text) == [("Harbour Dockers Guild", "organisation", "letter", CLAIM)]  # the `From:` header's body
    assert cued_rows(unheaded) == [("Local 12", "organisation", "letter", CLAIM)]  # never `Morwen Tacey, Local 12`
