"""The review states, their names and colours, and the verdict words: one definition for the package."""
import pytest

from claims import report, session, views
from claims.model import VERDICTS, verdict_problem
from claims.states import DISMISSED, NOT_REVIEWED, STATE_BACKGROUNDS, STATE_COLOURS, STATES, state_of


@pytest.mark.parametrize(("verdict", "dismissed", "state"), [
    ("", "", NOT_REVIEWED), ("supported", "", "supported"), ("disputed", "yes", DISMISSED), ("", "yes", DISMISSED),
])
def test_state_of(verdict: str, dismissed: str, state: str) -> None:
    assert state_of(verdict, dismissed) == state


def test_every_state_has_a_colour_and_a_background() -> None:
    assert (list(STATE_COLOURS), list(STATE_BACKGROUNDS), STATES) == (
        [*VERDICTS, NOT_REVIEWED, DISMISSED], [*VERDICTS, NOT_REVIEWED, DISMISSED],
        (NOT_REVIEWED, *VERDICTS, DISMISSED))


def test_the_board_the_report_and_the_session_share_one_definition() -> None:
    assert (views.STATE_COLOURS, report.STATE_COLOURS, session.STATES, session.state_of) == (
        STATE_COLOURS, STATE_COLOURS, STATES, state_of)


@pytest.mark.parametrize(("word", "problem"), [
    ("", ""), ("unverified", ""),
    ("maybe", "verdict 'maybe' is not one of supported, disputed, unverified (or empty for not reviewed)"),
    (" supported", "verdict ' supported' is not one of supported, disputed, unverified (or empty for not reviewed)"),
    ("x" * 50, f"verdict '{'x' * 40}…' is not one of supported, disputed, unverified (or empty for not reviewed)"),
])
def test_verdict_problem(word: str, problem: str) -> None:
    assert verdict_problem(word) == problem
