"""Wave 42d: `according to` an owner's record that goes on with what the record is of or drew on (`according to the
authority's analysis of federal Fair Market Rents`, `according to GSTA's analysis of provisional data from the Bureau
of Trade Statistics`): the owner speaks, never the name inside the record's object."""
from tests.extract_rows import cued_rows


def test_short_reference_owner_then_object() -> None:
    text = ("The Brellick County Housing Authority opened its waiting list on Monday. Rents have risen by a third since "
            "2021, according to the authority's analysis of federal Fair Market Rents.")
    assert cued_rows(text)[-1] == (
        "Brellick County Housing Authority", "organisation", "according to", "Rents have risen by a third since 2021")


def test_acronym_owner_then_source_of_its_data() -> None:
    text = ("The Glenmore Spice Traders Association (GSTA) met in Kochi. Exports rose by 9 per cent, according to GSTA's "
            "analysis of provisional data from the Bureau of Trade Statistics.")
    assert cued_rows(text)[-1] == (
        "Glenmore Spice Traders Association", "organisation", "according to", "Exports rose by 9 per cent")


def test_record_without_object_is_unchanged() -> None:
    text = ("The Brellick County Housing Authority opened its waiting list on Monday. Rents have risen by a third since "
            "2021, according to the authority's annual report.")
    assert cued_rows(text)[-1] == (
        "Brellick County Housing Authority", "organisation", "according to", "Rents have risen by a third since 2021")


def test_record_by_its_maker_is_unchanged() -> None:
    text = "Exports rose by 9 per cent, according to an analysis by the Bureau of Trade Statistics."
    assert cued_rows(text) == [
        ("Bureau of Trade Statistics", "organisation", "according to", "Exports rose by 9 per cent"),
    ]
