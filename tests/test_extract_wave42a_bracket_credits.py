"""Wave 42a: a photo's credit in brackets right after a caption's sentence (`A patient waits outside Kelby
hospital.(NWA: Jo Pellam)`, `(Photo: NWA/Jo Pellam)`): the agency was registered as a party and took a later
`new data shows`. Like `Photograph: Jo Roe/X` (41g), no name in the credit is registered; a source in brackets
(`(Source: X)`) still is."""
from tests.extract_rows import cued_rows

_HEAD = "Wait times rise in Norland hospitals\n\n"
_CLAIM = "\n\nOnly 61 per cent of patients were seen within the recommended times last year, new data shows."
_ROW = ("new data", "document", "shows", "Only 61 per cent of patients were seen within the recommended times last year")


def test_agency_and_photographer_in_brackets() -> None:
    text = _HEAD + "A patient waits outside Kelby hospital.(NWA: Jo Pellam)" + _CLAIM
    assert cued_rows(text) == [_ROW]


def test_photo_label_in_brackets() -> None:
    text = _HEAD + "A patient waits outside Kelby hospital. (Photo: NWA/Jo Pellam)" + _CLAIM
    assert cued_rows(text) == [_ROW]


def test_without_a_credit_is_unchanged() -> None:
    assert cued_rows(_HEAD + "A patient waits outside Kelby hospital." + _CLAIM) == [_ROW]


def test_source_in_brackets_is_still_a_party() -> None:
    text = ("Beds are short.(Source: Harl Health Board)\n\nOnly 61 per cent of patients were seen within the "
            "recommended times last year, the board said.")
    assert cued_rows(text) == [
        ("Harl Health Board", "organisation", "said",
         "Only 61 per cent of patients were seen within the recommended times last year"),
    ]
