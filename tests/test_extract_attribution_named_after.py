"""A quotation whose own cue after it names a speaker the readers cannot read (wave 56e): `"...," said Dr. Ann Lane,
President of X.` (a surname that is also a street's word) is never the quotation before it going on; a pronoun's or a
lower-case reference's cue still is. Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.named_after import names_other_speaker
from claims.extract.text import find_speech, split_blocks
from extract_rows import cued_rows

LEAD = "Harwick College has won a research grant of $4.2 million, the college said.\n"
QUOTE = "\u201cThe grant will fund 14 new laboratory posts for our cancer researchers over five years,\u201d"


@pytest.mark.parametrize("cue", [
    " said Dr. Ann Lane, President of Harwick College.",
    " said Ann Lane.",
    " said Tom Street, Provost.",
], ids=["titled-with-post", "said-name", "said-name-post"])
def test_a_named_speaker_the_readers_cannot_read_gives_no_row(cue: str) -> None:
    assert cued_rows(LEAD + QUOTE + cue + "\n") == [
        ("Harwick College", "organisation", "said", "Harwick College has won a research grant of $4.2 million")]


def test_a_pronoun_cue_goes_on_from_the_speaker_before() -> None:
    text = ("Jo Brandt, the college's provost, said it had won a grant of $4.2 million.\n"
            + QUOTE + " she said.\n")
    assert cued_rows(text) == [
        ("Jo Brandt", "person", "said", "it had won a grant of $4.2 million"),
        ("Jo Brandt", "person", "said", "The grant will fund 14 new laboratory posts for our cancer researchers over "
                                        "five years")]


@pytest.mark.parametrize(("cue", "expected"), [
    (" said Ann Lane.", True),
    (" Ann Lane said.", True),
    (" she said.", False),
    (" the provost said.", False),
    (" The grant is large.", False),
    (" said Lane.", True),  # round 57m: a name of one word
    (" She said.", False),  # a pronoun in capitals (after a question's mark)
    (" She, smiling, said.", False),  # a pronoun and its comma
    ("\n\nAnn Lane said the grant was welcome.", False),  # a cue in the next paragraph is none
], ids=["said-name", "name-said", "pronoun", "lower-case", "no-cue", "one-word-name", "capital-pronoun",
        "pronoun-with-comma", "next-paragraph"])
def test_names_other_speaker(cue: str, expected: bool) -> None:
    text = QUOTE + cue + "\n"
    block = split_blocks(text)[0]
    quote = find_speech(text, block)[0]
    assert names_other_speaker(text, block, quote) is expected
