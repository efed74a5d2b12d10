"""Wave 39b: `claims` after an adjective of a claim under dispute (`unchallenged`, `false`, `misleading`;
`data/noun_cue_adjectives.txt`) is a noun, never a cue whose subject speaks: in a ruling, `a caller made unchallenged
claims about the charity` gives no row to the station named before it. A verb `claims` keeps its cue."""
import pytest

from tests.extract_rows import cued_rows


@pytest.mark.parametrize("adjective", ["unchallenged", "false", "misleading", "unfounded"])
def test_disputed_claims_are_a_noun(adjective: str) -> None:
    """`made <adjective> claims about` names what was said on air, nobody's claim."""
    text = (f"The Tarn Listeners' Board has upheld two complaints against Harlow Radio over a phone-in in which a"
            f" caller made {adjective} claims about a charity, and has dismissed a third.\n")
    assert cued_rows(text) == []


def test_claims_as_a_verb_keeps_its_cue() -> None:
    """`Harlow Radio claims that` is the station's cue."""
    text = "Harlow Radio claims that its phone-in had 46 callers.\n"
    assert cued_rows(text) == [("Harlow Radio", "organisation", "claims that", "its phone-in had 46 callers")]
