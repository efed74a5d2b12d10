"""A source named in a relative clause inside another party's claim (attribution/relative_sources): the clause is the
source's row, from the noun phrase it is about to the clause's end. Round 52m: the cases that tell apart where that
noun phrase starts (a capitalised or numbered name, `the` before a lower-case noun) and who may be such a source (a
bare plural group, never one person in no party's shape). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows."""
from __future__ import annotations

import pytest

from extract_rows import rows

TRUST = "Kessock Harbour Trust"
CLAUSE = "which fishermen say floods at every spring tide"


@pytest.mark.parametrize(("text", "expected"), [
    (f"The old Pier 4, {CLAUSE}, will be rebuilt next year, the {TRUST} said.\n",
     [(TRUST, "organisation", f"The old Pier 4, {CLAUSE}, will be rebuilt next year"),
      ("fishermen", "unresolved", f"Pier 4, {CLAUSE}")]),
    (f"The Tarnby pier, {CLAUSE}, will be rebuilt next year, the {TRUST} said.\n",
     [("fishermen", "unresolved", f"The Tarnby pier, {CLAUSE}"),
      (TRUST, "organisation", f"The Tarnby pier, {CLAUSE}, will be rebuilt next year")]),
    (f"Work on the Tarnby pier, {CLAUSE}, will start next year, the {TRUST} said.\n",
     [(TRUST, "organisation", f"Work on the Tarnby pier, {CLAUSE}, will start next year"),
      ("fishermen", "unresolved", f"the Tarnby pier, {CLAUSE}")]),
    ("Horam Primary School, which parents say is too small, will close next year, the Dunlow County Council said.\n",
     [("parents", "unresolved", "Horam Primary School, which parents say is too small"),
      ("Dunlow County Council", "organisation",
       "Horam Primary School, which parents say is too small, will close next year")]),
    (f"The Tarnby pier, which one boatman says floods at every spring tide, will be rebuilt next year, the {TRUST} "
     "said.\n",
     [(TRUST, "organisation",
       "The Tarnby pier, which one boatman says floods at every spring tide, will be rebuilt next year")]),
], ids=["numbered-name", "the-and-a-noun", "the-inside-the-claim", "capitalised-name", "one-person-no-source"])
def test_where_a_relative_sources_row_starts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
