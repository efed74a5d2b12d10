"""Speakers on writing the rules were not made for (wave 8): titles no list holds, places and headings that never
speak, short references that resolve to the one party of their kind, and two parties the rule cannot tell apart.
Each phenomenon is stated in general terms with the other ways a writer puts it; each case is a short text written
for this test and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, with at least
one case where the rule must not fire."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputy Finance Official Tomasz Brandt said the fund had lost $2 million.\n",
     [("Tomasz Brandt", "person", "the fund had lost $2 million")]),
    ("State Epidemiologist Carla Nunez said 41 cases had been confirmed.\n",
     [("Carla Nunez", "person", "41 cases had been confirmed")]),
    ("Principal Actuary Dev Raman told members that the scheme was 94% funded.\n",
     [("Dev Raman", "person", "the scheme was 94% funded")]),
    ("Victor Hale Moreno said 12 branches would close.\n",
     [("Victor Hale Moreno", "person", "12 branches would close")]),
], ids=["official-after-two-title-words", "epidemiologist", "actuary-from-the-title-list",
        "a-given-name-is-no-title"])
def test_a_post_no_list_holds_is_not_part_of_the_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A post written before a full name belongs to the title, not the name, even when no list of titles holds
    it: the writer's post nouns are open-ended (`County Auditor`, `Senior Statistician`, `Chief Business
    Official`, `State Epidemiologist`, `Lead Engineer`), but an agent noun ending (-ician, -ist, -ator, -itor,
    -ector, -official, -sheriff, -engineer, -uary) on a word of seven letters or more is no given name. A three-word
    name whose first word is a given name (`Victor`, too short to be a post) stays whole."""
    assert rows(text) == expected
