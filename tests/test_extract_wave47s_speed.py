"""Speed without a change of behaviour (wave 47s): a pattern searched over a whole text once per text
(`article_names._ARTICLE_NAME_RE`) opens on its literal `The` and checks what stands before it behind it, so that the
engine skips fast to a `The`; it finds exactly what its plain form finds, checked here on invented texts at every
offset, as wave 41d's test does for `earlier_versions.ANCHOR_RE`."""
import re

import pytest

from claims.extract import article_names

PLAIN_ARTICLE_NAME_RE = re.compile(
    r"(?<=[a-z,] )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bnear )(?<!\bfrom )(?<!\binto )"
    r"The[ \t]+(?P<name>[A-Z][a-z]{2,})\b(?![ \t]+[A-Z]|['\u2019\-][a-z]{2})")

TEXTS = [
    "A survey conducted by The Spoke found rents rose. Staff at The Oval cheered; in The Hague, near The Mall, into The "
    "Vault, from The Yard. She spoke to The Ferry later. Wardens, The Lantern said, agreed. The Quill opened a branch.",
    "Chairs built by The Tally Works, funded by The Loom's board, backed by The Mill-owners, run by The Hearth-Fund. "
    "Thin The Brook, win The Cup, sat The\tKiln; the Theatre, The Og, so The Bell. Plain The Forge",
    "",
    "No article here, only plain words and 12 figures.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    """Every match, its span and groups, from the whole text and from every offset, is the plain pattern's."""
    fast = article_names._ARTICLE_NAME_RE
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] \
        == [(m.span(), m.groups()) for m in PLAIN_ARTICLE_NAME_RE.finditer(text)]
    for at in range(len(text)):
        found, expected = fast.search(text, at), PLAIN_ARTICLE_NAME_RE.search(text, at)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_the_invented_texts_hold_matches() -> None:
    """The texts above are no empty check: the plain pattern finds several names in them."""
    assert PLAIN_ARTICLE_NAME_RE.findall("\n".join(TEXTS)) == ["Spoke", "Lantern", "Loom", "Hearth", "Brook", "Cup",
                                                               "Kiln", "Bell", "Forge"]


def test_the_reader_answers_as_before() -> None:
    """What the pattern feeds: the one-word names a text writes with a capital `The` inside a sentence."""
    text = "A survey conducted by The Spoke found rents rose. Staff at The Oval cheered. The Spoke said so."
    assert article_names.article_names(text) == frozenset({"Spoke"})
    assert article_names.article_name(text, "The Spoke's") == "Spoke"
    assert article_names.article_name(text, "The Oval") is None
