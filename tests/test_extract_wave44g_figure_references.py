"""Wave 44g: a sentence about the figure just claimed, opening on a noun that points back at it (issue 8).

`The trust said it planted 4,000 trees last year. That figure was a record for the charity.`: the second sentence
holds no figure of its own, yet it says what the figure was (a record, the highest in a decade), and it goes on the
claim before it. A cue-less sentence of figures after a body's claim in the same paragraph was that body's only when
it held a figure (`continuation.figures_go_on`); one opening on `The number`, `That figure`, `This total`, `The rise`
(`continuation.FIGURE_REFERENCE_RE`) is now that body's too. A person's figure stays as before, a sentence after a paragraph
with no claim is nobody's, and how the figures came out (`The figures were published on Monday`) is narration.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows


def test_that_figure_after_a_body_s_claim() -> None:
    text = "Harbour Trust said it planted 4,000 trees last year. That figure was a record for the charity."
    assert cued_rows(text) == [("Harbour Trust", "organisation", "said", "it planted 4,000 trees last year"),
                               ("Harbour Trust", "organisation", "said", "That figure was a record for the charity")]


def test_the_number_after_a_revealed_count() -> None:
    text = ("Brackenfield Lifeboats revealed it answered 1,240 calls in the year to March. The number was the highest "
            "in a decade.")
    assert cued_rows(text) == [
        ("Brackenfield Lifeboats", "organisation", "revealed", "it answered 1,240 calls in the year to March"),
        ("Brackenfield Lifeboats", "organisation", "revealed", "The number was the highest in a decade")]


def test_the_rise_after_a_reported_request() -> None:
    text = ("Westmoor Water said it has asked the regulator for a rise of £4 a month. The rise is the first the "
            "company has sought since the merger.")
    assert cued_rows(text) == [
        ("Westmoor Water", "organisation", "said", "it has asked the regulator for a rise of £4 a month"),
        ("Westmoor Water", "organisation", "said", "The rise is the first the company has sought since the merger")]


def test_a_figure_reference_with_no_claim_before_is_nobody_s() -> None:
    text = "Harbour Trust planted trees across the county. That figure was a record for the charity."
    assert cued_rows(text) == []


def test_how_the_figures_came_out_is_narration() -> None:
    text = "Harbour Trust said it planted 4,000 trees last year. The figures were published on its website on Monday."
    assert cued_rows(text) == [("Harbour Trust", "organisation", "said", "it planted 4,000 trees last year")]
