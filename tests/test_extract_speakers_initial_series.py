"""Wave 63e: a series of capitalised nouns with commas is one body's name when the text writes its initials as an
acronym (`Wood, Lake, and Trails` and `WLT`); without the acronym a series stays parties."""
import pytest

from claims.extract.speakers.initial_series import initial_series
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Wood, Lake, and Trails is reporting. WLT sells tags.", "Wood, Lake, and Trails"),
    ("The Fish, Wildlife and Parks said so. FWP counts elk.", "Fish, Wildlife and Parks"),
    ("Hale, Ross and Dunn said so.", None),
    ("Hale, Ross and Dunn said so. The HR team agreed.", None),
    ("Fish and Parks said so. FP agreed.", None),
])
def test_initial_series(text: str, expected: str | None) -> None:
    end = text.index(" said") if " said" in text else text.index(" is ")
    assert initial_series(text, 0, end) == expected


def test_series_speaks_whole() -> None:
    text = "Fish, Wildlife and Parks said it counted 2,140 elk this winter. FWP sets the number of tags."
    assert cued_rows(text) == [
        ("Fish, Wildlife and Parks", "organisation", "said", "it counted 2,140 elk this winter"),
    ]
