"""`claims.extract.speakers.party_documents`: a document described by a clause naming a party that did not write it
(`A review commissioned by the department found`, `The analyst's report, read to the court, found`, `according to the
budget report presented to the panel`) speaks as itself, named by its own words (with its commissioner when its
noun alone says too little), never as that party; each case a
short text written for this test about invented parties, and the whole table it gives as (speaker, speaker_kind, cue,
quote) rows, or the whole value the function returns."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.party_documents import party_document

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
