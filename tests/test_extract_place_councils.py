"""A council named by its place with `council` in lower case (`Kelby council has said`; `claims.extract.speakers.
place_councils`, wave 62f). Each text is written for this test in our own words about invented parties; each table is
the whole (speaker, kind, quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.entities import Mention
from claims.extract.speakers.place_councils import place_council


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, kind, quote) for every claim of a text, in text order."""
    frame = extract_text(text)
    return list(zip(frame["speaker"], frame["speaker_kind"], frame["quote"]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelby council has said dearer fuel explains the overspend.\n",
     [("Kelby council", "organisation", "dearer fuel explains the overspend")]),
    ("Dearer fuel explains the overspend, Kelby council said.\n",
     [("Kelby council", "organisation", "Dearer fuel explains the overspend")]),
    ("A delay in publishing figures worries councillors.\n\nTarnby council said costs rose by 8%.\n",
     [("Tarnby council", "organisation", "costs rose by 8%")]),
])
def test_a_council_named_by_its_place_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert table(text) == expected


def test_a_later_the_council_is_that_council() -> None:
    text = "Kelby council said costs rose by 8%.\n\nThe council said it would save £2 million.\n"
    assert table(text) == [("Kelby council", "organisation", "costs rose by 8%"),
                           ("Kelby council", "organisation", "it would save £2 million")]


@pytest.mark.parametrize(("words", "text", "start", "expected"), [
    (["kelby", "council"], "Kelby council said costs rose.", 0, Mention(0, 13, "Kelby council", "org")),
    (["kelby", "council"], "Costs rose. Kelby council said so.", 5, Mention(12, 25, "Kelby council", "org")),
    (["kelby", "council"], "Kelby council met. Costs rose, Kelby council said.", 19,
     Mention(31, 44, "Kelby council", "org")),  # the spelling at or after the sentence read
    (["kelby", "council"], "Kelby council met. Costs rose.", 19, Mention(0, 13, "Kelby council", "org")),  # before
    (["the", "council"], "The council said costs rose.", 0, None),  # a determiner: a reference, read as before
    (["town", "council"], "Town council said costs rose.", 0, None),  # a common word: no place
    (["kelby", "board"], "Kelby board said costs rose.", 0, None),  # another head
    (["kelby", "city", "council"], "Kelby City council said so.", 0, None),  # a council's kind: left as it was
    (["kelby", "council"], "kelby council said costs rose.", 0, None),  # no capital in the text
    (["kelby", "council"], "Kelby Council said costs rose.", 0, None),  # its own name: read as a name elsewhere
    (["a", "b", "c", "d", "council"], "A B C D council said so.", 0, None),  # too long for a place
    (["ard", "vell", "mor", "kelby", "council"], "Ard Vell Mor Kelby council said so.", 0, None),  # four: too long
    (["ard", "kelby", "council"], "Ard Kelby council said so.", 0, Mention(0, 17, "Ard Kelby council", "org")),
    (["ard", "vell", "kelby", "council"], "Ard Vell Kelby council said so.", 0,
     Mention(0, 22, "Ard Vell Kelby council", "org")),  # three words: the longest place
    (["o'dray", "council"], "O'Dray council said so.", 0, Mention(0, 14, "O'Dray council", "org")),
    (["kelby", "board"], "Kelby board and Kelby council said so.", 0, None),  # the head read is the words' own
    (["your", "council"], "Your council said so.", 0, None),  # a determiner that is no common noun
    (["kelby", "council"], "Kelby council met. Kelby council said so. Kelby council left.", 19,
     Mention(19, 32, "Kelby council", "org")),  # the first spelling at or after the sentence read, not the last
    (["kelby", "council"], "Kelby council met. Kelby council said so.", 0,
     Mention(0, 13, "Kelby council", "org")),  # the spelling right at the sentence read
])
def test_place_council(words: list[str], text: str, start: int, expected: Mention | None) -> None:
    assert place_council(words, text, start) == expected
