"""A speaker as the whole text names it: a body's name read short, a ticker, a person with a common noun as title."""
from __future__ import annotations

import pytest

from claims.extract.full_names import full_name, is_ticker, named_in_full, ticker_names


# --- ticker_names ---------------------------------------------------------------------------------------------

def test_a_ticker_names_the_longest_body_ending_before_it() -> None:
    text = "Grenlow Retail (LSE: GRL) said sales rose."
    assert ticker_names(text, ["Grenlow Retail", "Retail"]) == {"GRL": "Grenlow Retail"}
    assert ticker_names(text, ["Retail", "Grenlow Retail"]) == {"GRL": "Grenlow Retail"}


def test_a_body_name_ending_in_a_capital_x_is_read_whole() -> None:
    assert ticker_names("Corvex FX (AIM: CVX) said so.", ["Corvex FX"]) == {"CVX": "Corvex FX"}


@pytest.mark.parametrize(("text", "bodies", "expected"), [
    # a comma between the name and its bracket (or between the name and its defined terms) is passed over
    ("Pellmar Foods Inc., (OTC: PLMF) said so.", ["Pellmar Foods Inc."], {"PLMF": "Pellmar Foods Inc."}),
    ("Corvel Mining Ltd, (\u201cCorvel\u201d) (TSX: CVM) said so.", ["Corvel Mining Ltd"],
     {"CVM": "Corvel Mining Ltd"}),
    # a name ending in a capital X keeps it: before a stop, before defined terms, before another exchange's ticker
    ("Velmora REX. (LSE: VRX) said so.", ["Velmora REX"], {"VRX": "Velmora REX"}),
    ("Tarn FX (\u201cTarn\u201d) (TSX: TFX) said so.", ["Tarn FX"], {"TFX": "Tarn FX"}),
    ("Kelso FX (TSX: KFX) (NYSE: KFXX) said so.", ["Kelso FX"], {"KFX": "Kelso FX", "KFXX": "Kelso FX"}),
    # listed on three exchanges, a comma before the first bracket: every ticker names the company
    ("Kelso Rail Ltd, (TSX: KRL) (NYSE: KRLX) (LSE: KRLL) said so.", ["Kelso Rail Ltd"],
     {"KRL": "Kelso Rail Ltd", "KRLX": "Kelso Rail Ltd", "KRLL": "Kelso Rail Ltd"}),
    # a bracket of no exchange before the ticker is no other listing: nothing names the company across it
    ("Kelso Rail Ltd (Source: Tarn Office) (LSE: KRL) said so.", ["Kelso Rail Ltd"], {}),
    # a legal form of a company listed abroad, read only before its ticker
    ("Velmora Holdings SE (Euronext: VHS) said so.", ["Velmora Holdings"], {"VHS": "Velmora Holdings"}),
    # an all-capitals word the name reader cannot read opens no name when it is a sentence's opener (`TODAY`)
    ("TODAY Glass Works Ltd (LSE: GWL) said so.", ["Glass Works Ltd"], {"GWL": "Glass Works Ltd"}),
])
def test_what_stands_between_a_name_and_its_ticker(text: str, bodies: list[str], expected: dict[str, str]) -> None:
    assert ticker_names(text, bodies) == expected


@pytest.mark.parametrize("text", ["Tarnace (LSE: TRN) said so.", "XAce (LSE: XA) said so."])
def test_a_body_name_glued_to_the_end_of_a_longer_word_is_not_before_the_ticker(text: str) -> None:
    assert ticker_names(text, ["Ace"]) == {}


def test_a_ticker_that_is_the_body_name_itself_is_left_out() -> None:
    assert ticker_names("Corvex FX (AIM: CVX) said so.", ["CVX"]) == {}


@pytest.mark.parametrize("text", ["Corvex FX: AIM CVX said so.", "Corvex FX (AIM CVX) said so."])
def test_no_bracket_or_no_colon_is_no_ticker(text: str) -> None:
    assert ticker_names(text, ["Corvex FX"]) == {}


# --- full_name ------------------------------------------------------------------------------------------------

def test_a_short_name_at_the_start_of_the_longer_name_is_that_name() -> None:
    text = "Ardley Water Services said leakage fell by 9%."
    assert full_name(text, "Ardley Water", ["Ardley Water Services"]) == "Ardley Water Services"


def test_an_acronym_is_a_name_of_its_own_even_inside_a_longer_name() -> None:
    assert full_name("RSPB Cymru said numbers fell.", "RSPB", ["RSPB Cymru"]) is None


@pytest.mark.parametrize("speaker, body", [("Family Aid's", "Lifeline Family Aid's"),
                                           ("Family Aid\u2019s", "Lifeline Family Aid\u2019s")])
