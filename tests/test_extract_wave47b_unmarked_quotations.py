"""Quotations that go on over paragraphs with no opening mark (attribution/quotes `unmarked_close`, wave 47b): many
pages open a quotation after a cue, leave it open at the paragraph's end, and go on in the next paragraphs with no
opening mark until a closing mark ends it (`said: "We cut waits.` / `We hired staff."`). The paragraphs up to that
closing mark are the speaker's; a paragraph that opens with its own mark, a bullet, or no closing mark at all leaves
the quotation where it was. Texts written for this test in our own words about invented parties."""
import pytest

from extract_rows import rows

_HEAD = "Harbour Gas restores supply\n\n"


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["Jo Penhallow, operations director at Harbour Gas, said: \u201cEngineers replaced 40 metres of main in Quayside "
      "Road on Monday.",
      "Crews will resurface the road by Friday and the company has paid \u00a330 to each household affected.\u201d"],
     [("Jo Penhallow", "person", "Engineers replaced 40 metres of main in Quayside Road on Monday."),
      ("Jo Penhallow", "person",
       "Crews will resurface the road by Friday and the company has paid \u00a330 to each household affected.")]),
    (["A spokesman for Tamsin Valley Police confirmed: \u201cOfficers searched four addresses in Lowmoor on Tuesday.",
      "Two vans and \u00a312,000 in cash were seized at the second address.",
      "Both men arrested remain in custody at Lowmoor station.\""],
     [("Tamsin Valley Police", "organisation", "Officers searched four addresses in Lowmoor on Tuesday."),
      ("Tamsin Valley Police", "organisation", "Two vans and \u00a312,000 in cash were seized at the second address."),
      ("Tamsin Valley Police", "organisation", "Both men arrested remain in custody at Lowmoor station.")]),
    (["Deputy Mayor Rangi Tauroa said: \u201cThe ferry carried 41,000 passengers in its first season.",
      "Fares have not risen since 2023.\u201d"],
     [("Rangi Tauroa", "person", "The ferry carried 41,000 passengers in its first season."),
      ("Rangi Tauroa", "person", "Fares have not risen since 2023.")]),
])
def test_paragraphs_with_no_opening_mark_go_on_the_open_quotation(
        paragraphs: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert rows(_HEAD + "\n\n".join(paragraphs) + "\n") == expected


def test_narration_after_the_closing_mark_is_nobodys() -> None:
    text = (_HEAD + "Deputy Mayor Rangi Tauroa said: \u201cThe ferry carried 41,000 passengers in its first season.\n\n"
            "Fares have not risen since 2023.\u201d\n\nThe ferry was built in Gdansk.\n")
    assert rows(text) == [("Rangi Tauroa", "person", "The ferry carried 41,000 passengers in its first season."),
                          ("Rangi Tauroa", "person", "Fares have not risen since 2023.")]


def test_no_closing_mark_below_leaves_the_next_paragraph_to_the_writer() -> None:
    text = (_HEAD + "Deputy Mayor Rangi Tauroa said: \u201cThe ferry carried 41,000 passengers in its first season.\n\n"
            "The ferry was built in Gdansk and entered service in May.\n")
    assert rows(text) == [("Rangi Tauroa", "person", "The ferry carried 41,000 passengers in its first season.")]
