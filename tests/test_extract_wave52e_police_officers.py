"""Wave 52e: a US police body's name ends on two words, `Police Department`, `Police Bureau`, `Sheriff's Office`,
whose head (`department`, `office`) is no police head alone: bare `officers` after a quotation or before a cue
(`"...," officers said.`, `Officers believe ...`) speak for the one such body the text names, as they do for a
council or a `Harbour Police`."""
import pytest

from claims.extract.speakers.officer_bodies import has_officers
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("name, officers", [
    ("Center Police Department", True),
    ("Lake County Sheriff\u2019s Office", True),
    ("Lake County Sheriff's Department", True),
    ("Portland Police Bureau", True),
    ("Harbour Police", True),
    ("Tarrow Borough Council", True),
    ("Department of Transportation", False),
    ("Lake County Assessor's Office", False),
    ("Police Federation", False),
])
def test_a_body_has_officers_by_its_head_or_its_last_two_words(name: str, officers: bool) -> None:
    assert has_officers(name) is officers


TEXT = """The Millbrook Police Department has charged three men.

\u201cWe have received 47 reports of thefts since November,\u201d officers said.

Officers believe the men sold the parts in Dayton."""


def test_bare_officers_speak_for_the_one_us_police_body_named() -> None:
    assert cued_rows(TEXT) == [
        ("Millbrook Police Department", "organisation", "said", "We have received 47 reports of thefts since November"),
        ("Millbrook Police Department", "organisation", "believe", "the men sold the parts in Dayton"),
    ]


def test_two_us_police_bodies_leave_bare_officers_unresolved() -> None:
    text = TEXT.replace("has charged three men.", "and the Dayton Police Department have charged three men.")
    assert [row[:2] for row in cued_rows(text)] == [("officers", "unresolved"), ("Officers", "unresolved")]