def test_a_possessive_speaker_is_an_owner_not_a_name(speaker: str, body: str) -> None:
    assert full_name(f"{body} shops said sales rose.", speaker, [body]) is None


def test_a_blank_speaker_is_no_short_name() -> None:
    assert full_name("Tay & Roe Partners said", "", ["Tay & Roe Partners"]) is None


def test_words_the_short_name_shares_with_the_longer_one_are_not_added_words() -> None:
    text = "Lifeline National Food Aid said it fed 900 families."
    assert full_name(text, "National Food Aid", ["Lifeline National Food Aid"]) == "Lifeline National Food Aid"


def test_a_weekday_before_the_short_words_is_no_part_of_a_name() -> None:
    text = "On Tuesday the Office of Flood Works said the river had risen."
    assert full_name(text, "Office of Flood Works", ["Tuesday the Office of Flood Works"]) is None


def test_a_short_name_that_is_only_part_of_a_hyphenated_word_is_no_run_of_the_words() -> None:
    assert full_name("Lifeline Family Aid-Plus said it grew.", "Aid", ["Lifeline Family Aid-Plus"]) is None


def test_a_longer_name_spaced_otherwise_than_the_speaker_is_not_found_in_the_text() -> None:
    text = "Lifeline Family\nAid said it fed 900 families."
    assert full_name(text, "Family Aid", ["Lifeline Family\nAid"]) is None


@pytest.mark.parametrize("text, expected", [
    ("Lifeline Family Aid: Family Aid said it fed 900.", None),  # right after the name, on its own
    ("Lifeline Family Aid opened. Family Aid staff said so. Lifeline Family Aid said it fed 900.", None),
    ("Lifeline Family Aid opened. Lifeline Family Aid said it fed 900. Lifeline Family Aid closed.",
     "Lifeline Family Aid"),
    ("Lifeline Family Aid and its eFamily Aid app said it fed 900.", "Lifeline Family Aid"),  # glued before
    ("Lifeline Family Aid and the Family Aiders said it fed 900.", "Lifeline Family Aid"),  # glued after
    ("Lifeline Family Aid and the Family Aid2 app said it fed 900.", "Lifeline Family Aid"),
])
def test_every_whole_word_occurrence_of_the_short_name_must_lie_inside_the_longer_one(text: str,
                                                                                       expected: str | None) -> None:
    assert full_name(text, "Family Aid", ["Lifeline Family Aid"]) == expected


# --- named_in_full --------------------------------------------------------------------------------------------

def test_every_person_with_a_common_noun_title_is_named_without_it() -> None:
    text = "Midwife Ellen Garvey said so. Porter Owen Blake said so."
    speakers = [("Midwife Ellen Garvey", "person"), ("Porter Owen Blake", "person")]
    assert named_in_full(text, speakers, {}) == {"Midwife Ellen Garvey": ("Ellen Garvey", "person"),
                                                "Porter Owen Blake": ("Owen Blake", "person")}


def test_a_body_is_never_cut_like_a_person_title() -> None:
    text = "Midwife Ellen Garvey said so."
    assert named_in_full(text, [("Midwife Ellen Garvey", "organisation")], {}) == {}


def test_a_title_before_a_body_noun_in_the_text_is_part_of_the_name() -> None:
    text = "The Midwife Ellen Garvey Trust said so. Midwife Ellen Garvey said so."
    assert named_in_full(text, [("Midwife Ellen Garvey", "person")], {}) == {}


def test_speakers_of_other_kinds_do_not_stop_the_rest_being_read() -> None:
    text = "Lifeline Family Aid says it fed 900 families. Midwife Ellen Garvey said so."
    speakers = [(f"the report {n}", "document") for n in range(6)] + [
        ("Family Aid", "organisation"), ("Midwife Ellen Garvey", "person")]
    kinds = {"Lifeline Family Aid": "organisation"}
    assert named_in_full(text, speakers, kinds) == {"Family Aid": ("Lifeline Family Aid", "organisation"),
                                                   "Midwife Ellen Garvey": ("Ellen Garvey", "person")}


def test_a_ticker_names_a_body_speaker_but_never_a_person() -> None:
    text = "Kelso Retail plc (LSE: KEL) said sales rose. KEL said margins held."
    kinds = {"Kelso Retail plc": "organisation"}
    assert named_in_full(text, [("KEL", "organisation")], kinds) == {"KEL": ("Kelso Retail plc", "organisation")}
    assert named_in_full(text, [("KEL", "person")], kinds) == {}


# wave 57b: a page its own only by signs names no ticker as its issuer.
@pytest.mark.parametrize("name, expected", [("SHVN", True), ("Streamhaven", False), ("ACM", False)])
def test_is_ticker(name: str, expected: bool) -> None:
    text = "Streamhaven, Inc. (NASDAQ: SHVN) today reported results. (ACM) is not one."
    assert is_ticker(text, name) is expected
