"""speakers/publishers_of: a document named with its recipient (`A report to council's scrutiny committee states`,
`addressed_document`) is that document, with the recipient's possessive written in either mark: real pages write `’`
about twice as often as `'` (wave 54h). Written for this test about invented parties."""
from __future__ import annotations

from extract_rows import curled, full_rows

COMMITTEE_TEXT = ("Kelby Borough Council will meet on Tuesday.\n\n"
                  "A report to council's scrutiny committee on Tuesday states that 41 roads need repair.\n")


def test_a_document_to_a_possessive_recipient_is_the_document_with_either_mark() -> None:
    straight = full_rows(COMMITTEE_TEXT)
    assert straight == [("A report to council's scrutiny committee", "document", "states that",
                         "41 roads need repair", 0.285)]
    assert full_rows(COMMITTEE_TEXT.replace("'", "\u2019")) == curled(straight)
