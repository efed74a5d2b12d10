"""A document's title that opens on words saying when or how it was made (`Annual Report of the X Board`, `The Interim
Report of the X Trust`, `data/document_adjectives.txt`) names the body whose document it is, as `Review of the X` already
did (wave 39d, `entities._without_document_title`): the title is never itself the speaker. A body's own name that opens
on such a word (`Independent ... Board`) is read as before."""
import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Annual Report of the Independent Harbour Monitoring Board at Kelso Docks\n\nFOREWORD\n\n"
     "The Board found that 40 boats were left without moorings during the year.\n",
     [("Independent Harbour Monitoring Board", "organisation", "found that",
       "40 boats were left without moorings during the year")]),
    ("The Interim Report of the Kelso Harbour Trust shows that 40 boats sank in the storm.\n",
     [("Kelso Harbour Trust", "organisation", "shows that", "40 boats sank in the storm")]),
], ids=["annual-report-heading", "interim-report-subject"])
def test_a_made_document_title_names_its_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Independent Harbour Monitoring Board said that 40 boats sank in the storm.\n",
     [("Independent Harbour Monitoring Board", "organisation", "said that", "40 boats sank in the storm")]),
    ("The Review of the Kelso Harbour Trust found that 40 boats sank in the storm.\n",
     [("Kelso Harbour Trust", "organisation", "found that", "40 boats sank in the storm")]),
], ids=["a-body-opening-on-independent", "a-title-without-adjective-as-before"])
def test_names_without_a_made_title_are_read_as_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
