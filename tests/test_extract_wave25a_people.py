"""People against bodies (wave 25a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order, or the whole
value a helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims import extract_text
from claims.extract.text import split_sentences
from claims.extract.title_nouns import in_word_list, is_common_noun


def table(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["cue"], found["quote"]))


def sentences(text: str) -> list[str]:
    """Return the sentences `split_sentences` reads in a whole text."""
    return [text[start:end] for start, end in split_sentences(text, 0, len(text))]


# A lower-case `no.` ends a sentence (`voted no.`) unless a figure follows it (`no. 12`): the surname that opens the
# next sentence is then one of the two people named before, not the pair. `No.` with a capital is read as before,
# except an answer's (wave 35i).
VOTE = "The board voted 5-2 to close the Fernleigh depot.\n\n"


@pytest.mark.parametrize(("pair", "cue_subject", "speaker"), [
    ("Board members Nina Holt and Carl Ames", "Holt", "Nina Holt"),
    ("Council Members Nina Holt and Carl Ames", "Ames", "Carl Ames"),
    ("Trustees Nina Holt and Carl Ames", "Mr Ames", "Carl Ames"),
])
def test_a_surname_after_voted_no_is_that_person(pair: str, cue_subject: str, speaker: str) -> None:
    text = VOTE + f"{pair} voted no. {cue_subject} said the depot had served 900 families since 2019.\n"
    assert table(text) == [(speaker, "person", "said", "the depot had served 900 families since 2019")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two members voted no. Holt said so.", ["Two members voted no.", "Holt said so."]),
    ("The answer is no. Owners should call us.", ["The answer is no.", "Owners should call us."]),
    ("Plots were sold: nos. Owners should call us.", ["Plots were sold: nos.", "Owners should call us."]),
    # must not fire: a figure follows, or `No.` has its capital (a number, or an answer read with its sentence)
    ("The hall at No. 4 Mill Lane is shut.", ["The hall at No. 4 Mill Lane is shut."]),
    ("Houses no. 12 and 14 were hit.", ["Houses no. 12 and 14 were hit."]),
    ("Plots nos. 3 and 4 were sold.", ["Plots nos. 3 and 4 were sold."]),
    # wave 35i: an answer's `No.` opening its line is a sentence of its own (tests/test_extract_text.py)
    ("Will rents rise?\nNo. Rents will stay at 2026 levels.", ["Will rents rise?", "No.", "Rents will stay at 2026 levels."]),
    ("Ask Dr. Holt about it.", ["Ask Dr. Holt about it."]),
])
def test_a_lower_case_no_ends_a_sentence_unless_a_figure_follows(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_numbered_address_keeps_its_sentence() -> None:
    text = VOTE + "The depot at No. 4 Mill Lane had served 900 families, Nina Holt said.\n"
    assert table(text) == [("Nina Holt", "person", "said", "The depot at No. 4 Mill Lane had served 900 families")]


# A post's constituency written with an en dash (`TD for Carlow–Kilkenny`) or a portfolio whose last word is a British
# spelling of a common noun (`Minister for Industrial Decarbonisation`) run into the name after it: the person is the
# name, not the place's or the portfolio's last word with it.
@pytest.mark.parametrize(("post", "speaker"), [
    ("Labour TD for Carlow\u2013Kilkenny Ann Brady", "Ann Brady"),
    ("Labour TD for Carlow-Kilkenny Ann Brady", "Ann Brady"),
    ("Minister for Industrial Decarbonisation Jo Pell", "Jo Pell"),
    ("Minister for Rural Organisation Jo Pell", "Jo Pell"),
    # must not fire: a three-word name after a one-word portfolio stays whole
    ("Minister for Sport Mary Ann Roe", "Mary Ann Roe"),
])
def test_a_post_s_place_or_portfolio_is_no_part_of_the_name(post: str, speaker: str) -> None:
    text = f"{post} said 14 plants had signed up to the scheme.\n"
    assert table(text) == [(speaker, "person", "said", "14 plants had signed up to the scheme")]


def test_an_unspaced_dash_before_a_small_letter_still_ends_the_clause() -> None:
    text = "The Fernleigh trust\u2013which runs four hospitals\u2013said 300 operations were cancelled.\n"
    assert table(text) == [("the Fernleigh trust", "unresolved", "said", "300 operations were cancelled")]


@pytest.mark.parametrize(("word", "listed", "common"), [
    ("Decarbonisation", "decarbonization", True),
    ("Organisation", "organization", True),
    ("Surveyor", "surveyor", True),
    # must not fire: names, and words the list has in neither spelling
    ("Morrison", "morrison", False),
    ("Helena", "helena", False),
    ("Louisation", "louisation", False),
])
def test_a_british_spelling_reads_as_the_word_list_s(word: str, listed: str, common: bool) -> None:
    assert (in_word_list(word.lower()), is_common_noun(word)) == (listed, common)


# A minister set off by commas after a clause (`Responding, the Minister for A, B and the C, Jo Roe, said`): the
# portfolio's list holds commas before its `and`, and `the Minister` later is that person; since wave 52f a remit's
# areas may stand in commas with no `and` (`Minister with responsibility for Information, Broadcasting`), so a list
# with no `and` is that person's portfolio too.
MARCH = "Tenants marched in Kelby on Monday.\n\n"


@pytest.mark.parametrize(("post", "later"), [
    ("the Minister for Housing, Planning and the Islands", "Jo Roe"),
    ("the Minister for Housing", "Jo Roe"),
    ("the Minister for Housing, Planning", "Jo Roe"),
])
def test_the_minister_later_is_the_holder_named_after_a_portfolio_list(post: str, later: str) -> None:
    text = MARCH + (f"Responding, {post}, Jo Roe, said 400 homes had been built.\n\n"
                    "\"I have met the tenants twice this month,\" the Minister said.\n")
    assert table(text) == [
        ("Jo Roe", "person", "said", "400 homes had been built"),
        (later, "person", "said", "I have met the tenants twice this month"),
    ]
