"""Unit cases for wave 33's extractor parts (what mutation round 33 found unasserted by the wave-33 files): a person's
quotation beside a body's own words in the body's answer, a letter's `I` and its signature, a head noun before a voice
role, and a quotation a document's cue closes; every party and sentence is invented, and each assert is on a whole
value: a text's whole table of (speaker, speaker_kind, quote) rows, or a helper's whole return value.

The caches of `claims.extract` are cleared before each case here: a mutant run forked from a warm process would
otherwise read the unmutated results of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.letter_voice import says_i, signed_body
from claims.extract.text import split_blocks
from extract_rows import rows


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# blocks._quoted_in_answer (wave 33a): in a body's answer, only the body's rows inside a person's quotation go; its
# own sentence beside the quotation stays the body's, and the rows stay in the order of the text (the person, named
# before the body in the alphabet, speaks second).
_FAQ = ("Kelderby Buses\n\nPassenger update: route 14\n\n"
        "Kelderby Buses has withdrawn route 14 between Ashcombe and Tilsey until further notice.\n\n"
        "Below we answer the questions passengers have asked us most often.\n\nWhy was the route withdrawn?\n\n"
        "Our drivers found that the Tilsey bridge had been closed to vehicles over 7.5 tonnes.\n\n"
        "When will the buses return?\n\n{answer}\n")


@pytest.mark.parametrize(("answer", "expected"), [
    ('Route 14 will run again from 2 June with 11 buses a day. "We have moved 9 drivers to the detour," said Depot '
     'Manager Ada Abney.',
     [("Kelderby Buses", "organisation", "Route 14 will run again from 2 June with 11 buses a day"),
      ("Ada Abney", "person", "We have moved 9 drivers to the detour")]),
    ('"We have moved 9 drivers to the detour," said Depot Manager Ada Abney. Route 14 will run again from 2 June '
     'with 11 buses a day.',
     [("Ada Abney", "person", "We have moved 9 drivers to the detour"),
      ("Kelderby Buses", "organisation", "Route 14 will run again from 2 June with 11 buses a day")]),
], ids=["body-then-person", "person-then-body"])
def test_a_body_s_own_sentence_beside_a_person_s_quotation_stays_the_body_s(
        answer: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(_FAQ.format(answer=answer))[-len(expected):] == expected


# letters._sending_body (wave 33b): a letter of `we` written `on behalf of` a body its signature names is that body's
# even when the signature's lines alone would not give it (the body's name is no one mention: `Orrin Swimmers and
# Divers`), whether the letter says so itself or its introduction above the salutation does; two signers over a body
# send it as that body.
_WE_LETTER = "Dear Minister,\n\n{paragraph}\n\nYours sincerely,\n\n{signature}\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_WE_LETTER.format(paragraph="We write on behalf of Orrin Pool Now. The pool had 48,000 swims in 2025.",
                       signature="Maud Fenner\nChair, Orrin Pool Now"),
     [("Orrin Pool Now", "organisation", "We write on behalf of Orrin Pool Now"),
      ("Orrin Pool Now", "organisation", "The pool had 48,000 swims in 2025")]),
    ("The letter below was sent on behalf of Orrin Pool Now to the Minister for Sport.\n\n"
     + _WE_LETTER.format(paragraph="We write to you about the pool. It had 48,000 swims in 2025.",
                         signature="Maud Fenner\nChair, Orrin Pool Now"),
     [("Orrin Pool Now", "organisation", "It had 48,000 swims in 2025")]),
    (_WE_LETTER.format(paragraph="We write to you about the pool. It had 48,000 swims in 2025.",
                       signature="Maud Fenner\nIvo Penn\nCo-chairs, Keep Orrin Library"),
     [("Keep Orrin Library", "organisation", "It had 48,000 swims in 2025")]),
], ids=["on-behalf-in-the-letter", "on-behalf-in-its-introduction", "two-signers"])
def test_a_we_letter_on_behalf_of_a_body_is_the_body_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# letter_voice.says_i (wave 33b): a quotation is taken out of a paragraph without joining the sentence around it to
# the next, so a closing formula after a sentence that ends in a quotation (on a full stop, a question or an
# exclamation mark) stays a formula; a quotation ending on a word leaves no word of its own behind (`"Phase I"`).
@pytest.mark.parametrize("paragraph", [
    'Our chair said: "We will not close the pool." I trust this information is of assistance.',
    'Our chair told members "We will not close the pool." I trust this information is of assistance.',
    'Our members asked "Will the pool close?" I trust this information is of assistance.',
    'Our members shouted "Save the pool!" I trust this information is of assistance.',
    'We back the "Phase I" plan for the pool.',
], ids=["after-a-colon", "no-colon", "question", "exclamation", "word-at-the-end"])
def test_a_closing_formula_after_a_quotation_is_no_i(paragraph: str) -> None:
    assert says_i(paragraph, split_blocks(paragraph)) is False


# letter_voice.signed_body and signature_lines (wave 33b): the body may follow the signer's name on its line; a
# first line ending on a comma reads nothing; the signature stops at the first blank line, not the text's last, and
# runs to the text's end when no blank line follows; a full stop after the body's name is no part of it; a body whose
# name ends on a capital X keeps it.
_CLOSE = "Yours sincerely,"


@pytest.mark.parametrize(("signature", "expected"), [
    ("\n\nMaud Fenner, Orrin Trust\n", "Orrin Trust"),
    ("\n\nMaud Fenner,\nChair, Orrin Trust\n", "Orrin Trust"),
    ("\n\nMaud Fenner\nChief Executive\n\nOrrin Trust\n\nPO Box 4, Orrin\n", None),
    ("\n\nMaud Fenner, Director, Orrin Trust", "Orrin Trust"),
    ("\n\nMaud Fenner\nDirector, Orrin Trust.\n", "Orrin Trust"),
    ("\n\nMaud Fenner\nDirector, Tallow BMX\n", "Tallow BMX"),
], ids=["body-on-the-name-line", "name-line-ends-on-a-comma", "first-blank-line", "no-blank-line-after",
        "full-stop-after-the-body", "ends-on-capital-x"])
def test_the_body_a_signature_names(signature: str, expected: str | None) -> None:
    assert signed_body(_CLOSE + signature, len(_CLOSE)) == expected


def test_a_signed_body_s_letter_speaks_without_the_full_stop() -> None:
    text = _WE_LETTER.format(paragraph="We write to you about the pool. It had 48,000 swims in 2025.",
                             signature="Maud Fenner\nDirector, Orrin Trust.")
    assert rows(text) == [("Orrin Trust", "organisation", "It had 48,000 swims in 2025")]
