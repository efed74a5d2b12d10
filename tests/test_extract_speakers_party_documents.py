"""`claims.extract.speakers.party_documents`: a document described by a clause naming a party that did not write it
(`A review commissioned by the department found`, `The analyst's report, read to the court, found`, `according to the
budget report presented to the panel`) speaks as itself, named by its own words (with its commissioner when its
noun alone says too little), never as that party; each case a
short text written for this test about invented parties, and the whole table it gives as (speaker, speaker_kind, cue,
quote) rows, or the whole value the function returns."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.party_documents import made_for_party, party_document

UNION = "The Department of Rural Affairs runs 40 fire stations across the county.\n\n"
"""A paragraph that registers a body the sentence under test then names in its document's clause."""


@pytest.mark.parametrize(("text", "expected"), [
    (UNION + "The national review of rural fire crews commissioned by the Department of Rural Affairs reported in "
     "2024 that one in three firefighters was leaving.\n",
     [("national review of rural fire crews", "document",
       "reported in 2024 that", "one in three firefighters was leaving")]),
    (UNION + "A review commissioned by the department last year found that crews waited 11 weeks for kit.\n",
     [("review commissioned by the department", "document", "found that", "crews waited 11 weeks for kit")]),
    (UNION + "The rise will raise an estimated £4.1m, according to the budget report presented to the panel.\n",
     [("budget report", "document", "according to", "The rise will raise an estimated £4.1m")]),
], ids=["commissioned-by-name", "commissioned-by-reference", "presented-to"])
def test_a_document_speaks_not_the_party_its_clause_names(text: str,
                                                          expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("A 2024 evaluation commissioned by the ministry".split(), "2024 evaluation commissioned by the ministry"),
    ("An economic impact study commissioned by the sports commission".split(), "economic impact study"),
    ("The report, presented to the board on Tuesday,".split(), "report presented to the board"),
    ("A survey carried out by Halden Research".split(), None),  # its author: other rules read it
    ("The council's report, published on Monday,".split(), None),
    ("The department commissioned".split(), None),
    ("The review of retained crews commissioned by the Department of Housing, Local Government and Heritage".split(),
     "review of retained crews commissioned by the Department of Housing, Local Government and Heritage"),
    ("The union welcomed the report presented to the board".split(), None),
], ids=["commissioned", "named-enough", "presented", "carried-out-by", "published", "no-document", "adjective-in-ed", "verb-object"])
def test_party_document(raw: list[str], expected: str | None) -> None:
    assert party_document(raw) == expected


# A document made for a party (wave 51y, `_made_for`; round 52m): its commas are no part of its name, and the party
# is named with it only when no more than one word before the participle says what the document is (an adjective
# such as `independent` does not count).
@pytest.mark.parametrize(("raw", "expected"), [
    ("A survey, carried out for the Brenvale Carers Union,", "survey carried out for the Brenvale Carers Union"),
    ("A staff survey carried out for the Brenvale Carers Union", "staff survey"),
    ("An independent survey carried out for the Brenvale Carers Union",
     "independent survey carried out for the Brenvale Carers Union"),
    ("A review, commissioned by the Tarnby Trust,", "review commissioned by the Tarnby Trust"),  # commas dropped
])
def test_how_a_document_made_for_a_party_is_named(raw: str, expected: str) -> None:
    assert party_document(raw.split()) == expected


# Every phrase of data/commissioning_asides.txt is read, whatever its length (round 52m: `conducted on behalf of`, four
# words, was never read, as only phrases of two, three and five words were tried).
@pytest.mark.parametrize(("raw", "expected"), [
    ("A survey carried out on behalf of the Brenvale Carers Union",
     "survey carried out on behalf of the Brenvale Carers Union"),
    ("A survey conducted on behalf of the Brenvale Carers Union",
     "survey conducted on behalf of the Brenvale Carers Union"),
    ("A survey of 900 carers conducted on behalf of the union", "survey of 900 carers"),
    ("Figures obtained by this newspaper", "Figures obtained by this newspaper"),  # a participle as second word
])
def test_a_document_made_on_behalf_of_a_party(raw: str, expected: str) -> None:
    assert party_document(raw.split()) == expected


def test_a_survey_conducted_on_behalf_of_a_party_speaks_as_itself() -> None:
    text = ("Care workers lose pay on the road, union says\n\nBy Jo Marsh\n\nThe Brenvale Carers Union said on Monday "
            "that pay for home visits had fallen behind.\n\nA survey of 900 care workers conducted on behalf of the "
            "union found that 61% were paid only for time in homes.\n")
    assert cued_rows(text) == [
        ("Brenvale Carers Union", "organisation", "said on Monday that", "pay for home visits had fallen behind"),
        ("survey of 900 care workers", "document", "found that", "61% were paid only for time in homes")]


# Wave 56s (speed): the article test on the first word comes first; the answers are those of before.
@pytest.mark.parametrize(("raw", "expected"), [
    ("The survey of 900 drivers, carried out for the charity,".split(), ("survey", ["the", "charity,"])),
    ("Survey of 900 drivers, carried out for the charity,".split(), None),
    ("The survey of 900 drivers, carried out by the charity,".split(), None),
    ("The survey of 900 drivers".split(), None),
    ([], None),
])
def test_a_document_made_for_a_party_opens_on_an_article(raw: list[str], expected: object) -> None:
    assert made_for_party(raw) == expected
