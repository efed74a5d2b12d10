"""The claim list on its own: states, filters, the cursor, kept up to date by apply."""
import pandas as pd
import pytest

from claims.claimlist import ALL, ClaimList, SessionError


def table() -> pd.DataFrame:
    """Three claims by two speakers, the second reviewed."""
    return pd.DataFrame({"claim_id": ["a", "b", "c"], "speaker": ["S", "T", "S"], "claim": ["One.", "Two.", "Three."],
                         "verdict": ["", "supported", ""], "dismissed": ["", "", ""]})


def test_opens_on_the_first_unreviewed_claim_with_counts() -> None:
    claims = ClaimList(table())
    assert (claims.cursor, claims.progress(), claims.counts(), claims.speakers()) == (
        "a", (1, 3), {"not reviewed": 2, "supported": 1, "disputed": 0, "unverified": 0, "dismissed": 0}, ["S", "T"])


def test_apply_keeps_states_filters_and_labels_in_step() -> None:
    claims = ClaimList(table())
    claims.set_filters(verdict="not reviewed")
    before = claims.revision
    claims.apply("a", {"verdict": "disputed"})
    assert (claims.view(), claims.choices(20), claims.revision > before) == (["c"], [("3. [not reviewed] S: Three.", "c")],
                                                                            True)
    claims.apply("c", {"dismissed": "yes"})
    assert (claims.view(), claims.progress(), claims.next_unreviewed()) == ([], (2, 2), False)


def test_moving_and_bad_input() -> None:
    claims = ClaimList(table())
    claims.set_filters(verdict=ALL, speaker="S")
    assert (claims.step(1), claims.cursor, claims.step(1), claims.shown_near("a", 1)) == (True, "c", False, ["a", "c"])
    with pytest.raises(SessionError):
        claims.set_filters(verdict="maybe")
    with pytest.raises(SessionError):
        claims.row("zzz")
