"""Wave 43c: a party giving the cause of something (`X attributed the rise to A`, `X blamed the delay on B`,
`X credited the growth to C`) claims that the thing was caused so, and a claim of a cause alone (`lower fuel
prices`) says nothing a checker can test: the verb and the thing caused stay in the row, as `X blamed a wet
August` already kept its verb. The party may be set off by commas (`Jo Roe, the college's registrar, attributed`,
`Speaking at the meeting, campus director, Jo Roe attributed`). A passive (`was attributed to`) names no party, and
the writer's own `because` is nobody's claim."""
from tests.extract_rows import cued_rows

_FIGURE = "Cargo through Port Elvan rose by 12% to 4.1 million tonnes in 2025.\n\n"


def test_body_attributes_a_rise() -> None:
    text = _FIGURE + "The Dunmore Ports Agency attributed the increase to lower fuel prices."
    assert cued_rows(text) == [
        ("Dunmore Ports Agency", "organisation", "attributed", "attributed the increase to lower fuel prices")]


def test_short_reference_attributes_a_rise() -> None:
    text = ("The Dunmore Ports Agency said cargo rose by 12% in 2025.\n\n"
            "The agency attributed the increase to lower fuel prices.")
    assert cued_rows(text) == [
        ("Dunmore Ports Agency", "organisation", "said", "cargo rose by 12% in 2025"),
        ("Dunmore Ports Agency", "organisation", "attributed", "attributed the increase to lower fuel prices")]


def test_person_set_off_by_a_post() -> None:
    text = ("Tessa Brannock, the college's registrar, attributed the rise in enrolment from 140 to 610 to two new "
            "degree courses.")
    assert cued_rows(text) == [
        ("Tessa Brannock", "person", "attributed",
         "attributed the rise in enrolment from 140 to 610 to two new degree courses")]


def test_person_after_an_opening_phrase_and_a_post() -> None:
    text = "Speaking at the same meeting, campus director, Olu Brannock attributed the rise to two new degree courses."
    assert cued_rows(text) == [
        ("Olu Brannock", "person", "attributed", "attributed the rise to two new degree courses")]


def test_blamed_on_keeps_the_thing_blamed() -> None:
    text = "The Halvern Council blamed the delay on a shortage of drivers."
    assert cued_rows(text) == [
        ("Halvern Council", "organisation", "blamed", "blamed the delay on a shortage of drivers")]


def test_passive_names_no_party() -> None:
    assert cued_rows(_FIGURE + "The increase was attributed to lower fuel prices.") == []


def test_writers_because_is_nobodys() -> None:
    text = "Harlow Mills plc closed its Tarn plant last year because orders had fallen by a third."
    assert cued_rows(text) == []
