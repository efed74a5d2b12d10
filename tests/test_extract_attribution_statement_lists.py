"""A person's statement set out under a heading that names her goes on through a list she spells out in paragraphs,
its lead-in closing on a colon and its items on semicolons (wave 57f): her claims, not the issuer's. Texts written for
this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.statement_lists import listed_paragraph
from claims.extract.text import split_blocks
from extract_rows import rows

REMARKS = ("TPA - Tollwick Ports Authority\n\n"
           "05/04/2031 | Press release | Distributed by Public on 05/04/2031 10:04\n\n"
           "Opening remarks by Director-General Ama Kessel at the harbour briefing \u2013 4 May 2031\n\n"
           "Good morning, and welcome to our last harbour briefing of the season.\n\n"
           "This season, four ports were cleared of their dredging backlog:\n\n"
           "Elmford and Brook finished their channels; Kessing reopened its north basin.\n\n"
           "More than 3,000 pilots have been trained at the new simulator;\n\n"
           "Fuel spills fell for the sixth year in a row;\n\n"
           "We opened two ferry berths at Coldharbour and cut waiting times by a third.\n")


def test_a_list_spelled_out_in_paragraphs_goes_on_with_the_statement() -> None:
    assert rows(REMARKS) == [
        ("Ama Kessel", "person", "welcome to our last harbour briefing of the season"),
        ("Ama Kessel", "person", "This season, four ports were cleared of their dredging backlog"),
        ("Ama Kessel", "person", "Elmford and Brook finished their channels"),
        ("Ama Kessel", "person", "Kessing reopened its north basin"),
        ("Ama Kessel", "person", "More than 3,000 pilots have been trained at the new simulator"),
        ("Ama Kessel", "person", "Fuel spills fell for the sixth year in a row"),
        ("Ama Kessel", "person", "We opened two ferry berths at Coldharbour"),
        ("Ama Kessel", "person", "cut waiting times by a third")]  # before: the list lost, `We opened` the issuer's


@pytest.mark.parametrize(("paragraph", "listed"), [
    ("This season, four ports were cleared of their dredging backlog:", True),
    ("Fuel spills fell for the sixth year in a row;", True),
    ("Fuel spills fell for the sixth year in a row.", False),  # a sentence's end: a plain paragraph's test
    ("Key points:", False),  # a label of a few words
    ("The harbour master said:", False),  # another party's cue
    ("\u201cWe cut waiting times by a third;", False),  # a quotation
    ("- Fuel spills fell for the sixth year in a row;", False),  # a bullet
])
def test_a_list_s_paragraph_closes_on_a_colon_or_semicolon_with_no_cue_or_quotation(paragraph: str,
                                                                                   listed: bool) -> None:
    block = split_blocks(paragraph + "\n")[0]
    assert listed_paragraph(paragraph + "\n", block) == listed


def test_a_list_s_paragraph_is_read_within_its_own_bounds() -> None:
    """A quotation in the paragraph before or after it, or a cue after it, is none of its own; five words are enough."""
    text = ("\u201cWe are ready,\u201d she said.\n\nFour ports cleared their backlog:\n\n"
            "The harbour master said \u201cwell done\u201d.\n")
    assert [listed_paragraph(text, block) for block in split_blocks(text)] == [False, True, False]
