"""speakers/headline_names: a body the text names only inside its headline is no owner of an unowned document (`Kestrel
Aid Trust scandal still hitting gifts ... A survey released this morning has found`): the survey speaks as itself
(wave 56p; real pages of the 65th and 69th checks). A letterhead, or a body named again in the text, still owns it.
Each case is a short text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.headline_names import headline_line, is_headline, named_in_headline_only

_SURVEY = ("A survey released this morning has found two thirds of charities have lost donors since last year.\n"
           "The survey of 300 groups found that 40% had cut staff.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Aid Trust scandal still hitting gifts to charities\n" + _SURVEY,
     [("a survey", "document", "found", "two thirds of charities have lost donors since last year"),
      ("the survey", "document", "found that", "40% had cut staff")]),
])
def test_headline_only_body_owns_no_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: a letterhead names the writer; a body the text names again is the one it is about.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Aid Trust\n\n" + _SURVEY,
     [("Kestrel Aid Trust", "organisation", "found", "two thirds of charities have lost donors since last year"),
      ("Kestrel Aid Trust", "organisation", "found that", "40% had cut staff")]),
    ("Kestrel Aid Trust losses widen as gifts fall\n" + _SURVEY + "Kestrel Aid Trust will cut two posts.\n",
     [("Kestrel Aid Trust", "organisation", "found", "two thirds of charities have lost donors since last year"),
      ("Kestrel Aid Trust", "organisation", "found that", "40% had cut staff")]),
])
def test_letterhead_or_named_again_kept(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Kestrel Aid Trust scandal hits gifts\nA survey found a fall.\n", "Kestrel Aid Trust", True),
    ("Kestrel Aid Trust\nA survey found a fall.\n", "Kestrel Aid Trust", False),
    ("Kestrel Aid Trust scandal hits gifts.\nA survey found a fall.\n", "Kestrel Aid Trust", False),
    ("Kestrel Aid Trust scandal hits gifts\nKestrel Aid Trust said so.\n", "Kestrel Aid Trust", False),
    ("Gifts fall\nKestrel Aid Trust said so.\n", "Kestrel Aid Trust", False),
])
def test_named_in_headline_only(text: str, name: str, expected: bool) -> None:
    assert named_in_headline_only(text, name) is expected


def test_headline_line() -> None:
    assert headline_line("\n  Gifts fall  \nA survey found.\n") == ("Gifts fall", 15)


def test_headline_line_of_a_text_of_one_line() -> None:  # round 57m: the line runs to the text's end
    assert headline_line("Gifts fall") == ("Gifts fall", 10)


# Merge of wave 56 (the whole suite): a first line that is prose (a sentence's end inside it), an issuer's field
# (`Issued by X`) or a headline naming a short form of a body the text names in full below is no headline-only name.
@pytest.mark.parametrize(("text", "name", "bodies", "expected"), [
    ("Kestrel Water has released its survey. The results show that\n- most were happy.\n", "Kestrel Water", (), False),
    ("Issued by the Press Office, Kestrel Police\nFor immediate release\n\nFigures show thefts fell.\n",
     "Kestrel Police", (), False),
    ("From: Kestrel Police\n\nFigures show thefts fell.\n", "Kestrel Police", (), False),
    ("Mayor Roe: Kestrel Fraud Unit recovers $3 million\n\nThe Kestrel Fraud Control Unit said so.\n",
     "Kestrel Fraud Unit", ("Kestrel Fraud Control Unit",), False),
    ("Mayor Roe: Kestrel Fraud Unit recovers $3 million\n\nThe Harbour Board said so.\n",
     "Kestrel Fraud Unit", ("Harbour Board",), True),
    ("Kestrel Fraud Unit hit by cuts\n\nA report found a fall.\n", "Kestrel Fraud Unit",
     ("Kestrel Fraud Control Unit",), True),  # the longer form never written below the headline
], ids=["prose-line", "issued-by", "from-field", "short-form-named-in-full-below", "other-body-below",
        "longer-form-not-below"])
def test_named_in_headline_only_reads_prose_issuers_and_short_forms(text: str, name: str, bodies: tuple[str, ...],
                                                                     expected: bool) -> None:
    assert named_in_headline_only(text, name, bodies) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Kestrel Aid Trust scandal still hitting gifts", True),
    ("Gifts fall at Kestrel Aid Trust.", False),
    ("Kestrel Aid Trust reports. Gifts fall", False),
    ("Kestrel says \"no\" to cuts", True),
    ("Issued by: Kestrel Aid Trust", False),
    ("Issued by Kestrel Aid Trust", False),
    ("Fromley Trust hits target", True),  # `from` opens no field inside a word
    ("Source - Kestrel Aid Trust", False),
    ("From farm to fork: Kestrel Foods cuts waste", True),  # a one-word field needs its mark right after it
    ("From: Kestrel Aid Trust", False),
    ("Source Kestrel Aid Trust", True),
], ids=["headline", "sentence", "sentence-inside", "quoted-word", "field-colon", "field-space", "word-not-field",
        "field-dash", "from-opening-a-headline", "from-field", "source-without-mark"])
def test_is_headline(line: str, expected: bool) -> None:
    assert is_headline(line) is expected
