"""A body the text shows fining someone is its regulator (`claims.extract.fining_bodies`)."""
from __future__ import annotations

import pytest

from claims.extract.fining_bodies import fines_someone
from tests.extract_rows import rows


@pytest.mark.parametrize("text", [
    "The app Tarnlink has been fined £1.4m by Ofcom for failing to answer.",
    "Tarnlink was fined by the Gaming Board last year.",
    "Ofcom has fined Tarnlink £1.4m.",
    "Ofcom fined the app in May.",
])
def test_a_body_that_fines_is_found(text: str) -> None:
    name = "Gaming Board" if "Gaming" in text else "Ofcom"
    assert fines_someone(text, name) is True


@pytest.mark.parametrize("text", [
    "The app Tarnlink has been fined £1.4m by Ofcom for failing to answer.",   # the one fined fines nobody
    "Tarnlink said Ofcom was wrong. It was fined. By May it had paid.",         # `by` in another sentence
    "Tarnlink has appealed to the tribunal.",                                   # no fine at all
])
def test_a_body_that_fines_nobody_is_not_found(text: str) -> None:
    assert fines_someone(text, "Tarnlink") is False


def test_the_regulator_is_the_one_body_that_fines() -> None:
    text = ("The app Tarnlink has been fined £1.4m by Ofcom for failing to answer questions.\n\n"
            "Ofcom said the company had missed two deadlines.\n\n"
            "In particular, the regulator found, Tarnlink had told it that all users were blocked.")
    assert rows(text)[-1][0] == "Ofcom"


def test_two_bodies_that_fine_leave_the_regulator_unnamed() -> None:
    text = ("Tarnlink has been fined £1.4m by Ofcom. Brightcast was fined £20,000 by Tarnwatch.\n\n"
            "The regulator found that Tarnlink had told it that all users were blocked.")
    assert rows(text)[-1][:2] == ("the regulator", "inspectorate")
