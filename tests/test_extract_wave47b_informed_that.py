"""`informed that` with no one told (attribution/shapes `informed_that`, wave 47b): Caribbean, Indian and West African
press write `The minister informed that A`, and set the occasion between the subject and the verb (`X in his
contribution to the debate yesterday, informed that A`); A is the subject's claim. In the passive (`The council was
informed that A`) the subject is the one told and tells nothing. Texts written for this test in our own words."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Minister of Works, Delroy Fenwick informed that the Port Authority has cut ship waiting times by a third.",
     [("Delroy Fenwick", "person", "the Port Authority has cut ship waiting times by a third")]),
    ("Minister of Works, Delroy Fenwick in his contribution to the Budget Debate yesterday, informed that the Port "
     "Authority has cut ship waiting times by a third.",
     [("Delroy Fenwick", "person", "the Port Authority has cut ship waiting times by a third")]),
    ("The Kestrel Port Authority notified that the north quay will close for repairs in May.",
     [("Kestrel Port Authority", "organisation", "the north quay will close for repairs in May")]),
])
def test_informed_that_with_no_one_told_reports_the_subjects_claim(sentence: str, expected: list) -> None:
    assert rows("Port results\n\n" + sentence + "\n") == expected


def test_the_one_informed_in_the_passive_tells_nothing() -> None:
    assert rows("Port results\n\nThe harbour board was informed that the north quay will close for repairs in May.\n") == []
