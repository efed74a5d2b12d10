"""Wave 52h: a name whose second half the text only ever writes after the same word and `and` is one body's name
(`Fitness to Practise Committee of the Hearing Care and Optical Standards Council`, the council written on its own
too), never two bodies joined."""
from claims.extract.joint_bodies import joint_halves
from tests.extract_rows import rows

_COMMITTEE = "Conduct Committee of the Hearing Care and Optical Standards Council"
_TEXT = (f"The {_COMMITTEE} (HCOSC) found that Jo Roe had falsified test results.\n\n"
         "The Hearing Care and Optical Standards Council said it would publish the ruling.\n")


def test_a_committee_of_a_body_whose_name_holds_and_is_one_name() -> None:
    assert joint_halves(_COMMITTEE, _TEXT) is None


def test_a_second_half_written_on_its_own_still_joins_two_bodies() -> None:
    text = "Kelby Care Trust and Optical Standards Council met.\n\nOptical Standards Council said so."
    assert joint_halves("Kelby Care Trust and Optical Standards Council", text) == (
        "Kelby Care Trust", "Optical Standards Council")


def test_the_committees_findings_are_the_councils() -> None:
    assert rows(_TEXT) == [
        ("Hearing Care and Optical Standards Council", "organisation", "Jo Roe had falsified test results"),
        (_COMMITTEE, "organisation", "it would publish the ruling")]  # the fullest name read so far, as before
