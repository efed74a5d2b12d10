"""Paragraphs that continue a speaker (attribution/continuation): a cue-less paragraph split into items continues a
body's single claim as a list, unless the split cut a participle's aside from its subject (wave 37c: `The review,
commissioned by X in 2023 and carried out by Y, examined 1,870 files held by X and its parishes.` is the writer's
account of the review, no list of Y's). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from extract_rows import rows

LEAD = ("The Bishop of Wexley has apologised after an independent review found that the diocese failed to act on "
        "warnings.\n\n")
LEAD_ROW = ("Marsh Review Partners", "organisation", "the diocese failed to act on warnings")


@pytest.mark.parametrize("participle", ["carried out", "conducted"])
def test_a_paragraph_with_a_participles_aside_continues_no_list(participle: str) -> None:
    text = (LEAD + f"The review, commissioned by the diocese in 2023 and {participle} by the safeguarding consultancy "
            "Marsh Review Partners, examined 1,870 files held by the diocese and its 96 parishes. It is published in "
            "full today.\n")
    assert rows(text) == [LEAD_ROW]


def test_a_list_of_items_still_continues_the_body() -> None:
    text = ("The Harlow Canal Trust said it had repaired 14 locks this year.\n\n"
            "It also dredged the Upper Reach, rebuilt the Mill Lane towpath and replaced 40 lock gates.\n")
    assert rows(text) == [
        ("Harlow Canal Trust", "organisation", "it had repaired 14 locks this year"),
        ("Harlow Canal Trust", "organisation", "It also dredged the Upper Reach"),
        ("Harlow Canal Trust", "organisation", "rebuilt the Mill Lane towpath"),
        ("Harlow Canal Trust", "organisation", "replaced 40 lock gates")]


# A person's report going on with its verb moved back (wave 51v, `report_goes_on`; round 52m): the person herself
# named again by her surname (`Ms Tolliday`) is no other party, so her report goes on.
@pytest.mark.parametrize("speaker", ["Councillor Maren Tolliday", "Maren J Tolliday, the council's housing lead,"])
def test_a_report_goes_on_past_the_speakers_own_surname(speaker: str) -> None:
    name = "Maren J Tolliday" if "J" in speaker else "Maren Tolliday"
    text = (f"{speaker} said the council had answered 58% of repair requests. The backlog Ms Tolliday inherited had "
            "fallen from 310 to 96.\n")
    assert rows(text) == [
        (name, "person", "the council had answered 58% of repair requests"),
        (name, "person", "The backlog Ms Tolliday inherited had fallen from 310 to 96")]


REPORT = "the council had answered most repair requests"
BACKSHIFTED = "The backlog had fallen sharply since the spring"


@pytest.mark.parametrize(("text", "expected"), [
    (f"Councillor Maren Tolliday said {REPORT}. {BACKSHIFTED}.\n",
     [("Maren Tolliday", "person", REPORT), ("Maren Tolliday", "person", BACKSHIFTED)]),
    (f"Councillor Maren Tolliday says {REPORT}. {BACKSHIFTED}.\n", [("Maren Tolliday", "person", REPORT)]),
    (f"The Tarnby Housing Board said {REPORT}. {BACKSHIFTED}.\n", [("Tarnby Housing Board", "organisation", REPORT)]),
    (f"Councillor Maren Tolliday said {REPORT}. The backlog had fallen, but was that enough?\n",
     [("Maren Tolliday", "person", REPORT)]),
    (f"Councillor Maren Tolliday said {REPORT}. But the backlog had fallen only to 96.\n",
     [("Maren Tolliday", "person", REPORT)]),
    (f"Councillor Maren Tolliday said {REPORT}. The backlog had fallen in three wards:\n\nDale, Hill and Marsh.\n",
     [("Maren Tolliday", "person", REPORT)]),
    (f"Councillor Maren Tolliday said {REPORT}. The backlog had fallen to 96 but critics were unconvinced.\n",
     [("Maren Tolliday", "person", REPORT)]),
    (f"Councillor Maren Tolliday said {REPORT}. {BACKSHIFTED}. Critics were not convinced.\n",
     [("Maren Tolliday", "person", REPORT), ("Maren Tolliday", "person", BACKSHIFTED)]),
], ids=["past-cue", "present-cue", "a-body", "question", "contrast", "lead-in", "commentary", "commentary-after"])
def test_which_reports_go_on_with_the_verb_moved_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A document read with no maker (`according to figures released to the Harbour Courier`) whose figures the writer
# carries into the next paragraph with no cue (wave 57a): whose figures they are the text does not say there, so the
# carried rows abstain (unresolved, the document's words kept) rather than guess; in the document's own paragraph the
# figures stay the document's, and a body's figures still go on into the next paragraph as the body's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Fewer young people are joining the reserve, according to figures released to the Harbour Courier.\n\n"
     "The reserve is funded for 2,310 members. Only 1,870 of those posts are filled.\n",
     [("figures released to the Harbour Courier", "document", "Fewer young people are joining the reserve"),
      ("figures released to the Harbour Courier", "unresolved",
       "The reserve is funded for 2,310 members. Only 1,870 of those posts are filled")]),
    ("Fewer young people are joining the reserve, according to figures released to the Harbour Courier. "
     "The reserve is funded for 2,310 members.\n",
     [("figures released to the Harbour Courier", "document", "Fewer young people are joining the reserve"),
      ("figures released to the Harbour Courier", "document", "The reserve is funded for 2,310 members")]),
    ("Fewer young people are joining the reserve, according to the annual report of the Tarrow Reserve Board.\n\n"
     "The board logged 3,120 applications, down from 3,870.\n",
     [("Tarrow Reserve Board", "organisation", "Fewer young people are joining the reserve"),
      ("Tarrow Reserve Board", "organisation", "The board logged 3,120 applications, down from 3,870")]),
], ids=["carried-into-the-next-paragraph-abstains", "its-own-paragraph-keeps-it", "a-body-s-figures-go-on"])
def test_an_unowned_documents_figures_carried_into_the_next_paragraph(text: str,
                                                                      expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_documents_figures_carried_into_a_paragraph_naming_it_stay_the_documents() -> None:
    """A no-maker document's figures carried on abstain, unless the carried words name the document as the text wrote
    it, whatever the case of its letters (wave 57a, `_unowned_carried`)."""
    text = ("Ferries on time\n\nFerries ran on time more often, according to a randomised trial led by researchers at "
            "the Tarn Marine Unit.\n\nThe TIDELINE-3 trial followed 80 ferries for a year.\n")
    assert rows(text) == [("TIDELINE-3 trial", "document", "Ferries ran on time more often"),
                          ("TIDELINE-3 trial", "document", "The TIDELINE-3 trial followed 80 ferries for a year")]
