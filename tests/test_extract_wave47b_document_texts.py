"""A document's text set out below `The statement reads:` (attribution/document_texts, wave 47b): news pages print a
statement, release or notice in full after its lead-in, without quotation marks, under its own heading in capitals
and down to its signer's bare name. Its paragraphs and numbered lines (`(A) ...`) are the claims of the party the
document belongs to (the issuer the paragraph before named, when it named one); the heading and the signature are no
claims, and narration after the signature is nobody's. Texts written for this test in our own words about invented
parties."""
import pytest

from extract_rows import rows

_TEXT = ("FERRY NOTICE\n\nThe 19:30 sailing from Stromhaven will not run from 1 November.\n\n"
         "(A) The Lurness route keeps four daily sailings.\n\n(B) The Haybay route drops to two daily sailings.\n\n"
         "Ruth Calloway\n\nThe company was founded in 1962.\n")


@pytest.mark.parametrize("lead", ["The notice reads:", "The full notice reads as follows:", "The notice states:"])
def test_a_documents_text_below_its_lead_in_is_its_issuers(lead: str) -> None:
    text = ("Ferry timetable changes\n\nThe Orkland Ferry Company has published its winter plans.\n\n" + lead + "\n\n"
            + _TEXT)
    speaker = ("Orkland Ferry Company", "organisation")
    assert rows(text) == [(*speaker, "The 19:30 sailing from Stromhaven will not run from 1 November"),
                          (*speaker, "The Lurness route keeps four daily sailings"),
                          (*speaker, "The Haybay route drops to two daily sailings")]


def test_the_issuer_named_in_the_paragraph_before_holds_the_document() -> None:
    text = ("Ferry timetable changes\n\nThe Orkland Ferry Company has cut an evening sailing.\n\n"
            "This is contained in a notice issued by Ruth Calloway, the company's head of communications, on Monday.\n\n"
            "The notice reads:\n\n" + _TEXT)
    speaker = ("Ruth Calloway", "person")
    assert rows(text) == [(*speaker, "The Orkland Ferry Company has cut an evening sailing"),
                          (*speaker, "The 19:30 sailing from Stromhaven will not run from 1 November"),
                          (*speaker, "The Lurness route keeps four daily sailings"),
                          (*speaker, "The Haybay route drops to two daily sailings")]
