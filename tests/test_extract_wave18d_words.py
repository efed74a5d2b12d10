"""Words that are not names and figures written as words (wave 18d): each case is a short text written for this test
in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in
text order, or the whole value a helper returns."""
import pytest

from claims.extract import find_rows
from claims.extract.figures import holds_figure, is_figure_word
from claims.extract.gapped_items import FIRST_PASSIVE_RE, PASSIVE_CHAIN_RE, gapped_claim
from claims.extract.items import is_statement, split_items
from claims.extract.short_rows import too_short
from claims.extract.stubs import is_stub
from extract_rows import rows


# Figures written as words (18d, `figures`): a short item that stands with digits stands with words.
@pytest.mark.parametrize(("words", "digits"), [
    ("Forty jobs", "40 jobs"), ("nine in ten", "9 in 10"), ("up from twelve", "up from 12"),
    ("Thirty-seven children", "37 children"), ("rejected the twelve claims", "rejected the 12 claims"),
    ("a further forty", "a further 40"), ("Fifteen per cent", "15 per cent"), ("two-thirds of staff", "2/3 of staff"),
])
def test_a_number_in_words_reads_as_digits(words: str, digits: str) -> None:
    assert (is_statement(words), is_stub(words), too_short(words.split())) \
        == (is_statement(digits), is_stub(digits), too_short(digits.split()))


@pytest.mark.parametrize(("word", "expected"), [
    ("Forty", True), ("thirty-seven", True), ("two-thirds", True), ("one-third", True), ("40,", True),
    ("(12)", True), ("£4m", True), ("one", False), ("half", False), ("Second", False), ("often", False),
    ("", False), ("£", False), ("X5", False),  # a bus route's letter before a digit is no currency sign
])
def test_is_figure_word(word: str, expected: bool) -> None:
    assert is_figure_word(word) is expected


@pytest.mark.parametrize(("words_of", "expected"), [
    ("Nine in ten", True), ("3 homes", True), ("one of them", False), ("often tenants", False), ("a half", False)])
def test_holds_figure(words_of: str, expected: bool) -> None:
    assert holds_figure(words_of) is expected


# A verb and a bare figure with no subject (`accepted five`) grows to its sentence, as `recommended approval` does.
ACCEPTED = ("Audit of major projects\n\nThe auditor made six recommendations. Of the six, the Transport Department "
            "accepted five.\n")


def test_a_verb_and_a_bare_figure_grow_to_the_sentence() -> None:
    assert [r.quote for r in find_rows(ACCEPTED, "t.txt") if "five" in r.quote] == [
        "Of the six, the Transport Department accepted five."]


# A list of a preposition's objects (`through a survey, ward visits and three focus groups`) is one claim, also after a
# leading adjunct.
def test_objects_of_a_list_after_an_adjunct_stay_one_item() -> None:
    text = "In the spring, our staff met 286 patients through a survey, ward visits and three focus groups."
    assert [text[a:b] for a, b in split_items(text, (0, len(text) - 1))] == [text[:-1]]


# A one-word heading is no body (18d, `entities._BRAND_OPENING_RE`): `The authority published its decision` after
# `Fines` alone on a line never makes `Fines` a brand that `It said` then means.
@pytest.mark.parametrize("heading", ["Fines", "Ruling", "Budget"])
def test_a_one_word_heading_is_no_speaker(heading: str) -> None:
    text = (f"{heading}\n\nThe authority published its decision on Monday.\n\n"
            "It said the fine was \"a reckless gamble with public money\".\n")
    assert rows(text) == [("it", "unresolved", 'the fine was "a reckless gamble with public money"')]


def test_a_brand_opening_its_sentence_is_still_a_body() -> None:
    text = "Results\n\nBrightway reported its results on Monday.\n\nIt said sales rose by 4%.\n"
    assert rows(text) == [("Brightway", "organisation", "sales rose by 4%")]


# Words that open a sentence and name nobody (18d, `data/not_names.txt`, `data/sentence_starters.txt`).
def test_neither_and_second_name_nobody() -> None:
    text = ("Bridge update\n\nThe bridge was inspected in June and in August. Neither found any sign of scour, the "
            "council said.\n\nSecond, you said that 40 staff had been trained. Councillor Ann Roe said 12 homes were "
            "flooded.\n")
    assert rows(text) == [("the council", "unresolved", "Neither found any sign of scour"),
                          ("Ann Roe", "person", "12 homes were flooded")]


# Gaps in a list (18d, `gapped_items`): the claim column adds what a later item leaves out of a passive first clause.
GAPS = ("Repairs\n\nTom Reed said the mould had been treated, the windows replaced and a new extractor fan fitted "
        "last June.\n\nThe Fire Standards Inspectorate said the service was judged good in five, adequate in four and "
        "requires improvement in two.\n")


@pytest.mark.parametrize(("item", "expected"), [
    ("the windows replaced", "the windows [had been] replaced."),
    ("a new extractor fan fitted last June", "a new extractor fan [had been] fitted last June."),
    ("adequate in four", "[The service was judged] adequate in four."),
    ("requires improvement in two", "[The service was judged] requires improvement in two."),
    ("good in five", ""),  # the first clause's own grade
    ("the mould had been treated", ""),  # the first clause: nothing left out
])
def test_gapped_claim(item: str, expected: str) -> None:
    assert gapped_claim(GAPS, GAPS.index(item), item) == expected


@pytest.mark.parametrize("text", [
    "He said the landlord had apologised, the tenant moved out and the case closed.",  # active first clause
    "He said the mould had been treated, and that costs rose.",  # no gapped item
    "Staff were praised, the home rated good.",  # a first clause with no determiner before its subject
])
def test_no_gap_without_a_passive_first_clause_or_a_list(text: str) -> None:
    item = text.split(", ")[1].removeprefix("and ").rstrip(".")
    assert gapped_claim(text, text.index(item), item) == ""


@pytest.mark.parametrize("clause", [
    "the mould had been treated", "The service was judged good in five", "the\twindows were\treplaced",
    "all three reports have been published", "its roof is repaired in part",
])
def test_every_first_passive_clause_holds_the_cheap_tests_chain(clause: str) -> None:
    match = FIRST_PASSIVE_RE.search(clause)
    assert match is not None
    assert PASSIVE_CHAIN_RE.search(clause).group().split() == [match.group("chain").split()[-1], match.group("participle")]


def test_the_claim_column_fills_the_gap() -> None:
    assert [r.claim for r in find_rows(GAPS, "t.txt") if "[" in r.claim] == [
        "The windows [had been] replaced.", "A new extractor fan [had been] fitted last June.",
        "[The service was judged] adequate in four.", "[The service was judged] requires improvement in two."]
