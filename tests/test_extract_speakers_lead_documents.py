"""A lead's unowned figures and the body that opens the next paragraph saying it counted them
(speakers/lead_documents, wave 53a): `..., new figures show, but ...` set off in the lead's sentence, then `X Police
recorded 2,140 burglaries` or `X said it co-ordinated 1,204 rescues`, make the figures X's; a body that only comments
on them leaves them the figures' own. Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.speakers.lead_documents import lead_authors
from extract_rows import rows

LEAD = ("Burglary in Fenmoor has fallen by 12% in a year, new figures show, but victims' groups say too few cases "
        "are solved.\n\n")
LEAD_CLAIM = "Burglary in Fenmoor has fallen by 12% in a year"
GROUPS_ROW = ("victims' groups", "unresolved", "too few cases are solved")


def test_figures_set_off_in_the_lead_are_the_body_that_recorded_them() -> None:
    text = LEAD + ("Fenmoor Police recorded 2,140 burglaries in the year to March, compared with 2,430 the year "
                   "before.\n")
    assert rows(text) == [
        ("Fenmoor Police", "organisation", LEAD_CLAIM), GROUPS_ROW,
        ("Fenmoor Police", "organisation",
         "recorded 2,140 burglaries in the year to March, compared with 2,430 the year before")]


def test_figures_ending_the_lead_are_the_body_that_says_it_counted_them() -> None:
    text = ("Lifeboat crews in the north were called out more often this summer than ever, new figures show.\n\n"
            "The Northern Lifeboat Service said it co-ordinated 1,204 rescues between June and August.\n")
    assert rows(text) == [
        ("Northern Lifeboat Service", "organisation",
         "Lifeboat crews in the north were called out more often this summer than ever"),
        ("Northern Lifeboat Service", "organisation", "it co-ordinated 1,204 rescues between June and August")]


def test_a_body_that_only_comments_leaves_the_figures_their_own() -> None:
    text = LEAD + "Fenmoor Police said the fall was welcome.\n"
    assert rows(text) == [
        ("new figures", "document", LEAD_CLAIM), GROUPS_ROW,
        ("Fenmoor Police", "organisation", "the fall was welcome")]


_RECORDED = ("Burglary in Tarnford has fallen by 11% in a year, new figures show, but residents say they see fewer "
             "patrols.\n\n"
             "Tarnford Police recorded 2,310 burglaries in the year to March, compared with 2,596 the year before.\n")


def test_lead_figures_before_a_turn_are_the_body_that_recorded_figures_next() -> None:
    assert lead_authors(_RECORDED)["figures"].name == "Tarnford Police"


def test_a_body_saying_no_figure_next_is_not_the_lead_figures_author() -> None:
    text = ("Lifeboat crews were launched more often this summer, new figures show.\n\n"
            "The Coastal Rescue Service said it was proud of its volunteers.\n")
    assert "figures" not in lead_authors(text)


def test_a_lead_report_is_not_read_from_a_body_that_said_figures() -> None:
    text = ("Waits for hip operations have doubled, a new report says.\n\n"
            "The Orthopaedic Society said 4,100 patients were waiting.\n")
    assert "report" not in lead_authors(text)


KNEE_LEAD = ("Patients in the north wait longer for knee surgery than anywhere else in the country, according to a new "
             "report.\n\n")
KNEE_CLAIM = "Patients in the north wait longer for knee surgery than anywhere else in the country"


@pytest.mark.parametrize(("second", "expected"), [
    ("It comes from the Carrick Health Institute and finds that one in four patients waited more than a year.\n",
     [("Carrick Health Institute", "organisation", KNEE_CLAIM),
      ("Carrick Health Institute", "organisation", "one in four patients waited more than a year")]),
    ("It was released by the Carrick Health Institute and found that one in four patients waited more than a "
     "year.\n",
     [("Carrick Health Institute", "organisation", KNEE_CLAIM),
      ("Carrick Health Institute", "organisation", "one in four patients waited more than a year")]),
    ("The Carrick Health Institute said the figures were worrying.\n",
     [("new report", "document", KNEE_CLAIM),
      ("Carrick Health Institute", "organisation", "the figures were worrying")]),
])
def test_the_next_paragraph_saying_whose_the_lead_report_is(second: str, expected: list[tuple[str, str, str]]) -> None:
    """Wave 54e: `It comes from X`, `It was released by X` opening the next paragraph name the lead's report's maker;
    a body that only comments on it leaves the report its own."""
    assert rows(KNEE_LEAD + second) == expected


# Round 54m (mutation): who counted the lead's figures, asserted on the whole value.
def test_only_a_body_opening_the_paragraph_and_recording_a_figure_counted_the_figures() -> None:
    texts = [LEAD + next_paragraph + "\n" for next_paragraph in (
        "Sergeant Jo Roe recorded 2,140 burglaries in the year to March.",  # a person
        "Fenmoor Police arrested 140 people in the year to March.",  # no recording verb
        "Fenmoor Police recorded a fall of 12% in the year to March.",  # no figure right after the verb
        "Fenmoor Police recorded 2,140 burglaries in the year to March.")]
    assert [{noun: m.name for noun, m in lead_authors(text).items()} for text in texts] \
        == [{}, {}, {}, {"figures": "Fenmoor Police"}]


def test_a_report_in_the_lead_is_not_counted_by_a_body_recording_figures() -> None:
    text = ("Burglary in Fenmoor has fallen by 12% in a year, a new report shows, but victims' groups say too few "
            "cases are solved.\n\nFenmoor Police recorded 2,140 burglaries in the year to March.\n")
    assert lead_authors(text) == {}


def test_a_lead_after_a_headline_reads_the_paragraph_after_it() -> None:
    text = "Burglaries fall\n" + LEAD + "Fenmoor Police recorded 2,140 burglaries in the year to March.\n"
    assert {noun: m.name for noun, m in lead_authors(text).items()} == {"figures": "Fenmoor Police"}
