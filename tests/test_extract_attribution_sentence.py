"""attribution/sentence: a body that releases or launches a document showing what it found (wave 62e): a document's
noun with no determiner (`released traffic figures for May showing growth`), a title in quotation marks and
`demonstrating` (`launched its annual report, 'A Year at Home, Together', demonstrating growth`), `that show`. What
the document shows is its publisher's claim; a picture that shows something, or a list's lead-in, is not read so.
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.attribution import sentence
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.sentence import DOCUMENT_SHOWING_RE
from claims.extract.speakers.context import Context
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Carrowby Air Group released traffic figures for the first half showing growth of 7.2% in passengers.\n",
     [("Carrowby Air Group", "organisation", "showing", "growth of 7.2% in passengers")]),
    ("Harbour Age, the charity that phones pensioners, launched its annual report, \u2018A Year at Home, "
     "Together\u2019, demonstrating growth of 160% in the number of people it helped.\n",
     [("Harbour Age", "organisation", "demonstrating", "growth of 160% in the number of people it helped")]),
])
def test_what_a_released_document_shows_is_its_publishers(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("sentence", "cue"), [
    (" released traffic figures for May showing growth", "showing"),
    (" launched its annual report, \u2018A Year at Home, Together\u2019, demonstrating growth", "demonstrating"),
    (" has released quarterly results that show an increase", "that show"),
    (" launched its review - which says that four", "which says"),
    (" released a blurred still from a camera, that shows a man", None),  # an image is no document
    (" released 40 prisoners showing signs of illness", None),
])
def test_document_showing_re(sentence: str, cue: str | None) -> None:
    found = DOCUMENT_SHOWING_RE.search(sentence)
    assert (found.group("cue") if found else None) == cue


# Wave 67e: every verb by which a body puts out a document (`data/document_release_verbs.txt`), not only `published`,
# `released`, `issued`, `unveiled` and `launched`: filing, lodging, submitting, circulating, compiling a document.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Marram Bay Sailing Club has filed accounts showing that its income rose to £310,000 last year.\n",
     [("Marram Bay Sailing Club", "organisation", "showing", "its income rose to £310,000 last year")]),
    ("The Kelby Trust lodged its annual return showing a surplus of £42,000.\n",
     [("Kelby Trust", "organisation", "showing", "a surplus of £42,000")]),
    ("The Orrel Anglers' Association submitted a report to the council revealing that 40 fish died in June.\n",
     [("Orrel Anglers' Association", "organisation", "revealing", "40 fish died in June")]),
    ("The Tarrow Growers' Union circulated a survey of its members, showing that one farm in five lost money.\n",
     [("Tarrow Growers' Union", "organisation", "showing", "one farm in five lost money")]),
])
def test_what_a_filed_or_submitted_document_shows_is_its_makers(text: str,
                                                                  expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("sentence", "cue"), [
    (" has filed accounts showing a profit", "showing"),
    (" compiled figures for the year showing a fall", "showing"),
    (" filed 40 complaints showing signs of haste", None),  # no document's noun
])
def test_document_showing_re_reads_every_release_verb(sentence: str, cue: str | None) -> None:
    found = DOCUMENT_SHOWING_RE.search(sentence)
    assert (found.group("cue") if found else None) == cue


def test_a_lead_in_to_a_list_is_left_to_the_list() -> None:
    """`publishes its report, which shows that last year its teams:` ends in a colon: the bullets below are read as a
    list, never a row of the lead-in's own words."""
    text = ("The Ridgeway Trust today publishes its Impact Report, which shows that last year its teams:\n\n"
            "- cleared 412 fields\n- trained 90 local staff\n")
    assert [row[3] for row in cued_rows(text)] == ["cleared 412 fields", "trained 90 local staff"]


# Round 64m (mutation): `which shows` needs no `ing` elsewhere in its sentence (the cheap test before the pattern read
# only `showing` and `revealing`: a sentence with `which shows` alone gave no row).
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelby Trust published its latest tally, which shows that waits fell by 9%.\n",
     [("Kelby Trust", "organisation", "which shows", "waits fell by 9%")]),
    ("Kelby Trust published its latest tally, which revealed that waits fell by 9%.\n",
     [("Kelby Trust", "organisation", "which revealed", "waits fell by 9%")]),
])
def test_a_published_document_which_shows_is_its_publishers(text: str,
                                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Round 64m (mutation): `_published_showing` over one sentence of a text, each guard with a case of its own (a
# statement given out below, a quotation holding the match, another party's figures taken in before `which`), each
# asserted whole.
_TWO = ("Orrel Council published its annual tally, showing a rise. Kelby Trust published its latest tally, showing "
        "that waits fell by 9%.")
_QUOTED = "He said \"Kelby Trust published its tally, showing that waits fell by 9%.\" on Monday."
_QUOTE_AFTER = "Kelby Trust published its tally, showing that waits fell by 9%, \"a record\" it said."


@pytest.mark.parametrize(("text", "start", "holes", "expected"), [
    (_TWO, 58, [], Attribution("Kelby Trust", "organisation", "showing", ((111, 127),))),  # the second sentence
    ("Kelby Trust released the following statement on the jobs report, showing that waits fell:", 0, [],
     None),  # a statement given out below
    (_QUOTED, 0, [(8, 73)], None),  # the match inside a quotation
    (_QUOTE_AFTER, 0, [(64, 74)], Attribution("Kelby Trust", "organisation", "showing", ((46, 62),))),
    ("Kelby Trust issued a statement following new figures which showed that waits fell by 9%.", 0, [],
     None),  # another party's figures taken in before `which`
    ("Kelby Trust issued a statement following new figures which showed that waiting times at the three hospital "
     "sites in the county fell by 9% over the year.", 0, [], None),  # the same, read up to `which` only
    ("Kelby Trust published its latest tally, which showed that waits fell by 9%.", 0, [],
     Attribution("Kelby Trust", "organisation", "which showed", ((58, 74),))),
])
def test_published_showing(text: str, start: int, holes: list[tuple[int, int]], expected: Attribution | None) -> None:
    assert sentence._published_showing(text, (start, len(text)), holes, Context(text=text)) == expected


@pytest.mark.parametrize(("text", "start"), [
    ("The Ridgeway Trust today publishes its Impact Report, demonstrating that last year its teams:\n", 0),
    ("Orrel Council released traffic figures showing growth. Kelby Trust met.", 55),  # the match in another sentence
])
def test_document_showing_reads_its_own_sentence_and_no_list_s_lead_in(text: str, start: int) -> None:
    assert sentence._document_showing(text, (start, len(text))) is None


def test_a_lead_in_with_which_shows_is_left_to_the_list_however_its_items_are_worded() -> None:
    """`-ing` in a list item below is no cue of the lead-in's own sentence."""
    text = ("The Ridgeway Trust today publishes its Impact Report, which shows that last year its teams:\n\n"
            "- cleared 412 fields\n- trained 90 local staff in farming\n")
    assert [row[3] for row in cued_rows(text)] == ["cleared 412 fields", "trained 90 local staff in farming"]
