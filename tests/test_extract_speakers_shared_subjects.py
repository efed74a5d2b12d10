"""Wave 53d: a cue after `, but` whose subject is a name set off by an apposition (`Jo Roe, officer at the X Council,
welcomed the figures, but said`) is the name's, never the body inside the apposition."""
from claims.extract.speakers.shared_subjects import set_off_subject_end
from tests.extract_rows import rows


def test_a_set_off_subject_ends_before_the_first_verb_before_but() -> None:
    text = "Jo Roe, officer at the Riders' Council, welcomed the figures, but "
    assert set_off_subject_end(text, 0, len(text)) == text.index(", welcomed")


def test_a_cue_after_but_is_the_person_set_off_by_a_post() -> None:
    text = ("Owen Gallagher, Head of Passenger Policy at the Transport Users' Council, welcomed the rise in "
            "satisfaction, but said the fall in journeys showed fares were still too high.\n")
    assert rows(text) == [("Owen Gallagher", "person", "the fall in journeys showed fares were still too high")]


def test_a_cue_after_but_is_the_person_set_off_by_a_relative_clause() -> None:
    text = ("Sister Brigid Kearney, who chairs the Dunlow Food Partnership's board, thanked the volunteers, but said "
            "demand had outstripped donations since Christmas.\n")
    assert rows(text) == [("Brigid Kearney", "person", "demand had outstripped donations since Christmas")]
