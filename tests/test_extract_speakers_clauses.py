"""speakers/clauses: a document set off by a publishing participle speaks as itself only when no one owns it; one a
possessive owns, straight or curly (`Harwell Council’s own figures, released on Tuesday, showed`), is its owner's
(wave 54h: real pages write the curly apostrophe about twice as often as the straight one). Each case is a short
text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.clauses import owners_voice
from extract_rows import cued_rows, rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Harwell Council said it would cut bus fares.\n\n"
     "Harwell Council\u2019s own figures, released on Tuesday, showed that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("Harwell Council", "organisation", "showed that", "4,000 people used the buses each day")]),
    ("Harwell Council said it would cut bus fares.\n\n"
     "Harwell\u2019s figures for March, published last month, showed that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("Harwell Council", "organisation", "showed that", "4,000 people used the buses each day")]),
])
def test_curly_possessive_owns_a_published_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_an_owners_voice_post_may_name_its_remit_before_the_role() -> None:
    """`the group's environment spokesman and Hill ward councillor`, `the borough council's cabinet spokesman for
    adult social care`: the post set off after its holder's name, never the speaker (wave 55d)."""
    assert [owners_voice(clause) for clause in [
        "the group's environment spokesman and Hill ward councillor",
        "the borough council's cabinet spokesman for adult social care",
        "the party's spokesman",
        "the group's environment report",
    ]] == [True, True, True, False]


def test_the_holder_of_a_remit_voice_post_speaks() -> None:
    text = ("Cllr Dara Ofori, the group's environment spokesman and Hill ward councillor, claimed the council had cut "
            "40 wardens.\n\nHe said fly tipping reports had risen by 62 per cent.\n")
    assert rows(text) == [("Dara Ofori", "person", "the council had cut 40 wardens"),
                          ("Dara Ofori", "person", "fly tipping reports had risen by 62 per cent")]
