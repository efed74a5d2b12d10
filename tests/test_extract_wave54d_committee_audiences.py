"""Wave 54d: a closing `told` whose audience is a committee or a meeting named in three or four words (`..., he told the
Oireachtas health committee.`, `..., she told the Commons environment select committee.`, `..., he told the annual
general meeting.`) ends the sentence: the words before the subject are the claim, as after `told MPs.`."""
import pytest

from tests.extract_rows import rows

LEAD = "Paul Reid, the health service's chief executive, said demand had risen.\n\n"
CLAIM = "Plans to cut waiting lists by a fifth by December are under challenge"


@pytest.mark.parametrize("audience", [
    "the Oireachtas health committee",
    "the Commons environment select committee",
    "the Assembly's health committee",
    "the annual general meeting",
])
def test_the_claim_before_a_named_committee_is_the_speakers(audience: str) -> None:
    assert rows(f"{LEAD}{CLAIM}, he told {audience}.\n")[-1] == ("Paul Reid", "person", CLAIM)


def test_a_short_clause_after_told_stays_the_claim() -> None:
    assert rows(f"{LEAD}He told the BBC that prices rose by 9%.\n")[-1] == ("Paul Reid", "person", "prices rose by 9%")
