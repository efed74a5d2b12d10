"""A feeling that reports (items `is_rhetoric`, wave 47b): `We're happy to say that A`, `We are pleased to confirm
that A`, `I'm glad to report that A` hold the claim A, so the quoted sentence is a row even with no figure, time or
name in it; a bare feeling (`We're happy with the result.`) stays rhetoric. Sentences written for this test in our own
words."""
import pytest

from claims.extract.items import is_rhetoric
from extract_rows import rows


@pytest.mark.parametrize(("sentence", "rhetoric"), [
    ("We\u2019re happy to say that most of the streets have their gas back.", False),
    ("We are pleased to confirm that the main is now repaired.", False),
    ("I'm glad to report that the pool reopens after the works.", False),
    ("We're happy with the result.", True),
    ("We are pleased to be here.", True),
])
def test_a_feeling_that_reports_a_clause_is_no_rhetoric(sentence: str, rhetoric: bool) -> None:
    assert is_rhetoric(sentence) is rhetoric


def test_a_quoted_feeling_that_reports_is_the_speakers_claim() -> None:
    text = ("Gas back on\n\nA spokeswoman for Harbour Gas said: \u201cWe\u2019re happy to say that most of the streets "
            "have their gas back.\u201d\n")
    assert rows(text) == [("Harbour Gas", "organisation", "We\u2019re happy to say that most of the streets have their gas back.")]
