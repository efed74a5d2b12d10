"""Dotted abbreviations in speakers' names, posts and bodies (wave 67v): `U.S.` read as `US` in a subject and as a
body's letters, a body's `Inc.`/`Co.`, a title's stop before a name, initials, and a true sentence end
after `U.S.`. Each case is an invented phrase written for this test."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.dotted_abbreviations import full_body_words, inner_body_stop, undotted
from claims.extract.text import split_sentences


@pytest.mark.parametrize(("word", "expected"), [
    ("u.s.", "us"), ("u.s", "us"), ("d.c.", "dc"), ("e.u.", "eu"),
    ("U.N.", "UN"), ("U.N", "UN"), ("k.l.m.n.", "klmn"),
    ("st.", "st."), ("inc.", "inc."), ("www.tarn.org", "www.tarn.org"), ("us", "us"), ("a.", "a."),
])
def test_undotted_drops_only_a_dotted_abbreviations_stops(word: str, expected: str) -> None:
    assert undotted(word) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. attorney's office said the filing was late.\n",
     [("The U.S. attorney's office", "organisation", "said", "the filing was late")]),
    ("Tarn Holdings Inc. said profits rose by a third.\n",
     [("Tarn Holdings Inc.", "organisation", "said", "profits rose by a third")]),
    ("Velo Co. reported a loss for the year.\n",
     [("Velo Co.", "organisation", "reported", "reported a loss for the year")]),
    ("Sen. Ada Quist said the bill was dead.\n", [("Ada Quist", "person", "said", "the bill was dead")]),
    ("Gov. Lin Marr said the roads would reopen.\n", [("Lin Marr", "person", "said", "the roads would reopen")]),
    ("Lt. Col. Odo Brisk said the unit had left.\n", [("Odo Brisk", "person", "said", "the unit had left")]),
    ("J. R. Tolkan said the deal was fair.\n", [("J. R. Tolkan", "person", "said", "the deal was fair")]),
    ("The plant moved to the U.S. The firm said the move saved money.\n",
     [("the firm", "unresolved", "said", "the move saved money")]),
    ("The U.N. refugee agency said the camp was full.\n",
     [("The U.N. refugee agency", "organisation", "said", "the camp was full")]),
    ("Earlier the U.N.'s refugee office said the camp was full.\n",
     [("the U.N.'s refugee office", "organisation", "said", "the camp was full")]),
])
def test_a_dotted_abbreviation_cuts_no_speaker(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.K. treasury said the plan was sound.\n",
     [("The U.K. treasury", "unresolved", "said", "the plan was sound")]),
    ("A U.S. official said the talks would resume.\n",
     [("A U.S. official", "unresolved", "said", "the talks would resume")]),
    ("A UK official said the talks would resume.\n", [("A UK official", "unresolved", "said", "the talks would resume")]),
    ("A Lagos official said the talks would resume.\n",
     [("A Lagos official", "unresolved", "said", "the talks would resume")]),
    # pinned as read (round 69m): a capitalised word that is no known place leaves the description unread, and the
    # row is not found (a gap, left: `A Brindle official` may be an official of a body or of a place)
    ("A Brindle official said the talks would resume.\n", []),
    ("The plant moved to the U.S. Ada Quist said the move saved money.\n",
     [("Ada Quist", "person", "said", "the move saved money")]),
    ("The plant moved to the U.K. Jo Roe, its head, said the move saved money.\n",
     [("Jo Roe", "person", "said", "the move saved money")]),
    ("Ada Quist of the U.S. Army said the move saved money.\n",
     [("Ada Quist", "person", "said", "the move saved money")]),
])
def test_a_place_by_its_letters_describes_or_ends_a_sentence(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarn Bros. Ltd. said sales rose by 4% in May.\n",
     [("Tarn Bros. Ltd.", "organisation", "said", "sales rose by 4% in May")]),
    ("Orrel Intl. Inc. said it would close two plants.\n",
     [("Orrel Intl. Inc.", "organisation", "said", "it would close two plants")]),
    ("Tarn Mfg. Co. said profits rose by a third.\n",
     [("Tarn Mfg. Co.", "organisation", "said", "profits rose by a third")]),
    ("Ada Quist, president of Tarn Bros. Ltd., said profits rose.\n", [("Ada Quist", "person", "said", "profits rose")]),
    ("Sales fell at Pellow Bros. Pellow Bros. said the drop was small.\n",
     [("Pellow Bros.", "organisation", "said", "the drop was small")]),
    ("The plant was sold to Tarn Bros. The firm said the sale saved money.\n",
     [("the firm", "unresolved", "said", "the sale saved money")]),
])
def test_a_short_body_word_before_a_legal_form_keeps_the_name(text: str,
                                                              expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarn Bros. Ltd. rose. Next.", ["Tarn Bros. Ltd. rose.", "Next."]),
    ("Tarn Intl. Corp. rose.", ["Tarn Intl. Corp. rose."]),
    ("Sales fell at Tarn Bros. Tarn Bros. said so.", ["Sales fell at Tarn Bros.", "Tarn Bros. said so."]),
    ("It sold Tarn Bros. Limits were set.", ["It sold Tarn Bros.", "Limits were set."]),
    ("It sold Tarn Bros. Co-workers left.", ["It sold Tarn Bros.", "Co-workers left."]),
    ("It sold Tarn Bros. Inc's rival left.", ["It sold Tarn Bros.", "Inc's rival left."]),
])
def test_a_short_body_word_ends_a_sentence_only_before_a_new_sentence(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


@pytest.mark.parametrize(("word", "text", "expected"), [
    ("Bros", "Tarn Bros. Ltd said", True), ("Intl", "Orrel Intl. plc said", True), ("Assn", "Tarn Assn. Inc.", True),
    ("Bros", "Tarn Bros. Tarn said", False), ("bros", "tarn bros. Ltd", False), ("Dept", "Tarn Dept. Ltd", False),
    ("Bros", "Tarn Bros. Limitless", False), ("Bros", "Tarn Bros.", False),
    ("Bros", "Tarn Bros.  Ltd said", True), ("Bros", "Tarn Bros.\u00a0Ltd said", True),  # two spaces, a no-break space
])
def test_inner_body_stop(word: str, text: str, expected: bool) -> None:
    assert inner_body_stop(word, text, text.index(".")) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarn Assn. of Growers said prices rose 4% in May.\n",
     [("Tarn Assn. of Growers", "organisation", "said", "prices rose 4% in May")]),
    ("Orrel Natl. Assn. for Carers said waits rose by a third.\n",
     [("Orrel Natl. Assn. for Carers", "organisation", "said", "waits rose by a third")]),
    ("Pellow Bros. & Sons said sales fell by a fifth.\n",
     [("Pellow Bros. & Sons", "organisation", "said", "sales fell by a fifth")]),
    ("The Univ. of the Marches said fees rose by a third.\n",
     [("Univ. of the Marches", "organisation", "said", "fees rose by a third")]),
    ("Ada Quist, president of Tarn Assn. of Growers, said prices rose.\n",
     [("Ada Quist", "person", "said", "prices rose")]),
    ("Sales fell at Pellow Bros. Pellow Bros. said the drop was small.\n",
     [("Pellow Bros.", "organisation", "said", "the drop was small")]),
    ("The plant was sold to Tarn Bros. The firm said the sale saved money.\n",
     [("the firm", "unresolved", "said", "the sale saved money")]),
])
def test_a_short_body_word_before_a_joining_word_keeps_the_name(text: str,
                                                                expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Tarn Assn. of Growers", "Tarn Association of Growers"), ("Pellow Bros.", "Pellow Brothers"),
    ("Orrel Natl. Assn.", "Orrel National Association"), ("Tarn Water", "Tarn Water"), ("Tarn assn.", "Tarn assn."),
])
def test_full_body_words_writes_out_each_short_body_word(name: str, expected: str) -> None:
    assert full_body_words(name) == expected


@pytest.mark.parametrize(("word", "text", "expected"), [
    ("Assn", "Tarn Assn. of Growers said", True), ("Bros", "at Tarn Bros. and the firm said", False),
    ("Natl", "Orrel Natl. Assn. said", True), ("Bros", "at Tarn Bros. Tarn Bros. said", False),
])
def test_inner_body_stop_before_a_joining_word(word: str, text: str, expected: bool) -> None:
    assert inner_body_stop(word, text, text.index(".")) is expected
