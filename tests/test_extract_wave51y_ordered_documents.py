"""Wave 51y: a document made for a party that did not make it (issue 8's item 4: the speaker is the party that
published a document, or the document as the text names it when nobody is named). `A survey of 1,410 carers carried
out for the union found`: the union ordered the survey, so the survey speaks, named by its own words up to how it was
made (`survey of 1,410 carers`, never an opener such as `separate`), with the party only when its noun stands alone;
a maker named after the party (`carried out for the Trust by Penfold Research`, `commissioned by the department ...,
led by Dr Ilse Marrow`) speaks (`attribution/document_makers`, also past the document's `of` phrase and a count
written with a comma); a survey `carried out for us` is left to the writer's rules. A list item whose own source is
set off inside it (`..., according to Y, and ...`) is Y's, the whole item (`bodies.item_speaker`). Each case a short
text written for this test about invented parties, and the whole table it gives as (speaker, speaker_kind, cue,
quote) rows, or the whole value the function returns."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.party_documents import party_document

NEWS = ("Care workers lose pay on the road, union says\n\nBy Jo Marsh\n\n"
        "The Brenvale Carers Union said on Monday that pay for home visits had fallen behind.\n\n")
"""A news report's opening: a union speaks, and is the body in focus for the sentence under test."""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A survey of 1,410 care workers carried out for the union found that 61% were paid only for time in homes.\n",
     ("survey of 1,410 care workers", "document", "found that", "61% were paid only for time in homes")),
    ("A separate survey of 620 care managers conducted for the union found that 38% had cut visits.\n",
     ("survey of 620 care managers", "document", "found that", "38% had cut visits")),
    ("A survey carried out for the Brenvale Carers Union found that 44% had missed a break.\n",
     ("survey carried out for the Brenvale Carers Union", "document", "found that", "44% had missed a break")),
], ids=["carried-out-for", "conducted-for-opener", "lone-noun"])
def test_a_document_made_for_a_party_speaks_as_itself(sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert cued_rows(NEWS + sentence)[1] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("An independent survey of 900 families, carried out for the union by Penfold Research, found that 44% had "
     "missed a visit.\n", ("Penfold Research", "organisation", "found that", "44% had missed a visit")),
    ("An independent survey of 1,900 families, carried out for the union by Penfold Research, found that 44% had "
     "missed a visit.\n", ("Penfold Research", "organisation", "found that", "44% had missed a visit")),
    ("A review commissioned by the department last year, led by former inspector Dr Ilse Marrow, found that one in "
     "five visits was cut short.\n", ("Ilse Marrow", "person", "found that", "one in five visits was cut short")),
], ids=["for-x-by-y", "count-with-comma", "commissioned-then-led-by"])
def test_a_maker_named_after_the_party_speaks(sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert cued_rows(NEWS + sentence)[1] == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("A survey of 1,410 care workers carried out for the union".split(), "survey of 1,410 care workers"),
    ("A separate survey of 620 care managers conducted for the union".split(), "survey of 620 care managers"),
    ("A survey carried out for the Brenvale Carers Union".split(), "survey carried out for the Brenvale Carers Union"),
    ("A review paid for by the Orvane Trust".split(), "review paid for by the Orvane Trust"),
    ("The independent visitor survey, carried out for us in August,".split(), None),  # the writer's own
    ("An independent survey of 900 families, carried out for the union by Penfold Research,".split(), None),
    ("A review commissioned by the department last year, led by Dr Ilse Marrow,".split(), None),
    ("The union carried out for years".split(), None),
], ids=["carried-out-for", "opener-dropped", "lone-noun", "paid-for-by", "for-us", "maker-after", "led-by-after",
        "no-document"])
def test_party_document_made_for(raw: list[str], expected: str | None) -> None:
    assert party_document(raw) == expected


LEAD = ("New clinic to open in Dunmere\n\nThe Ministry of Health said on Monday that a new urgent care clinic would open "
        "in Dunmere in the spring.\n\nQuick Facts:\n- The clinic will treat minor injuries and illnesses.\n")
"""A release's lead-in whose first item names no source of its own."""


def test_a_list_item_with_its_own_source_set_off_inside_is_that_source() -> None:
    text = LEAD + ("- Dunmere General Hospital's emergency department recorded 21,400 visits in 2025, according to "
                   "Valley Health, and about half were for minor conditions.\n- The clinic will employ 14 staff.\n")
    assert cued_rows(text)[1:] == [
        ("Ministry of Health", "organisation", "Facts:", "The clinic will treat minor injuries and illnesses"),
        ("Valley Health", "organisation", "according to", "Dunmere General Hospital's emergency department recorded "
         "21,400 visits in 2025, according to Valley Health, and about half were for minor conditions"),
        ("Ministry of Health", "organisation", "Facts:", "The clinic will employ 14 staff")]
