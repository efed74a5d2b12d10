"""Wave 44g: the items of a colon lead-in written as plain paragraphs, without bullet marks (issue 8: no missed claims).

`Key findings include:` then one paragraph a finding, `... and the following offences recorded:` then `Two drivers
over the limit;`: a web page often drops the bullet marks of a list, leaving each item a paragraph of its own. A
plain paragraph under a colon lead-in was an item only when short and holding a figure (`bare_item`), so a list of
findings in words, or a count in words (`one driver without insurance;`), lost every item. Now a paragraph is an item
too when the lead-in announces a list of claims (`findings`, `highlights`, `the following`;
`lists.ANNOUNCED_CLAIMS_RE`) and it is a sentence (ending in a stop or a semicolon: no caption, no question) with no
cue and no quotation, or when it ends in a semicolon, or follows an item that did (a list's punctuation). A
quotation or a cue ends the list as before.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows

WATER = ("Westmoor Water", "organisation", "include")


def test_findings_in_words_each_a_paragraph() -> None:
    text = ("Westmoor Water today published its annual review of its network.\n\n"
            "The main findings include:\n\n"
            "Leakage across the network fell for a fifth successive year, helped by new sensors on the trunk mains "
            "and faster repairs in the rural districts that the company serves across the two counties.\n\n"
            "Complaints about low pressure remain the most common, although they have halved since the last review.\n\n"
            "\u201cThe network has never been in better shape,\u201d said Jo Roe, chief executive of Westmoor Water.\n")
    assert cued_rows(text) == [
        WATER + ("Leakage across the network fell for a fifth successive year, helped by new sensors on the trunk "
                 "mains and faster repairs in the rural districts that the company serves across the two counties",),
        WATER + ("Complaints about low pressure remain the most common, although they have halved since the last "
                 "review",),
        ("Jo Roe", "person", "said", "The network has never been in better shape")]


def test_highlights_without_figures() -> None:
    text = ("Brackley Mills plc is pleased to announce its results for the year.\n\n"
            "The highlights of the year were:\n\n"
            "Sales grew in every region.\n\n"
            "The group opened its first mill outside England.\n")
    lead = ("Brackley Mills plc", "organisation", "highlights of the year were:")
    assert cued_rows(text)[-2:] == [lead + ("Sales grew in every region",),
                                    lead + ("The group opened its first mill outside England",)]


def test_items_ended_by_semicolons() -> None:
    text = ("Carrow Police says its weekend road checks were a success.\n\n"
            "Officers stopped 812 cars and the following offences were recorded:\n\n"
            "Two drivers over the drink-drive limit;\n\n"
            "one driver unfit through drugs;\n\n"
            "Nine seatbelt offences.\n\n"
            "\u201cMost drivers were sober,\u201d said Inspector Hal Brede.\n")
    police = ("Carrow Police", "organisation")
    rows = cued_rows(text)
    assert [r for r in rows if r[3] in ("Two drivers over the drink-drive limit", "one driver unfit through drugs",
                                        "Nine seatbelt offences")] == [
        police + (rows[1][2], "Two drivers over the drink-drive limit"),
        police + (rows[1][2], "one driver unfit through drugs"),
        police + (rows[1][2], "Nine seatbelt offences")]
    assert rows[-1] == ("Hal Brede", "person", "said", "Most drivers were sober")


def test_a_plain_lead_in_still_takes_no_sentence_without_a_figure() -> None:
    text = ("Westmoor Water today opened a new depot.\n\n"
            "The depot has:\n\n"
            "Room for forty vans and a training hall.\n\n"
            "Solar panels on every roof.\n")
    assert [r[3] for r in cued_rows(text)] == []


def test_a_caption_or_a_question_under_findings_is_no_item() -> None:
    text = ("Westmoor Water today published its annual review of its network.\n\n"
            "The review's main findings:\n\n"
            "Leaks by district and by month\n\n"
            "Will bills rise next year?\n")
    assert cued_rows(text) == []


def test_areas_head_grades_not_claims() -> None:
    text = ("Westmoor Water today published its annual review of its network.\n\n"
            "The review looked at the company in four areas:\n\n"
            "Leakage and pressure \u2013 good.\n")
    assert cued_rows(text) == []
