"""`to tell` a hearer right before a quotation after a colon: the sentence's subject speaks, never the hearer
(wave 61d). Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.telling_infinitives import TELLING_INFINITIVE_RE, telling_infinitive
from claims.extract.speakers import Context, Who
from claims.extract.text import Quote
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


@pytest.mark.parametrize(("words", "expected"), [
    ("Jo Roe went on to tell the DNX: ", (Who("Jo Roe", "person", 0), "to tell the DNX")),  # round 62m: X is kept
    ("Time to tell panel members: ", None),  # no subject: no reading, the later ones may
])
def test_telling_infinitive_reads_the_subject_and_the_cue(words: str, expected: tuple[Who, str] | None) -> None:
    text = words + '"We treated 11 patients."'
    quote = Quote((len(words), len(text)), (len(words) + 1, len(text) - 1))
    assert telling_infinitive(text, 0, quote, Context(text=text)) == expected
