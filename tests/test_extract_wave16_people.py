"""People on texts by new authors (wave 16): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract.entities import NAME_RUN_RE
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


# Role letters written with full stops after a name (entities._DOTTED_POST_NOMINAL). Irish government releases and
# older British copy write `T.D.`, `M.P.`, `Q.C.` after a name; the name run stopped at the first letter, so the speaker
# came out as `Ann Roe T` and a later `Minister Roe` could not be tied to the full name.
@pytest.mark.parametrize(("text", "expected"), [
    ("Housing\n\nMinister of State Ann Roe T.D., said 410 homes would be for older people.\n",
     [("Ann Roe", "person", "410 homes would be for older people")]),
    ("Housing\n\nHousing spokesperson Una Nic Aodha T.D. said completions had fallen short of target.\n",
     [("Una Nic Aodha", "person", "completions had fallen short of target")]),
    ("Housing\n\nThe Minister, Liam Ó Briain T.D., approved 900 homes today.\n\n"
     "Minister Ó Briain said: \u201cWe delivered more homes than in any year since 1975.\u201d\n",
     [("Liam Ó Briain", "person", "We delivered more homes than in any year since 1975.")]),
    ("Housing\n\nJo Bloggs M.P. said 300 homes were empty.\n", [("Jo Bloggs", "person", "300 homes were empty")]),
])
def test_dotted_post_nominal(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Roe T.D., said", ["Ann Roe T.D."]),
    ("Jo Bloggs M.P. and", ["Jo Bloggs M.P."]),
    ("Jo Bloggs M.P.S. said", ["Jo Bloggs M.P.S."]),
    ("Jo Bloggs M.P.Q. said", ["Jo Bloggs M", "P", "Q"]),
    ("T.D. Roe said", ["T.D. Roe"]),
])
def test_name_run_takes_dotted_post_nominal(text: str, expected: list[str]) -> None:
    assert [m.group() for m in NAME_RUN_RE.finditer(text)] == expected
