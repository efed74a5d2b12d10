"""People on texts by new authors (wave 16): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A party or place before an Irish member's letters (roles.txt has `td`). Irish writers put the party or the word
# `Local` before `TD` as British writers do before `MP` (`Labour TD Ann Roe said`, `Local TD Ann Roe (Ind) said`); the
# capitalised run was read as one name with no person in it, and the claim was dropped or given to a body nearby.
@pytest.mark.parametrize(("text", "expected"), [
    ("Flood works\n\nLabour TD Ann Roe said the scheme had cost €4 million.\n",
     [("Ann Roe", "person", "the scheme had cost €4 million")]),
    ("Flood works\n\nGreen Party TD Ann Roe said the scheme had cost €4 million.\n",
     [("Ann Roe", "person", "the scheme had cost €4 million")]),
    ("Flood works\n\nLocal TD Ann Roe (Ind) said the scheme had cost €4 million.\n",
     [("Ann Roe", "person", "the scheme had cost €4 million")]),
    ("Flood works\n\nLabour MP Ann Roe said the scheme had cost £4 million.\n",
     [("Ann Roe", "person", "the scheme had cost £4 million")]),
])
def test_party_before_member_letters(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
