"""A scheme's name of common words read as a person's (wave 67x, scheme_names.listed_scheme): a name whose first word
is a common English word and no given name, named as a scheme by a list after a scheme's noun or set off before one,
is that scheme wherever the text writes it. Each case is a short text written for this test in our own words about
invented parties."""
from __future__ import annotations

import pytest

from claims.extract.scheme_names import listed_scheme
from extract_rows import cued_rows

_LISTED = "The grant pays for programmes such as its nursery classes, Bright Path, Early Reach and job training.\n"


@pytest.mark.parametrize(("text", "name", "expected"), [
    (_LISTED, "Bright Path", True),  # a list item after `programmes such as`
    (_LISTED, "Early Reach", True),  # the list's last item before `and`
    ("Fresh Step, a parenting programme, opened in May.\n", "Fresh Step", True),  # set off before a scheme's noun
    ("Fresh Step, a programme manager at the trust, said so.\n", "Fresh Step", False),  # a post's word after the noun
    ("Schemes including Dana Tarrow and Safe Lanes\n", "Dana Tarrow", False),  # a given name opens it
    ("Schemes including Dana Tarrow and Safe Lanes\n", "Safe Lanes", True),
    ("Schemes including Frank Dorrel closed.\n", "Frank Dorrel", False),  # a name the word list capitalises
    ("Bright Path opened in May.\n", "Bright Path", False),  # never named as a scheme
    (_LISTED, "Dana Pellow", False),  # not in the list
    ("Funds go to programmes such as Early Reach Works and job training.\n", "Early Reach Works", True),  # three words
    ("Funds go to programmes such as Tarnwick Path and job training.\n", "Tarnwick Path", False),  # no common word
    ("Funds go to programmes such as Felicity Steps and job training.\n", "Felicity Steps", False),  # a given name
    ("The grant pays for programmes such as nursery classes. Staff came from Fresh Step, Early Reach and Bright "
     "Path.\n", "Early Reach", False),  # the list ends with its sentence
    ("The grant pays for programmes such as nursery classes, Early Reach, and Bright Path.\n", "Bright Path", True),
    ("Bright New Path, a parenting programme, opened in May.\n", "Bright New Path", True),  # three words set off
    ("Early Reach, an after-school programme, opened in May.\n", "Early Reach", True),  # `an`
])
def test_listed_scheme(text: str, name: str, expected: bool) -> None:
    assert listed_scheme(text, name) is expected


# Before wave 67x the scheme was the last person named: `She` went to Bright Path, not to the director.
@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Pellow, the trust's director, said grants rose by 8%.\n\n"
     "The money will help programmes such as Bright Path, Early Reach and job training.\n\n"
     "She said 2027 would be steady.\n",
     [("Dana Pellow", "person", "said", "grants rose by 8%"),
      ("Dana Pellow", "person", "said", "2027 would be steady")]),
    ("Ana Holt said the trust would grow.\n\nFresh Step, a parenting scheme, served 400 families.\n\n"
     "Fresh Step doubled its staff, she said.\n",
     [("Ana Holt", "person", "said", "the trust would grow"),
      ("Ana Holt", "person", "said", "Fresh Step doubled its staff")]),
])
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
