"""A paragraph's first sentence naming who gave what was set out above it (`claims.extract.attribution
.pointed_messages`): each text is written for this test in our own words about invented parties, with the whole answer
it must give."""
import pytest

from claims.extract.attribution.pointed_messages import pointing_sentence
from claims.extract.text import split_blocks


# Wave 52s: a sentence holding none of `this`, `these`, `above` points at nothing, said without the pattern's search;
# one holding them is read by the pattern as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Dr Lia Moss said this at a meeting of the Orlen board.", (0, 54)),
    ("Dr Lia Moss made these remarks when the Orlen board met.", (0, 56)),
    ("Dr Lia Moss gave the above figures during the hearing.", (0, 54)),
    ("Dr Lia Moss said the board met at noon.", None),
    ("Dr Lia Moss said this year's figures were late.", None),
])
def test_pointing_sentence(text: str, expected: tuple[int, int] | None) -> None:
    assert pointing_sentence(text, split_blocks(text)[0]) == expected
