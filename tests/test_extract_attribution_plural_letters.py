"""Letters in the plural (attribution/plural_letters, wave 33a): a letter the text introduces as a body's, written
only as `we` and signed by one person above that body's name, speaks as the body; a letter of `I`, or one whose body
the text never names before it, stays its signer's. Texts written for this test in our own words about invented
parties."""
import pytest

from claims.extract.attribution.plural_letters import plural_body
from extract_rows import rows

INTRO = "The Moorland Bakers' Alliance, chaired by Tomas Verrall, today sent the letter below to the Minister for Food.\n\n"
SIGNATURE = "\n\nYours sincerely,\n\nTomas Verrall\nChair, Moorland Bakers' Alliance\n"


def _letter(body: str, intro: str = INTRO) -> str:
    """An open letter holding the given paragraph, introduced by `intro` and signed by one person above a body."""
    return f"{intro}Dear Minister,\n\n{body}{SIGNATURE}"


@pytest.mark.parametrize(("text", "expected"), [
    (_letter("We represent 212 bakeries. Our flour costs rose by 31% last year."),
     [("Moorland Bakers' Alliance", "organisation", "We represent 212 bakeries"),
      ("Moorland Bakers' Alliance", "organisation", "Our flour costs rose by 31% last year")]),
    (_letter("I represent 212 bakeries. Our flour costs rose by 31% last year."),  # the signer's own voice
     [("Tomas Verrall", "person", "I represent 212 bakeries"),
      ("Tomas Verrall", "person", "Our flour costs rose by 31% last year")]),
    (_letter("We represent 212 bakeries. Our flour costs rose by 31% last year.", intro=""),  # no body named before
     [("Tomas Verrall", "person", "We represent 212 bakeries"),
      ("Tomas Verrall", "person", "Our flour costs rose by 31% last year")]),
])
def test_a_plural_letter_introduced_as_a_body_s_speaks_as_that_body(text: str,
                                                                     expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("body", "intro", "expected"), [
    ("We represent 212 bakeries.", INTRO, "Moorland Bakers' Alliance"),
    ("We represent 212 bakeries, and my own shop is one.", INTRO, None),  # `my`: the signer speaks
    ("The Alliance represents 212 bakeries.", INTRO, None),  # no `we`: nothing says the body writes
    ("We represent 212 bakeries.", "", None),
])
def test_plural_body(body: str, intro: str, expected: str | None) -> None:
    text = _letter(body, intro)
    opening = text.index("Dear")
    close = text.index("Yours sincerely,") + len("Yours sincerely,")
    assert plural_body(text, (opening, text.index("Yours")), close, opening) == expected
