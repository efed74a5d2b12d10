"""Sentences (`claims.extract.text`): each case is a short text written for this test in our own words about
invented parties, and the whole value it must give (the sentences `split_sentences` reads, or the whole table of
(speaker, speaker_kind, cue, quote) rows, in text order); cases where a rule must not fire sit beside the ones where
it must."""
import pytest

from claims import extract_text
from claims.extract.text import split_sentences


def table(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["cue"], found["quote"]))


def sentences(text: str) -> list[str]:
    """Return the sentences `split_sentences` reads in a whole text."""
    return [text[start:end] for start, end in split_sentences(text, 0, len(text))]


# Wave 35i: an answer's `No.` (opening its line, or after a label's colon) is a sentence of its own when no figure
# follows it, so that the answer's next sentence opens on its own subject: `No. Tarnby Water says ...` is Tarnby
# Water's claim, never the question's issuer's, nor nobody's. `No. 4 Mill Lane` and a `No.` inside a sentence stay
# a number's abbreviation.
@pytest.mark.parametrize(("text", "expected"), [
    ("Will rents rise?\nNo. Rents will stay at 2026 levels.",
     ["Will rents rise?", "No.", "Rents will stay at 2026 levels."]),
    ("Will rents rise?\n\nNo. Orlen Housing says rents will stay at 2026 levels.",
     ["Will rents rise?", "No.", "Orlen Housing says rents will stay at 2026 levels."]),
    ("Q: Will rents rise?\nA: No. Orlen Housing says rents will stay at 2026 levels.",
     ["Q: Will rents rise?", "A: No.", "Orlen Housing says rents will stay at 2026 levels."]),
    # must not fire: a figure follows, or `No.` does not open its line or a label's answer
    ("Will the office move?\nNo. 4 Mill Lane stays open until June.",
     ["Will the office move?", "No. 4 Mill Lane stays open until June."]),
    ("The hall at No. 4 Mill Lane is shut.", ["The hall at No. 4 Mill Lane is shut."]),
    ("Houses no. 12 and 14 were hit.", ["Houses no. 12 and 14 were hit."]),
])
def test_an_answers_no_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


FAQ = ("Tarnby Water\n\nHosepipe ban: your questions answered\n\n"
       "Will I be fined straight away?\n\n")


def test_an_answer_after_no_is_the_party_it_cites() -> None:
    text = FAQ + "No. Orlen District Council says it will send only warning letters until 1 May.\n"
    assert table(text) == [("Orlen District Council", "organisation", "says",
                            "it will send only warning letters until 1 May")]


def test_an_inspectorate_after_no_judges_in_its_own_name() -> None:
    text = ("Tarnby Borough Council\n\nConsultation on Merrow Lane Nursery\n\nFrequently asked questions\n\n"
            "What is being proposed?\n\nThe council is consulting on moving the nursery's 40 places to Hale Park "
            "from September 2028.\n\n"
            "Is the nursery failing?\n\n"
            "No. Ofsted rated Merrow Lane Good at its last inspection in 2025.\n")
    assert table(text)[-1] == ("Ofsted", "inspectorate", "rated", "rated Merrow Lane Good at its last inspection in 2025")
