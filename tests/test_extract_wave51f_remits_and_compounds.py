"""Wave 51f: failures of the 64th real-page check that recur on earlier checks, by shape of English press writing.

- a post whose remit lists its areas with commas, joined after another post, before the holder's name (`Deputy Mayor
  and Minister for Ports, Fisheries and Coastal Affairs Jo Roe said`): the commas cut the capitalised run, and the
  remit's last areas were read into the person's name; the person is the name alone, and the first post is hers, so a
  later `the Deputy Mayor said` is her (`entities._person_after_remit`);
- a reporting verb joined by a hyphen to the next word is a compound modifier (`state-funded schools`, `state-run
  canteens`), never a cue (`attribution/patterns.CUE_RE`).
"""
import pytest

from claims.extract.entities import find_mentions
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("text, expected", [
    ("Quay reopens\n\nDeputy Mayor and Minister for Ports, Fisheries and Coastal Affairs Orla McTavey said the quay"
     " would reopen in May.\n\n\"The repairs cost 4 million,\" the Deputy Mayor said.\n",
     [("Orla McTavey", "person", "said", "the quay would reopen in May"),
      ("Orla McTavey", "person", "said", "The repairs cost 4 million")]),
    ("Homes\n\nVice Chair and Secretary for Housing, Planning, Heritage and Local Government Dev MacArdle said 400 homes"
     " were finished last year.\n",
     [("Dev MacArdle", "person", "said", "400 homes were finished last year")]),
    ("Roads\n\nMinister for Roads, Rail and Regional Links Ines Okafor-Brand told the assembly that 12 bridges had"
     " been rebuilt.\n\nThe Minister said two more would follow.\n",
     [("Ines Okafor-Brand", "person", "told the assembly that", "12 bridges had been rebuilt"),
      ("Ines Okafor-Brand", "person", "said", "two more would follow")]),
])
def test_a_post_with_a_listed_remit_before_the_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """The person after the remit speaks, and a later reference by her first post is her."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Canteens\n\nThe Bramwell Food Agency, which runs state-subsidised canteens, has been criticised before.\n", []),
    ("Wells\n\nThe Orlen Water Trust, which manages state-owned wells, was fined in May.\n\nThe trust said 14 wells"
     " had been capped.\n",
     [("Orlen Water Trust", "organisation", "said", "14 wells had been capped")]),
    ("Survey\n\nStaff in 300 state-funded colleges took part, the Kesto Teachers' Guild said.\n",
     [("Kesto Teachers' Guild", "organisation", "said", "Staff in 300 state-funded colleges took part")]),
])
def test_a_cue_word_joined_by_a_hyphen_is_no_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`state-run`, `state-owned`: a compound before a noun reports nothing; a real cue in the sentence still speaks."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Deputy Mayor and Minister for Ports, Fisheries and Coastal Affairs Orla McTavey said the quay would reopen.",
     [("Orla McTavey", "person", "deputy")]),
    ("Dunlow Council Director, Early Help and Family Support Nell Tarrant said 284 children were in care.",
     [("Nell Tarrant", "person", "director")]),
    ("The firm's Director, Sales and Service and Parts Nell Tarrant said 12 stores would close.", []),
], ids=["post-at-the-texts-start", "a-body-before-the-post", "two-ands"])
def test_the_person_after_a_remit_and_her_post(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Round 52m (entities._person_after_remit): her first post is the capitalised word that opens the posts, also at
    the text's very start, and the post itself when a body's name stands before it; a remit with two `and`s is left."""
    assert [(m.name, m.kind, m.title) for m in find_mentions(text, 0, len(text))] == expected
