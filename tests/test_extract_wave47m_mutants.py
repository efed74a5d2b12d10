"""Round 47m: mutants mutmut showed unasserted in functions waves 44-46 changed, each case an invented text with the
whole value asserted."""
import hashlib

import pytest

from claims.extract import Row, find_rows
from tests.extract_rows import cued_rows, rows

_VELL = "Tamsin Vell"


# attribution/subjects._worded_body (46a): a body named in capitalised common words

def test_a_worded_body_with_a_closing_cue_and_nothing_before_it_claims_nothing() -> None:
    """`said in a statement` closes the sentence: the words before the body are the claim, and there are none."""
    assert rows("Hope for Carers said in a statement on Tuesday.") == []


# attribution/quotes.attribute_speech: each quotation of a block given to its speaker

def test_a_connector_opening_a_quotation_is_left_out_of_its_claim() -> None:
    text = "\u201cAnd we hired 40 new drivers this spring,\u201d said Tamsin Vell, chief executive of Orrin Buses."
    assert cued_rows(text) == [(_VELL, "person", "said", "we hired 40 new drivers this spring")]


def test_a_second_quotation_with_no_cue_continues_the_first_speaker_s() -> None:
    text = ("Tamsin Vell, chief executive of Orrin Buses, said: \u201cWe hired 40 new drivers this spring.\u201d "
            "\u201cWe opened two depots in the north.\u201d")
    assert cued_rows(text) == [(_VELL, "person", "said:", "We hired 40 new drivers this spring."),
                               (_VELL, "person", "quotation continues", "We opened two depots in the north.")]


def test_a_quotation_opening_the_next_paragraph_continues_the_last_speaker_s() -> None:
    text = ("Tamsin Vell said: \u201cWe hired 40 new drivers this spring.\u201d\n\n"
            "\u201cWe also opened two depots in the north.\u201d")
    assert cued_rows(text) == [(_VELL, "person", "said:", "We hired 40 new drivers this spring."),
                               (_VELL, "person", "quotation continues", "We also opened two depots in the north.")]


@pytest.mark.parametrize("stop", [".", "!"])
def test_a_quotation_after_narration_opening_on_a_person_is_hers(stop: str) -> None:
    text = f"Tamsin Vell opened the Orrin Buses depot on Monday{stop} \u201cWe hired 40 new drivers this spring.\u201d"
    assert cued_rows(text) == [(_VELL, "person", "introduced", "We hired 40 new drivers this spring.")]


def test_a_cued_quotation_after_a_sentence_of_narration_keeps_its_cue_s_speaker() -> None:
    text = "Orrin Buses grew last year. \u201cWe hired 40 new drivers this spring,\u201d said Tamsin Vell."
    assert cued_rows(text) == [(_VELL, "person", "said", "We hired 40 new drivers this spring")]


def test_a_quoted_sentence_of_clauses_each_standing_alone_is_three_claims() -> None:
    text = "\u201cWe hired 40 drivers, we opened two depots and we cut fares by a tenth,\u201d said Tamsin Vell."
    assert cued_rows(text) == [(_VELL, "person", "said", "We hired 40 drivers"),
                               (_VELL, "person", "said", "we opened two depots"),
                               (_VELL, "person", "said", "we cut fares by a tenth")]


def test_a_quoted_sentence_with_a_clause_too_short_to_stand_stays_whole() -> None:
    text = "\u201cWe hired 40 drivers, we won and we cut fares by a tenth,\u201d said Tamsin Vell."
    assert cued_rows(text) == [(_VELL, "person", "said", "We hired 40 drivers, we won and we cut fares by a tenth")]


def test_a_quoted_lead_in_ending_on_a_colon_is_no_claim() -> None:
    assert cued_rows("\u201cOur three priorities for the coming year are:\u201d said Tamsin Vell.") == []


# attribution/quotes.speech_speaker: who says a quotation, from the cue before it or after it

_HIRED = "We hired 40 new drivers this spring"


@pytest.mark.parametrize(("text", "cue", "quote"), [
    (f"Tamsin Vell said: \u201c{_HIRED}.\u201d", "said:", f"{_HIRED}."),
    (f"Jon Tarr chaired the meeting. Tamsin Vell said: \u201c{_HIRED}.\u201d", "said:", f"{_HIRED}."),
    (f"\u201c{_HIRED},\u201d Tamsin Vell said.", "said", _HIRED),
    (f"\u201c{_HIRED},\u201d said the chief executive of Orrin Buses, Tamsin Vell.", "said", _HIRED),
    (f"Tamsin Vell, chief executive of Orrin Buses, on the results: \u201c{_HIRED}.\u201d", "named", f"{_HIRED}."),
    (f"\u201c{_HIRED},\u201d according to Tamsin Vell, chief executive of Orrin Buses.", "according to", _HIRED),
    (f"\u201c{_HIRED}.\u201d\n\u2013 Tamsin Vell, chief executive of Orrin Buses", "signed", f"{_HIRED}."),
])
def test_a_quotation_s_speaker_and_cue_come_from_the_cue_s_shape(text: str, cue: str, quote: str) -> None:
    assert cued_rows(text) == [(_VELL, "person", cue, quote)]


def test_a_quotation_after_a_conjunction_is_the_first_cue_s_subject_s() -> None:
    text = f"Tamsin Vell said the spring was \u201chard\u201d, but added: \u201c{_HIRED}.\u201d"
    assert cued_rows(text) == [(_VELL, "person", "said", "the spring was \u201chard\u201d"),
                               (_VELL, "person", "added:", f"{_HIRED}.")]


def test_a_quotation_after_a_participle_of_speech_is_the_clause_s_subject_s() -> None:
    text = "Orrin Buses said it had hired 40 drivers, adding: \u201cWe opened two depots in the north.\u201d"
    assert cued_rows(text) == [("Orrin Buses", "organisation", "said", "it had hired 40 drivers"),
                               ("Orrin Buses", "organisation", "adding", "We opened two depots in the north.")]


# table.find_rows: each row's id from its source, its folded quote and which occurrence of that quote it is

def _id(source: str, folded: str, occurrence: int) -> str:
    """A claim id as table._claim_id makes it: sha1 of the three, joined by a unit separator."""
    return "c" + hashlib.sha1("\x1f".join((source, folded, str(occurrence))).encode("utf-8")).hexdigest()[:12]


def test_a_quote_claimed_twice_in_a_text_has_a_row_and_an_id_for_each_occurrence() -> None:
    text = "Orrin Buses said fares would rise by a tenth. Later, Orrin Buses said fares would rise by a tenth."
    quote = "fares would rise by a tenth"
    assert find_rows(text, "src.txt") == [
        Row(_id("src.txt", quote, 0), "src.txt", "Orrin Buses", "Fares would rise by a tenth.", quote, 17, 44,
            "organisation", "said", 0.911),
        Row(_id("src.txt", quote, 1), "src.txt", "Orrin Buses", "Fares would rise by a tenth.", quote, 70, 97,
            "organisation", "said", 0.911)]
