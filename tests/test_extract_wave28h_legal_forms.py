"""One list of legal forms (wave 28h). The words that end a company's legal name (`Ltd`, `Limited`, `plc`, `LLP`,
`Inc`, `LLC`, `Corp`, `GmbH`, a firm's `LP`, `PC`, `PLLC`) are read from one data file, `data/legal_forms.txt`, once,
as `vocabulary.LEGAL_FORMS`; every reader of a legal form takes them from there, written as a text writes them by
`company_forms.form_alternation`. Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows; and the shapes where a form
must not be read, which say why the few words kept apart are kept apart."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.extract import company_forms, entities
from claims.extract.company_forms import COMPANY_FORMS, WORD_FORMS, form_alternation, lower_case_forms
from claims.extract.speakers import bounds
from claims.extract.vocabulary import LEGAL_FORMS, ORG_HEADS, load_words
from extract_rows import cued_rows as cue_rows

PACKAGE = Path(entities.__file__).resolve().parent


def test_one_list_read_once() -> None:
    assert LEGAL_FORMS == load_words("legal_forms")
    assert {"ltd", "limited", "plc", "llp", "llc", "inc", "corp", "gmbh"} <= LEGAL_FORMS
    readers = [path.name for path in PACKAGE.rglob("*.py") if 'load_words("legal_forms")' in path.read_text()]
    assert readers == ["vocabulary.py"]


@pytest.mark.parametrize("words", [ORG_HEADS, COMPANY_FORMS, bounds._FIRM_ENDINGS, entities._ORG_FORMS])
def test_every_list_of_last_words_holds_every_legal_form(words: frozenset[str]) -> None:
    assert LEGAL_FORMS <= words


def test_no_module_spells_out_its_own_forms() -> None:
    spelled = re.compile(r"\b(?:Ltd|LLP|LLC|GmbH|plc)\|")
    assert [path.name for path in PACKAGE.rglob("*.py") if spelled.search(path.read_text())] == []


@pytest.mark.parametrize(("written", "matched"), [
    ("Ltd", True), ("LTD", True), ("ltd", True), ("plc", True), ("PLC", True), ("GmbH", True), ("Corp", True),
    ("Limited", True), ("LIMITED", True),
    ("limited", False), ("Co", False), ("ASA", False), ("AG", False),
])
def test_form_alternation(written: str, matched: bool) -> None:
    assert bool(re.fullmatch(form_alternation(), written)) is matched


def test_lower_case_forms_leave_out_words() -> None:
    assert re.fullmatch(lower_case_forms(), "plc") and re.fullmatch(lower_case_forms(), "llc")
    assert WORD_FORMS == {"limited"} and re.fullmatch(lower_case_forms(), "limited") is None


# Every form of the list is read wherever a form is read: a bracketed jurisdiction before `GmbH` or `Corp` (until
# now only before six forms), `llc` after a name in lower case (until now only `plc`, `ltd`, `llp`, `inc`), and a
# board `of` a company whose form is `Corp` or `LLP` speaking as the company (until now not those two).
@pytest.mark.parametrize(("text", "expected"), [
    ("Halvern Tools (Europe) GmbH said the plant in Leeds would close in May.\n",
     [("Halvern Tools (Europe) GmbH", "organisation", "said", "the plant in Leeds would close in May")]),
    ("Halvern Tools (UK) Corp said the plant in Leeds would close in May.\n",
     [("Halvern Tools (UK) Corp", "organisation", "said", "the plant in Leeds would close in May")]),
    ("Sallow Finch Holdings (UK) LTD said the plant would close in May.\n",
     [("Sallow Finch Holdings (UK) LTD", "organisation", "said", "the plant would close in May")]),
    ("Corrin Mills llc said the plant in Leeds would close in May.\n",
     [("Corrin Mills llc", "organisation", "said", "the plant in Leeds would close in May")]),
    ("The Board of Tarrow Mills Corp said the plant would close in May.\n",
     [("Tarrow Mills Corp", "organisation", "said", "the plant would close in May")]),
    ("The Board of Tarrow Mills LLP said the plant would close in May.\n",
     [("Tarrow Mills LLP", "organisation", "said", "the plant would close in May")]),
    ("Marsh Brothers & Co said the plant in Leeds would close in May.\n",
     [("Marsh Brothers & Co", "organisation", "said", "the plant in Leeds would close in May")]),
])
def test_every_form_read_everywhere(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: `limited` in lower case is a verb (`limited its price rises`), after a name or after a bracketed
# jurisdiction; `co` (`co-founder`) and the letters of a foreign form (`ASA`, the advertising regulator) are no
# shared form: shared, `Ana Voss` was read as a body and `the ASA` as an unresolved reference. (Wave 34e: the ASA,
# which upheld two complaints, is an inspectorate by what it does, `speakers/examining_work`.)
@pytest.mark.parametrize(("text", "expected"), [
    ("Brackwell Foods limited its price rises to 2% this year, Jo Roe said.\n",
     [("Jo Roe", "person", "said", "Brackwell Foods limited its price rises to 2% this year")]),
    ("Halvern Tools (UK) limited its price rises, Dana Holt said.\n",
     [("Dana Holt", "person", "said", "Halvern Tools (UK) limited its price rises")]),
    ("Brisk Ledger, a bookkeeping app for sole traders, has raised £5m from Kestle Ventures.\n\n"
     "\"Our users get back a day a month,\" said Ana Voss, co-founder and CEO of Brisk Ledger. "
     "\"This round lets us hire.\"\n",
     [("Ana Voss", "person", "said", "Our users get back a day a month"),
      ("Ana Voss", "person", "quotation continues", "This round lets us hire.")]),
    ("An advert for Glowpeak serum claimed it was clinically proven. The ASA upheld two complaints.\n\n"
     "The ASA said the study involved only 20 people. \"We concluded that the claim was misleading,\" the ASA said.\n",
     [("ASA", "inspectorate", "said", "the study involved only 20 people"),
      ("ASA", "inspectorate", "said", "We concluded that the claim was misleading")]),
])
def test_words_kept_apart_are_no_form(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


def test_jurisdiction_tail_reads_the_shared_forms() -> None:
    text = "Acme Motors (Ireland) Limited and Acme Motors (UK) limited"
    assert company_forms.jurisdiction_tail(text, len("Acme Motors")) == len("Acme Motors (Ireland) Limited")
    assert company_forms.jurisdiction_tail(text, text.rindex(" (UK)")) == -1
