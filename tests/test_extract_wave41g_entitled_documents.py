"""Wave 41g, a document the text names by its title (`alongside a report entitled State of Things`) and a lead-in that
names it again by that title (`Among the highlights of State of Things are:`): the bullets are the document's, never
the body in focus; a lead-in naming a title the text never gave a document keeps the older readings."""
from __future__ import annotations

from tests.extract_rows import cued_rows

ITEMS = "- More than 2.1 million people belong to sports clubs\n- 412 major events were hosted in the region\n"
CUE = "highlights of State of Things are:"


def test_the_bullets_under_a_lead_in_naming_an_entitled_document_are_the_document_s() -> None:
    text = ("The Marsh Sports Alliance is launched today alongside a report entitled State of Things.\n"
            "Among the highlights of State of Things are:\n" + ITEMS)
    assert cued_rows(text) == [
        ("State of Things", "document", CUE, "More than 2.1 million people belong to sports clubs"),
        ("State of Things", "document", CUE, "412 major events were hosted in the region")]


def test_titled_called_and_quoted_titles() -> None:
    for intro in ("a new study titled State of Things", "a document called 'State of Things'",
                  "a review, entitled \u201cState of Things\u201d,"):
        text = f"The Marsh Sports Alliance today published {intro} on sport in the region.\n" \
               "Among the highlights of State of Things are:\n" + ITEMS
        assert [r[:2] for r in cued_rows(text)] == [("State of Things", "document")] * 2, intro


def test_a_title_never_given_to_a_document_keeps_the_body_in_focus() -> None:
    text = ("The Marsh Sports Alliance is launched today at an event called State of Things.\n"
            "Among the highlights of State of Things are:\n" + ITEMS)
    assert [r[:2] for r in cued_rows(text)] == [("Marsh Sports Alliance", "organisation")] * 2


def test_a_lead_in_naming_the_report_by_its_noun_is_unchanged() -> None:
    text = ("The Marsh Sports Alliance is launched today alongside a report entitled State of Things.\n"
            "Among the highlights of the report are:\n" + ITEMS)
    assert [r[:2] for r in cued_rows(text)] == [("Marsh Sports Alliance", "organisation")] * 2
