"""A bare data noun (`The stats show`, `the research found`, `The data showed`) names again the nearest document named
before it in its paragraph or the one before, and speaks as that document does: its maker when the text names one,
else its own words; two documents there whose makers differ leave the owner untold (wave 58h). Each case is a short
text written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.speakers import nearest_documents
from claims.extract.speakers.nearest_documents import bare_data_start, previous_paragraph_start
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Crime figures out\n\nThe Norland Statistics Office has today released its crime figures for the year to June. "
     "The stats show a 4 per cent fall in burglary.\n",
     [("Norland Statistics Office", "organisation", "a 4 per cent fall in burglary")]),
    ("Residents happier\n\nCouncillors examined figures at a meeting on Monday.\n\nThe figures held the results of a "
     "resident survey carried out in May.\n\nThe data showed 58 per cent of people were satisfied with the area.\n",
     [("resident survey", "document", "58 per cent of people were satisfied with the area")]),
    ("Police powers\n\nLatest figures show that police in Norland made four arrests.\n\nCovering the week to Friday, "
     "the statistics also show that 90 fines were issued.\n",
     [("latest figures", "document", "police in Norland made four arrests"),
      ("latest figures", "document", "90 fines were issued")]),
    ("Food parcels\n\nThe latest figures from the Lantern Trust show 6,500 parcels were handed out in the city.\n\n"
     "The data also shows 2,281 of the parcels went to children.\n",
     [("Lantern Trust", "organisation", "6,500 parcels were handed out in the city"),
      ("Lantern Trust", "organisation", "2,281 of the parcels went to children")]),
])
def test_a_bare_data_noun_speaks_as_the_document_named_before_it(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_two_documents_of_different_makers_before_it_leave_the_owner_untold() -> None:
    text = ("Two reports\n\nThe Norland Statistics Office has today released its crime figures for the year to June. "
            "The Fenbury Police Federation has released its own survey of officers. The stats show a 4 per cent fall "
            "in burglary.\n")
    assert rows(text) == [("The stats", "unresolved", "a 4 per cent fall in burglary")]


def test_no_document_before_it_leaves_the_other_readers() -> None:
    text = ("Walking up\n\nFenbury Council met on Monday to look at transport.\n\nThe data showed that 40 per cent of "
            "residents walk to work.\n")
    assert rows(text) == [("Fenbury Council", "organisation", "40 per cent of residents walk to work")]


@pytest.mark.parametrize(("region", "expected"), [
    ("The stats ", 0),
    ("Covering the week, the statistics also ", 19),
    ("More were asked, and the research ", 21),
    ("The council's figures ", None),
    ("The new report ", None),
    ("Fenbury Council ", None),
])
def test_bare_data_start_finds_the_bare_noun_ending_a_region(region: str, expected: int | None) -> None:
    assert bare_data_start(region, 0, len(region)) == expected


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("A.\n\nB.\n\nC.", 8, 4),
    ("A.\nB.\nC.", 6, 3),
    ("A. B.", 3, 0),
    ("Ab.\n \t\n\nCd.", 10, 0),
    ("One.\nTwo.\n\n  \nThree.", 18, 5),
    ("\n\nA.", 3, 0),
    ("A.\nB.", 0, 0),
], ids=["blank-line", "line", "one-paragraph", "spaced-blank-lines", "paragraph-after-lines", "leading-breaks",
        "text-start"])
def test_previous_paragraph_start(text: str, at: int, expected: int) -> None:
    assert previous_paragraph_start(text, at) == expected


@pytest.mark.parametrize(("text", "line", "at", "expected"), [
    ("Fenbury Council met. Their figures", 0, 21, 21),
    ("Fenbury Council met, and their figures", 0, 25, 25),
    ("Fenbury Council met; their figures", 0, 21, 21),
    ("Fenbury Council released their figures", 0, 25, 0),
    ("Head.\nFenbury Council released their figures", 6, 31, 6),
    ("A. Its figures", 0, 3, 3),
    ("A; its figures", 0, 3, 3),
], ids=["stop", "and", "semicolon", "none", "line", "stop-at-text-start", "semicolon-at-text-start"])
def test_clause_start(text: str, line: int, at: int, expected: int) -> None:
    """The clause starts after the last mark found; a mark near the text's start counts too (the old `> 5` that
    stood for "found" dropped it)."""
    assert nearest_documents._clause_start(text, line, at) == expected
