"""A bare data noun (`The stats show`, `the research found`, `The data showed`) names again the nearest document named
before it in its paragraph or the one before, and speaks as that document does: its maker when the text names one,
else its own words; two documents there whose makers differ leave the owner untold (wave 58h). Each case is a short
text written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.speakers import nearest_documents
from claims.extract.speakers.context import Who
from claims.extract.speakers.nearest_documents import (bare_data_start, bare_reading, nearer_maker, nearest_publisher,
                                                       previous_paragraph_start)
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
    ("The latest figures ", 0),  # a plain modifier
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
    ("\n\nA.\n", 3, 0),
    ("A.\nX\n\nB.", 6, 3),
    ("\nA.\n\nB.", 5, 1),
], ids=["blank-line", "line", "one-paragraph", "spaced-blank-lines", "paragraph-after-lines", "leading-breaks",
        "text-start", "only-breaks-before", "paragraph-of-x", "break-at-text-start"])
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
    ("Tarn met. Orla met. Their figures", 0, 20, 20),
    ("; their figures", 0, 2, 2),
], ids=["stop", "and", "semicolon", "none", "line", "stop-at-text-start", "semicolon-at-text-start", "last-of-two",
        "mark-at-zero"])
def test_clause_start(text: str, line: int, at: int, expected: int) -> None:
    """The clause starts after the last mark found; a mark near the text's start counts too (the old `> 5` that
    stood for "found" dropped it)."""
    assert nearest_documents._clause_start(text, line, at) == expected


# Round 59m (mutation): the document phrases read before the bare noun and how their speakers are weighed, each
# asserted whole: the speaker found and every phrase handed to the resolver, nearest first.
_TRUST = Who("Tarn Trust", "organisation", 0)
_RELEASED = "Tarn Trust released its figures"


def _nearest(text: str, region: str, speakers: dict[str, Who]) -> tuple[Who | None, list[str]]:
    """Return what nearest_document gives for a region and the phrases it asked the resolver about."""
    start = text.index(region)
    asked: list[str] = []

    def resolve(at: int, to: int) -> Who | None:
        """Answer from the table, noting the phrase asked."""
        asked.append(text[at:to])
        return speakers.get(text[at:to])
    return nearest_documents.nearest_document(text, start, start + len(region), resolve), asked


@pytest.mark.parametrize(("text", "region", "speakers", "expected"), [
    (_RELEASED + ". The stats show a rise.", "The stats ", {_RELEASED: _TRUST},
     (Who("Tarn Trust", "organisation", 33), [_RELEASED])),
    (_RELEASED + ". The stats show a rise. A new report is due. More news.\nAnd more.", "The stats ",
     {_RELEASED: _TRUST},
     (Who("Tarn Trust", "organisation", 33), [_RELEASED])),
    ("Tarn Trust figures\nThe data show a rise.", "The data ", {"Tarn Trust figures": _TRUST},
     (Who("Tarn Trust", "organisation", 19), ["Tarn Trust figures"])),
    (_RELEASED + ". The figures were late. The data show a rise.", "The data ", {_RELEASED: _TRUST},
     (Who("Tarn Trust", "organisation", 56), [_RELEASED])),
    (_RELEASED + ". The revised monthly statistics were late. The data show a rise.", "The data ", {_RELEASED: _TRUST},
     (Who("Tarn Trust", "organisation", 75), ["The revised monthly statistics", _RELEASED])),
    (_RELEASED + ". Orla Vale studied a report. The data show a rise.", "The data ",
     {_RELEASED: _TRUST, "a report": Who("a report", "unresolved", 0)},
     (Who("Tarn Trust", "organisation", 61), ["a report", _RELEASED])),
    (_RELEASED + ". Orla Vale studied a report. The data show a rise.", "The data ",
     {_RELEASED: _TRUST, "a report": Who("Orla Vale", "person", 0)},
     (Who("The data", "unresolved", 61), ["a report", _RELEASED])),
    (_RELEASED + ". Orla Vale studied a report. The data show a rise.", "The data ",
     {_RELEASED: _TRUST, "a report": Who("a report", "document", 0)},
     (Who("a report", "document", 61), ["a report", _RELEASED])),
    (_RELEASED + ".", "Tarn Trust ", {}, (None, [])),
], ids=["stop", "sentences-after", "line-before", "bare-skipped", "thirty-letters-read", "unresolved-passed",
        "two-makers", "document-no-maker", "no-bare-noun"])
def test_nearest_document_weighs_the_phrases_before(text: str, region: str, speakers: dict[str, Who],
                                                    expected: tuple[Who | None, list[str]]) -> None:
    assert _nearest(text, region, speakers) == expected


_FAR = "Tarn Valley Community Housing Partnerships East Wing North Side Upper Floors"
"""76 letters without an opener: with `the ` before them, the noun after is 81 letters past the `the`."""


@pytest.mark.parametrize(("text", "bounds", "expected"), [
    ("Councillors examined a research report on Monday.", None, ["a research report"]),
    ("Head\nTarn Trust released their figures.", None, ["Tarn Trust released their figures"]),
    ("A\nB\nTarn Trust released their figures.", None, ["Tarn Trust released their figures"]),
    ("\nTarn Trust released their figures.", None, ["Tarn Trust released their figures"]),
    ("Tarn Trust said so. Its figures rose.", None, ["Its figures"]),
    ("Tarn Trust said so, and its figures rose.", None, ["its figures"]),
    ("Tarn Trust said so; Their figures rose.", None, ["Their figures"]),
    ("Tarn met; figures were late.", None, ["figures"]),
    ("Doctors read (X-ray figures) today.", None, ["X-ray figures"]),
    ("A list of figures came, drawn from statistics on data, one of many on file.", None,
     ["figures", "statistics", "data"]),
    ("An analysis by the Tarn Trust found more.", None, ["An analysis by the Tarn Trust"]),
    ("Orla Vale studied figures from the Tarn Trust show a rise", (0, 30), ["Orla Vale studied figures"]),
    ("Councillors examined a report and a survey.", (0, 30), ["a report"]),
    ("Orla Vale said that the " + _FAR + " figures rose.", None, ["figures"]),
    ("Orla Vale said that the " + _FAR[5:] + " figures rose.", None, ["the " + _FAR[5:] + " figures"]),
    ("A roofer saw a list of figures.", None, ["figures"]),
    ("Tarn Trust said: Its figures rose.", None, ["Tarn Trust said: Its figures"]),
    ("Tarn Trust said: Their figures rose.", None, ["Tarn Trust said: Their figures"]),
], ids=["noun-run", "line", "lines", "leading-break", "its-after-stop", "its-after-and", "their-after-semicolon",
        "after-semicolon", "bracket", "of-from-on", "maker", "maker-past-end", "noun-past-end", "opener-too-far",
        "opener-near", "roofer-of", "its-after-colon", "their-after-colon"])
def test_noun_phrases(text: str, bounds: tuple[int, int] | None, expected: list[str]) -> None:
    start, end = bounds or (0, len(text))
    assert [text[at:to] for at, to in nearest_documents._noun_phrases(text, start, end)] == expected


@pytest.mark.parametrize(("who", "region", "expected"), [
    (Who("The stats", "unresolved", 0), "The stats ", True),
    (Who("the stats", "document", 0), "The stats ", True),
    (Who("latest figures", "document", 0), "The stats ", False),  # another document the readers found
    (Who("The stats", "organisation", 0), "The stats ", False),  # an owner they found, whatever its name
    (Who("Fenbury Council", "unresolved", 0), "Fenbury Council ", False),  # no bare data noun
], ids=["unresolved", "own-words", "other-document", "owner", "no-bare-noun"])
def test_bare_reading(who: Who, region: str, expected: bool) -> None:
    """Round 59m (mutation): only a bare data noun left unresolved or as its own words may be replaced."""
    assert bare_reading(who, region, 0, len(region)) is expected


_PUBLISHED = "Tarn Board said fares rose. The Kelby Data Office published its fares report on Monday. "


@pytest.mark.parametrize(("text", "region", "expected"), [
    (_PUBLISHED + "The figures show a fall.", "The figures ", "Kelby Data Office"),
    (_PUBLISHED + "\n\nThe figures show a fall.", "The figures ", "Kelby Data Office"),  # the paragraph before
    (_PUBLISHED + "\n\nMore.\n\nThe figures show a fall.", "The figures ", None),  # two paragraphs back: too far
    ("Tarn Board said fares rose. Kelby staff read a fares report. The figures show a fall.", "The figures ", None),
    (_PUBLISHED + "Orla Vale read a survey. The figures show a fall.", "The figures ", None),  # the nearest: no maker
    (_PUBLISHED + "The Tarn Board says a fall.", "The Tarn Board ", None),  # no bare data noun
], ids=["sentence-before", "paragraph-before", "too-far", "not-published", "nearer-document", "no-bare-noun"])
def test_nearest_publisher_is_read_from_the_words_alone(text: str, region: str, expected: str | None) -> None:
    """Wave 63x: the body that published the nearest document before a bare data noun, no name registered."""
    start = text.rindex(region)
    assert nearest_documents.nearest_publisher(text, start, start + len(region)) == expected


@pytest.mark.parametrize(("who", "expected"), [
    (Who("Tarn Board", "organisation", 0), True),
    (Who("Tarn Board", "inspectorate", 0), True),
    (Who("Tarn Board", "person", 0), False),  # a person the readers found stays
    (Who("Kelby Data Office", "organisation", 0), False),  # the same body
    (Who("Kelby Data", "organisation", 0), False),  # a name within the other: the same body read short
    (Who("The Kelby Data Office Group", "organisation", 0), False),
], ids=["other-body", "inspectorate", "person", "same", "shorter", "longer"])
def test_published_nearer_only_for_another_body(who: Who, expected: bool) -> None:
    text = _PUBLISHED + "The figures show a fall."
    start = text.rindex("The figures ")
    assert nearest_documents.published_nearer(who, text, start, start + len("The figures ")) is expected


# Round 64m (mutation): the maker of the nearest document weighed against the body found, the publisher read before
# the bare noun's own sentence and only when a body's name is the publishing subject, and an untold owner's words
# with no blank around them; each asserted whole.
_COUNCIL = Who("Kelby Council", "organisation", 0)


@pytest.mark.parametrize(("who", "nearest", "expected"), [
    (_COUNCIL, Who("Tarn Trust", "organisation", 40), True),
    (_COUNCIL, None, False),
    (_COUNCIL, Who("fares report", "document", 40), False),  # no body made it
    (_COUNCIL, Who("Kelby Council", "organisation", 40), False),  # the same body
    (Who("Ada Lind", "person", 0), Who("Tarn Trust", "organisation", 40), False),  # no body found before
])
def test_nearer_maker(who: Who, nearest: Who | None, expected: bool) -> None:
    assert nearer_maker(who, nearest) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelby Trust published its fares report. The figures show a rise. Orrel Council published its bus report. "
     "More news.", "Kelby Trust"),  # a document after the bare noun is not read
    ("Kelby Trust and Ama Orrin published their fares report. The figures show a rise.", None),  # no body's name
])
def test_nearest_publisher_reads_the_document_before_the_bare_noun(text: str, expected: str | None) -> None:
    start = text.index("The figures")
    assert nearest_publisher(text, start, start + 12) == expected


def test_an_untold_owner_s_words_keep_no_tab() -> None:
    text = ("Two reports\n\nThe Norland Statistics Office has today released its crime figures for the year to June. "
            "The Fenbury Police Federation has released its own survey of officers. The stats\tshow a 4 per cent fall "
            "in burglary.\n")
    assert rows(text) == [("The stats", "unresolved", "a 4 per cent fall in burglary")]
