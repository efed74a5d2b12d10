"""A post's Latin tail after its title (wave 64d, `data/roles.txt`): `President Pro Tem`, `Pro Tempore`, `Chair
Emerita` are the post's words, never the first word of the name after them. Short texts written for this test in our
own words about invented people."""
from __future__ import annotations

import pytest

from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaker Pro Tem Harlan Vosk said the senate had approved 11 new clubs.\n",
     [("Harlan Vosk", "person", "said", "the senate had approved 11 new clubs")]),
    ("President Pro Tempore Sana Coyle said enrolment rose 4 per cent.\n",
     [("Sana Coyle", "person", "said", "enrolment rose 4 per cent")]),
    ("Chair Emerita Mira Tolland said the endowment had grown to $84 million.\n",
     [("Mira Tolland", "person", "said", "the endowment had grown to $84 million")]),
    ("Director of Corporate Matters Tova Brennick said the energy bill fell by 14 per cent.\n",
     [("Tova Brennick", "person", "said", "the energy bill fell by 14 per cent")]),
])
def test_a_posts_tail_is_no_part_of_the_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
