"""Two objects of one verb (`had lost its shop and its post office`) against a second clause after `and`."""
from __future__ import annotations

import pytest

from claims.extract.conjuncts import verbless_object


def past(word: str) -> bool:
    """A stand-in for the item reader's verb test: a word ending in `ed`."""
    return word.endswith("ed")


def never(word: str) -> bool:
    """A verb test that finds no verb, so that only the present-tense words tell."""
    return False


def after_and(sentence: str, verb_like=past) -> bool:
    """`verbless_object` on the words after the first ` and ` of a sentence."""
    at = sentence.index(" and ")
    return verbless_object(sentence, sentence[:at].split(), at + 5, len(sentence), verb_like)


@pytest.mark.parametrize("sentence, verb_like, expected", [
    ("The town had lost its shop and its post office since 2019.", past, True),
    ("The town had lost its shop and its pub closed in May.", past, False),  # a verb after `and`
    ("The town had lost its shop and its pub closed in May.", never, True),
    ("Sales rose and some shops now open on Sundays.", never, False),  # present-tense words
    ("Sales rose and some shops, now, open on Sundays.", never, False),
    ("Sales rose and the gyms remain;", never, False),
    ("It opened a depot in Ayr and a ticket office in every town.", past, False),  # the first object is placed
    ("It opened a depot in Ayr town and a ticket office.", past, False),
])
def test_verbless_object(sentence: str, verb_like, expected: bool) -> None:
    assert after_and(sentence, verb_like) is expected
