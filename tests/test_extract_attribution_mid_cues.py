"""A cue set off by commas inside its claim, with more after its verb than a bare time (wave 32d): `Crossings fell 12%,
the board said in its annual review, up from 3%`, `Crossings fell, new figures show, with ...`, `The harbour had 14
empty berths, the harbour master told the board, and six ...`: the words before the speaker's comma are the claim, and
the words after the cue's own comma go on with it (a row apart when they hold a verb, else one row with the whole
sentence); the place or audience between them is no part of either. Each case is a short text written for this test in
our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.mid_cues import own_cue_tail
from extract_rows import cued_rows

BOARD = "Tolbury Harbour Board"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry crossings from Tolbury fell by 12% last year, the Tolbury Harbour Board said in its annual review, up "
     "from a fall of 3% the year before.\n",
     [(BOARD, "organisation", "said",
       "Ferry crossings from Tolbury fell by 12% last year, the Tolbury Harbour Board said in its annual review, up "
       "from a fall of 3% the year before")]),
    ("The Tolbury Harbour Board runs the port. Ferry crossings from Tolbury fell by 12% last year, the board's "
     "latest accounts show, compared with a fall of 3% the year before.\n",
     [(BOARD, "organisation", "show",
       "Ferry crossings from Tolbury fell by 12% last year, the board's latest accounts show, compared with a fall "
       "of 3% the year before")]),
    ("The harbour had 14 empty berths at the end of June, harbour master Tom Brack told the board, and six of them "
     "have been empty for a year.\n",
     [("Tom Brack", "person", "told", "The harbour had 14 empty berths at the end of June"),
      ("Tom Brack", "person", "told", "six of them have been empty for a year")]),
])
def test_the_words_before_a_cue_set_off_inside_them_are_claimed(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("After a stormy winter, the Tolbury Harbour Board said on Monday, crossings had recovered.\n",
     [(BOARD, "organisation", "said on Monday", "After a stormy winter, the Tolbury Harbour Board said on Monday, "
       "crossings had recovered")]),
])
def test_a_cue_after_words_without_a_verb_is_unchanged(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry crossings fell by 12% last year, the Tolbury Harbour Board said in its annual review, while the union "
     "says 40 jobs went.\n",
     [(BOARD, "organisation", "said", "Ferry crossings fell by 12% last year"),
      ("the union", "unresolved", "says", "40 jobs went")]),
    ("Ferry crossings fell by 12% last year, new harbour figures show, but Tolbury Pilots Association says the "
     "busiest route grew.\n",
     [("new harbour figures", "document", "show", "Ferry crossings fell by 12% last year"),
      ("Tolbury Pilots Association", "organisation", "says", "the busiest route grew")]),
])
def test_a_tail_with_a_cue_of_its_own_is_its_own_speakers(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "claim_end", "expected"), [
    ("Ferry crossings fell by 12%, the board said in its review, but the union says jobs went.", 27, 63),
    ("Ferry crossings fell by 12%, the board said in its review, and the union says jobs went.", 27, 63),
    ("Ferry crossings fell by 12%, the board said in its review, the union says jobs went.", 27, 59),
    ("Ferry crossings fell by 12%, the board said in its review, up from 3% the year before.", 27, None),
    ("Ferry crossings fell by 12%, the board said.", 27, None),
    ("Ferry crossings fell by 12% and the board said in its review, but the union says jobs went.", 27, None),
])
def test_own_cue_tail_starts_past_its_conjunction(text: str, claim_end: int, expected: int | None) -> None:
    assert own_cue_tail(text, (0, len(text)), claim_end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The order book stood at £212m at the year end, the Tolbury Harbour Board said in a statement to the council, "
     "up from £190m a year earlier.\n",
     [(BOARD, "organisation", "said",
       "The order book stood at £212m at the year end, the Tolbury Harbour Board said in a statement to the council, "
       "up from £190m a year earlier")]),
    ("The Tolbury Harbour Board runs the port. Harbour reserves now stand at £2.1m, the board's latest accounts show "
     "\u2013 below its own minimum of £3m.\n",
     [(BOARD, "organisation", "show",
       "Harbour reserves now stand at £2.1m, the board's latest accounts show \u2013 below its own minimum of £3m")]),
    ("Adjusted operating profit will be about £4m, the Tolbury Harbour Board said in a trading statement, compared "
     "with the £6m it had forecast.\n",
     [(BOARD, "organisation", "said", "Adjusted operating profit will be about £4m")]),
])
def test_a_claim_of_figures_before_a_cue_set_off_inside_it_is_claimed(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """A head whose verb no past tense shows (`stood`, `stand`), or that opens on an adjective in -ed (`Adjusted
    profit`), still holds a claim when it gives a figure; a dash sets the tail off as a comma does (wave 33k)."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tolbury Harbour handled 1.2 million passengers in July, the Tolbury Harbour Board said on Monday, as it "
     "confirmed it would extend the ferry terminal.\n",
     [(BOARD, "organisation", "said on Monday", "Tolbury Harbour handled 1.2 million passengers in July"),
      (BOARD, "organisation", "confirmed", "confirmed it would extend the ferry terminal")]),
    ("Tolbury Harbour handled 1.2 million passengers in July, the most in its 140-year history, the Tolbury Harbour "
     "Board said today as it launched a public appeal to finish paying for a new pontoon at the east quay.\n",
     [(BOARD, "organisation", "said",
       "Tolbury Harbour handled 1.2 million passengers in July, the most in its 140-year history")]),
])
def test_an_as_clause_after_a_cue_set_off_is_its_speakers_only_by_a_cue(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`..., X said on Monday, as it confirmed B`: B is X's under its own cue; `as it launched an appeal` is the
    writer's, and the words before X are claimed all the same (wave 33k)."""
    assert cued_rows(text) == expected
