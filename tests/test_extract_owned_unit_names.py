"""An owner's possessive before a unit's name (`claims.extract.owned_unit_names`): each text is written for this test
in our own words about invented parties, with the whole answer it must give."""
import pytest

from claims.extract.owned_unit_names import after_possessive


# Wave 52s: a window with no `'s` (straight or curly) holds no owner, said without the pattern's search; with one, the
# pattern still decides (a word of time owns nothing; more than two lower-case words between is no owner).
@pytest.mark.parametrize(("text", "expected"), [
    ("the borough's Parks and Open Spaces department", True),
    ("The Trust\u2019s annual Life After Service survey", True),
    ("last year's Tax Relief scheme", False),
    ("the borough's very old and tired Parks", False),
    ("the borough and its Parks", False),
    ("Parks", False),
])
def test_after_possessive(text: str, expected: bool) -> None:
    assert after_possessive(text, text.index("Parks" if "Parks" in text else "Life" if "Life" in text else "Tax")) \
        is expected
