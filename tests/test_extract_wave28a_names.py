"""Names read whole where they are read (wave 28a). Each case is a short text written for this test in our own words
about invented parties: what the name reader gives, what the registry holds, and the whole table a text must give as
(speaker, speaker_kind, cue, quote) rows; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from claims.extract.company_forms import with_form_stop
from claims.extract.entities import find_mentions
from claims.extract.speakers import Context
from claims.extract.speakers.appositives import register_appositives
from claims.extract.speakers.document_tails import participle_cut
from claims.extract.speakers.honoured_names import honoured_surname
from claims.extract.vocabulary import BYLINE_RE
from extract_rows import cued_rows as cue_rows


def _names(text: str) -> list[tuple[str, str]]:
    """Return each name the name reader finds in a text and the text its span covers."""
    return [(m.name, text[m.start:m.end]) for m in find_mentions(text, 0, len(text))]


# company_forms.with_form_stop, read by the name reader (`entities.mentions_in`): a company's abbreviated legal form
# keeps the full stop the text writes inside a sentence, and the span takes it where this one goes on.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brambleton Inc., the maker of garden tools, said sales rose.",
     [("Brambleton Inc.", "Brambleton Inc.")]),
    ("Quorin Corp. (NYSE: QRN) said sales rose.",
     [("Quorin Corp.", "Quorin Corp."), ("NYSE", "NYSE"), ("QRN", "QRN")]),
    ("Sales fell at Pellow Bros. Pellow Bros. said on Monday it would close a depot.",
     [("Pellow Bros.", "Pellow Bros"), ("Pellow Bros.", "Pellow Bros.")]),  # the first stop ends its sentence
])
def test_the_name_reader_keeps_a_legal_forms_stop(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


# Must not fire: a stop that may end a sentence and is written nowhere inside one, a form written without a stop, a
# form alone, a word that is no legal form (`Pty` is not in `data/stopped_forms.txt`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Sales fell at Brambleton Inc. The company said it would cut jobs.", [("Brambleton Inc", "Brambleton Inc")]),
    ("Brambleton Inc said sales rose.", [("Brambleton Inc", "Brambleton Inc")]),
    ("Varden Hill Pty. (ASX: VHP) said profits rose.", [("Varden Hill Pty", "Varden Hill Pty"), ("ASX", "ASX"),
                                                        ("VHP", "VHP")]),
])
def test_the_name_reader_leaves_other_stops(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(("text", "name", "end", "expected"), [
    ("Quorin Corp. said profits rose.", "Quorin Corp", 11, ("Quorin Corp.", 12)),
    ("Inc., the maker, said profits rose.", "Inc", 3, ("Inc", 3)),  # the form alone is no company's name
    ("Sales rose at Quorin Corp. Quorin Corp., the maker, said so.", "Quorin Corp", 25, ("Quorin Corp.", 25)),
])
def test_a_legal_forms_stop(text: str, name: str, end: int, expected: tuple[str, int]) -> None:
    assert with_form_stop(text, name, end) == expected


def test_an_apposition_registers_the_whole_name() -> None:
    text = "Wavelet, which is owned by the software group Quorin Corp., reports 40 million users."
    ctx = Context(text=text)
    register_appositives(text, 0, len(text), ctx)
    assert (ctx.kinds, ctx.called) == ({"Quorin Corp.": "organisation"}, {"Quorin Corp.": {"group"}})


@pytest.mark.parametrize(("text", "expected"), [
    ("Brambleton Inc., the maker of garden tools, said sales rose 4% in the year. The company said it would hire 30 "
     "staff.\n",
     [("Brambleton Inc.", "organisation", "said", "sales rose 4% in the year"),
      ("Brambleton Inc.", "organisation", "said", "it would hire 30 staff")]),
    ("Sales fell 9% at Brambleton Inc. Brambleton Inc., which makes garden tools, said it would cut 30 jobs. The "
     "company said demand was weak.\n",
     [("Brambleton Inc.", "organisation", "said", "it would cut 30 jobs"),
      ("Brambleton Inc.", "organisation", "said", "demand was weak")]),
    ("Sales fell at Brambleton Inc. The company said it would cut 30 jobs.\n",  # no stop inside a sentence
     [("Brambleton Inc", "organisation", "said", "it would cut 30 jobs")]),
])
def test_a_company_named_with_its_stop(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/document_tails, read where a document's name is read (`documents.document`): a document named with a
# participle's clause after its noun is named by its noun, and a later `the survey` is that document.
@pytest.mark.parametrize(("words", "expected"), [
    ("A fire risk assessment carried out last year".split(), 4),
    ("a facilities study presented to the board".split(), 3),
    ("a safety review held in March".split(), 3),
    ("a pricing notice sent to every holder".split(), 0),  # sending: where it went names it (21e)
    ("a condition survey carried out by the Halbrook Trust".split(), 0),  # its agent's rules read it
    ("figures released under a freedom of information request".split(), 0),  # a bare noun says too little
    ("the council's survey carried out in May".split(), 0),  # its owner's rules read it
    ("Harbour Survey Limited".split(), 0),  # a name
])
def test_a_documents_participle_cut(words: list[str], expected: int) -> None:
    assert participle_cut(words) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two branch libraries will close in April. A condition survey carried out last year found the roofs leak. "
     "The survey said the boilers are unsafe.\n",
     [("condition survey", "document", "said", "the boilers are unsafe")]),
    ("Ferry fares will rise in May. A safety review held in March found that two gangways were worn. "
     "The review said both would be replaced.\n",
     [("safety review", "document", "found that", "two gangways were worn"),
      ("safety review", "document", "said", "both would be replaced")]),
])
def test_a_document_named_with_its_clause_is_found_again(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: an owner written before the noun, an agent after the participle (the agent's rules read it).
@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry fares will rise in May. The council's safety review held in March found that two gangways were worn. "
     "The review said both would be replaced.\n",
     [("the review", "document", "said", "both would be replaced")]),
    ("Ferry fares will rise in May. A safety review carried out by the Harbour Marine Trust found that two gangways "
     "were worn. The review said both would be replaced.\n",
     [("Harbour Marine Trust", "organisation", "found that", "two gangways were worn"),
      ("Harbour Marine Trust", "organisation", "said", "both would be replaced")]),
])
def test_a_documents_clause_left_to_other_rules(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/honoured_names: one reading of an honorific before a name's last word (`Mr Tor`, `Professor Bridge`) for
# both `places` and `placed_names`, from `vocabulary.HONORIFICS`; an honorific that is the name's own first word
# (`Lady Bay`) is none.
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Walkers met on Harlow Tor. Mr Tor said the path was safe.", "Harlow Tor", True),
    ("Stalls return to Ann Bridge. Professor Bridge chairs the traders.", "Ann Bridge", True),
    ("Dame Bay opened the pier at Lady Bay.", "Lady Bay", True),
    ("The ferry stops at Lady Bay in May.", "Lady Bay", False),  # the name's own first word
    ("Stalls return to Ann Bridge in May.", "Ann Bridge", False),
])
def test_an_honoured_surname(text: str, name: str, expected: bool) -> None:
    assert honoured_surname(text, name) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Stalls will return to Ann Bridge in May. Ann Bridge said the market would reopen. Professor Bridge, who chairs "
     "the traders, said so.\n",
     [("Ann Bridge", "person", "said", "the market would reopen")]),  # a professor of that name: a person's name
    ("The ferry will stop at Lady Bay from May, the operator said. Lady Bay said the pier would reopen in June.\n",
     [("the operator", "unresolved", "said", "The ferry will stop at Lady Bay from May"),
      ("Lady Bay", "unresolved", "said", "the pier would reopen in June")]),  # a place: `Lady` is its own word
    ("Stalls will return to Ann Bridge in May. Ann Bridge said the market would reopen.\n",
     [("Ann Bridge", "unresolved", "said", "the market would reopen")]),
])
def test_a_place_or_a_person_by_an_honorific(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# vocabulary.BYLINE_RE: one byline opening for sentences, pronoun_owners, claim_labels and transcript; a lower-case
# `by` is one (sentences read it so before), a name must follow.
@pytest.mark.parametrize(("line", "expected"), [
    ("By Jo Roe, Daleham Echo", True), ("by Jo Roe, Daleham Echo", True), ("BY JO ROE", True),
    ("By\tJo Roe", True), ("By the way, fares rose", False), ("Bypass plans were approved", False),
])
def test_a_byline_opening(line: str, expected: bool) -> None:
    assert (BYLINE_RE.match(line) is not None) == expected


@pytest.mark.parametrize("byline", ["By Jo Roe, Daleham Echo", "by Jo Roe, Daleham Echo",
                                    "Jo Roe, Daleham Echo reporter"])
def test_a_bylines_outlet_is_no_party(byline: str) -> None:
    text = (f"Harbour ferry fares to rise\n\n{byline}\n\nFerry fares will rise by 8% in May. The company said fuel "
            "costs had doubled.\n")
    assert cue_rows(text) == [("the company", "unresolved", "said", "fuel costs had doubled")]


def test_a_body_on_its_own_line_is_no_byline() -> None:
    text = ("Harbour ferry fares to rise\n\nHarbour Ferries Ltd\n\nFerry fares will rise by 8% in May. The company "
            "said fuel costs had doubled.\n")
    assert cue_rows(text) == [("Harbour Ferries Ltd", "organisation", "said", "fuel costs had doubled")]
