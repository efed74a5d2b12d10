"""A person named by two initials and a family name (`J. R. Roe`, `Sheriff M. T. Kell`), as US releases and
court reports write them: the whole name is the speaker, never the first initial alone (`Sheriff M`) nor the
name without its first initial (`R. Roe`). A single initial (`A. Roe`) and a sentence ending in an initial
before a new sentence (`... Plan B. The council said`) are read as before."""
from __future__ import annotations

import re

import pytest

from claims.extract import vocabulary
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("\"We did not follow our own policy,\" said Sheriff M. T. Kell.\n",
     [("M. T. Kell", "person", "We did not follow our own policy")]),
    ("J. R. Okonjo, the board's chair, said the firm had approved 900 plots.\n",
     [("J. R. Okonjo", "person", "the firm had approved 900 plots")]),
    ("Chief Executive A. B. Lindqvist said: \"Orders rose by 12% in the year.\"\n",
     [("A. B. Lindqvist", "person", "Orders rose by 12% in the year.")]),
    ("Chief Executive A. Lindqvist said: \"Orders rose by 12% in the year.\"\n",
     [("A. Lindqvist", "person", "Orders rose by 12% in the year.")]),
])
def test_a_name_with_initials_is_read_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_an_initial_stop_runs_over_a_chain_of_initials_but_not_into_a_new_sentence() -> None:
    pattern = re.compile(vocabulary.INITIAL_STOP)
    assert [m.group() for m in pattern.finditer("M. T. Kell and J. Roe met. Plan B. The firm.")] == [
        "M. ", "T. ", "J. "]
