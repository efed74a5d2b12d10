"""`to tell` a hearer right before a quotation after a colon: the sentence's subject speaks, never the hearer
(wave 61d). Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.telling_infinitives import TELLING_INFINITIVE_RE
from extract_rows import cued_rows

BOARD = ("The chief executive of Tarnside Health Board, Corin Maddox, gave evidence on Wednesday.\n\n"
         "Mr Maddox went on to tell panel members: \"We treated 11,200 planned surgery patients last year.\"\n")


def test_the_subject_of_went_on_to_tell_speaks() -> None:
    assert cued_rows(BOARD) == [("Corin Maddox", "person", "to tell panel members",
                                 "We treated 11,200 planned surgery patients last year.")]  # before: no row


def test_a_keen_speaker_tells_reporters() -> None:
    text = "Dr Ysolde Penwright was keen to tell reporters: \"Cancelled operations fell to 140 in the autumn.\"\n"
    assert cued_rows(text) == [("Ysolde Penwright", "person", "to tell reporters",
                                "Cancelled operations fell to 140 in the autumn.")]


@pytest.mark.parametrize(("words", "hearer"), [
    ("went on to tell councillors:", " councillors"),
    ("was quick to tell MPs :", " MPs"),
    ("rose to tell the Brannock health scrutiny panel:", " the Brannock health scrutiny panel"),
    ("was keen to tell the new Brannock health scrutiny panel:", None),  # more than five words
    ("went on to tell:", None),  # no hearer
    ("went on to tell councillors that", None),  # no colon
])
def test_to_tell_and_up_to_five_words_of_hearer_before_a_colon(words: str, hearer: str | None) -> None:
    match = TELLING_INFINITIVE_RE.search(words)
    assert (match.group("hearer") if match else None) == hearer
