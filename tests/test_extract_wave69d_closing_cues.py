"""A cue closing a sentence speaks the whole sentence over a document's cue inside it (wave 69d), in two more shapes:
the medium the speaker spoke in after the cue (`..., the board said in a statement.`, `..., she said in her yearly
letter.`; `data/closing_media.txt`), and the cue before a bare group or a reference, with or without a comma
(`..., say police.`, `... by four points say police.`, `..., said the council in a press release.`). Each case is a
sentence written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import CLOSING_INVERTED_GROUP_RE, CLOSING_NAMED_CUE_RE, CLOSING_PRONOUN_CUE_RE
from extract_rows import cued_rows


@pytest.mark.parametrize(("pattern", "tail", "who"), [
    (CLOSING_NAMED_CUE_RE, ", the Tarn Rail Board said in a statement.", "the Tarn Rail Board"),
    (CLOSING_NAMED_CUE_RE, ", the Tarn Rail Board said in its press release on Tuesday.", "the Tarn Rail Board"),
    (CLOSING_PRONOUN_CUE_RE, ", the board said in its monthly bulletin.", "the board"),
    (CLOSING_PRONOUN_CUE_RE, ", she said in her yearly letter.", "she"),
    (CLOSING_PRONOUN_CUE_RE, ", officers said in their statements on Monday.", "officers"),
    (CLOSING_INVERTED_GROUP_RE, ", say police.", "police"),
    (CLOSING_INVERTED_GROUP_RE, " say police.", "police"),
    (CLOSING_INVERTED_GROUP_RE, ", said the council in a press release.", "the council"),
])
def test_a_closing_cue_is_read_with_its_medium_and_inverted(pattern, tail: str, who: str) -> None:
    match = pattern.search("Crime fell by a tenth" + tail)
    assert match is not None and match["who"] == who


@pytest.mark.parametrize("tail", [
    ", the board said in Tarn.",  # a place, no medium
    ", say police chiefs of the north.",  # more than the bare group
    ", said the Tarn Rail Board.",  # a named body after the cue: the inverted readers' own
    ", police said in a statement to the court about it.",  # more words after the medium
])
def test_no_closing_cue_is_read_past_its_shapes(tail: str) -> None:
    text = "Crime fell by a tenth" + tail
    assert [p.search(text) for p in (CLOSING_PRONOUN_CUE_RE, CLOSING_INVERTED_GROUP_RE)] == [None, None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The freight figures for May highlighted a strong month as 41.2 MT of goods was moved, the Tarn Rail Board said "
     "in a statement.",
     [("Tarn Rail Board", "organisation", "said",
       "The freight figures for May highlighted a strong month as 41.2 MT of goods was moved")]),
    ("Full-year figures highlighted a drop of six per cent in recorded offending, say police.",
     [("police", "unresolved", "say", "Full-year figures highlighted a drop of six per cent in recorded offending")]),
    ("Full-year figures highlighted a drop of six per cent in recorded offending say police.",
     [("police", "unresolved", "say", "Full-year figures highlighted a drop of six per cent in recorded offending")]),
    ("The annual data revealed 212 fewer burglaries, said the council in a press release.",
     [("the council", "unresolved", "said", "The annual data revealed 212 fewer burglaries")]),
    ("Figures for the quarter showed that road injuries fell to 48, officers said in a statement.",
     [("officers", "unresolved", "said", "Figures for the quarter showed that road injuries fell to 48")]),
    ("Goods moved by rail rose to 41.2 MT in May, the Tarn Rail Board said in a statement.",  # no inner cue: as before
     [("Tarn Rail Board", "organisation", "said", "Goods moved by rail rose to 41.2 MT in May")]),
])
def test_the_closing_speaker_speaks_over_a_document_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
