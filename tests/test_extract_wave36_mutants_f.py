"""Unit cases for wave 36f's extractor parts (what mutation round 36 found unasserted by the wave-36f files): a Gaelic
family name's tail after its particle (`gaelic_names`); every name and sentence is invented, and each assert is on a
whole value: a function's whole return value; and the senders a header field lists (`field_senders`).

The caches of `claims.extract` are cleared before each case here, as in the wave-35 mutant cases."""
from __future__ import annotations

import pytest

from claims.extract.field_senders import first_sender_end
from claims.extract.gaelic_names import gaelic_tail_end, is_gaelic_word

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


@pytest.mark.parametrize("text, run_end, end, expected", [
    ("Tomás Ó Briain said", 7, 19, 7),  # a capital after the particle: the run went on over it already
    ("Tomás Ó\u00a0hEochaidh said", 7, 22, 17),  # a no-break space after the particle
    ("Dr Tomás Ó hEochaidh said", 10, 25, 20),  # the particle is the run's last word, not its second
    (" Ó hEochaidh said", 2, 17, 12),  # the particle after a space that opens the text
    ("Tomás Ó hEochaidh said", 7, 8, 7),  # the tail is read no further than the end given
])
def test_the_gaelic_tail_end(text: str, run_end: int, end: int, expected: int) -> None:
    assert gaelic_tail_end(text, run_end, end) == expected


@pytest.mark.parametrize("words, index, expected", [
    (["Éamon", "Mac", "an", "tSaoir"], 2, True),  # an article after its particle, a word after it
    (["Éamon", "Mac", "an"], 2, False),  # an article with no word after it
    (["Tim", "an", "Irish"], 1, False),  # an article after a word that is no particle
    (["an", "tSaoir"], 0, False),  # the first word stands after nothing
    (["Mac", "an", "tSaoir"], 1, True),  # the article second, after the particle that opens the words
    (["Mac", "an", "tSaoir"], 2, True),  # the mutated word after the article, after the particle
    (["Tomás", "Ó", "hEochaidh"], 2, True),  # the mutated word straight after the particle
    (["Apple", "Mac", "users"], 2, False),  # a lower-case word no mutation opens
    (["Mac", "Dara", "hAodha"], 2, False),  # a mutated word after a name word, two after a particle
    (["na", "hEachaidh", "Ó"], 1, False),  # a mutated word after an article that opens the words
])
def test_a_word_inside_a_gaelic_family_name(words: list[str], index: int, expected: bool) -> None:
    assert is_gaelic_word(words, index) is expected


DEPARTMENT = "Department for Work and Pensions"


@pytest.mark.parametrize("field, expected", [
    (DEPARTMENT + " and Brannoch Quell MP", len(DEPARTMENT)),  # role letters after a name no given name opens
    (DEPARTMENT + " and Brannoch Quell M.P.", len(DEPARTMENT)),  # the role letters with stops
    (DEPARTMENT + " and Nerys Falloway", len(DEPARTMENT)),  # a known given name, no role letters
    (DEPARTMENT + " and Quell MP", len(DEPARTMENT + " and Quell MP")),  # one word is no closing person's name
    (DEPARTMENT + " and Ofwat", len(DEPARTMENT + " and Ofwat")),  # a body closing the field
    ("Brannoch Quell and Nerys Falloway MP", len("Brannoch Quell and Nerys Falloway MP")),  # a person first
    (DEPARTMENT + " and Nerys Falloway  ", len(DEPARTMENT)),  # spaces after the field's last name
    (DEPARTMENT + " and Nerys Falloway today", len(DEPARTMENT + " and Nerys Falloway today")),  # more than a name
])
def test_the_first_sender_end(field: str, expected: int) -> None:
    assert first_sender_end(field, 0, len(field)) == expected
