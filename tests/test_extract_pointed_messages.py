"""A paragraph's first sentence naming who gave what was set out above it (`claims.extract.attribution
.pointed_messages`): each text is written for this test in our own words about invented parties, with the whole answer
it must give."""
import pytest

from claims.extract.attribution import pointed_messages
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


# Wave 60s: a paragraph holding no `this`, `these` or `above` is no pointer, its sentences never split; the answer
# (the first sentence's span, else None) as before.
@pytest.mark.parametrize("text, expected", [
    ("Dr Jo Roe said this at the Harrowgate conference on Monday. Sales rose.", (0, 59)),
    ("This was disclosed by the Daleham Rivers Agency on Friday.", (0, 58)),
    ("The above figures were released by Acme Water. It said more.", (0, 46)),
    ("Dr Jo Roe said sales rose at the conference on Monday.", None),  # no pointer word: not split
    ("Dr Jo Roe said his figures were right at the conference.", None),  # `his`: split, no pointer
    ("The council said the board made these remarks on Friday.", None),  # a verb before the pointer
])
def test_pointing_sentence_whole(text: str, expected: tuple[int, int] | None) -> None:
    assert pointing_sentence(text, split_blocks(text)[0]) == expected


def test_pointing_sentence_splits_no_paragraph_without_pointer(monkeypatch: pytest.MonkeyPatch) -> None:
    def unsplit(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Fail: a paragraph with no pointer word is not split."""
        raise AssertionError((start, end))

    monkeypatch.setattr(pointed_messages, "split_sentences", unsplit)
    text = "Dr Jo Roe said sales rose at the conference on Monday. Costs fell."
    assert pointing_sentence(text, split_blocks(text)[0]) is None
