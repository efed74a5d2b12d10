"""Wave 42i: an adjunct after a source set off mid-sentence (`Sales rose 4%, according to X, after the council cut
charges`) finishes the claim before the source, so the claim is the whole sentence, not the adjunct alone; and an
inverted cue names its speaker after a post in lower case (`..., said financial controller Jo Marr.`)."""
from tests.extract_rows import cued_rows


def test_adjunct_after_source_keeps_the_whole_sentence() -> None:
    text = "Bus fares fell 6%, according to Kestrin Analytics, after the county cut its levy."
    assert cued_rows(text) == [("Kestrin Analytics", "organisation", "according to",
                                "Bus fares fell 6%, according to Kestrin Analytics, after the county cut its levy")]


def test_as_clause_after_source_keeps_the_whole_sentence() -> None:
    text = "Rents in Calbury climbed 9%, according to Hessan Lettings, as fewer homes came up."
    assert cued_rows(text) == [("Hessan Lettings", "organisation", "according to",
                                "Rents in Calbury climbed 9%, according to Hessan Lettings, as fewer homes came up")]


def test_figure_description_after_source_is_still_left_out() -> None:
    text = "Bus fares fell 6%, according to Kestrin Analytics, down from 8% a year earlier."
    assert cued_rows(text) == [("Kestrin Analytics", "organisation", "according to", "Bus fares fell 6%")]


def test_source_first_is_unchanged() -> None:
    text = "According to Kestrin Analytics, bus fares fell 6% after the county cut its levy."
    assert cued_rows(text) == [("Kestrin Analytics", "organisation", "According to",
                                "bus fares fell 6% after the county cut its levy")]


def test_inverted_cue_after_lower_case_post() -> None:
    text = "The mill will shut in June, said financial controller Pia Dunmore."
    assert cued_rows(text) == [("Pia Dunmore", "person", ", said", "The mill will shut in June")]


def test_inverted_cue_after_body_and_lower_case_post() -> None:
    text = "The mill will shut in June, said Brackwater Mills chief executive Pia Dunmore."
    assert cued_rows(text) == [("Pia Dunmore", "person", ", said", "The mill will shut in June")]


def test_said_before_content_after_an_aside_is_no_inverted_cue() -> None:
    text = "Pia Dunmore, who chairs the board, said prices rose at Brackwater Mills."
    assert cued_rows(text) == [("Pia Dunmore", "person", "said", "prices rose at Brackwater Mills")]
