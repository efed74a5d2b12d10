"""What real pages do that development misses (wave 27d). Each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text
order; and the shapes where a rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/whole_titles: a minister's title is read whole. Its remit (`for Overseas Trade`, `of State for Rural
# Broadband`) is no person and no body; the speaker is the one person the text names after the title's post.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Deputy Premier and Minister for Foreign Affairs, Niamh Dorran TD, said exports had risen by 8%.\n",
     [("Niamh Dorran", "person", "said", "exports had risen by 8%")]),
    ("Speaking in Brackley, the Minister for Inland Waterways, Tadhg Corless TD, said 14 locks had been repaired.\n",
     [("Tadhg Corless", "person", "said", "14 locks had been repaired")]),
    ("Every farm will be connected by June, the Minister of State for Rural Broadband has said.\n\n"
     "Minister of State Aoife Brannock said 9,000 homes were connected last year.\n",
     [("Aoife Brannock", "person", "said", "Every farm will be connected by June"),
      ("Aoife Brannock", "person", "said", "9,000 homes were connected last year")]),
    ("A new bridge for Gowran Ferry has been approved, the Minister of State with responsibility for roads has "
     "confirmed.\n\nMinister of State Aoife Brannock said building would start in May.\n",
     [("Aoife Brannock", "person", "confirmed", "A new bridge for Gowran Ferry has been approved"),
      ("Aoife Brannock", "person", "said", "building would start in May")]),
    ("A €9 million sea wall for Tollan Strand has been approved by Government, the Minister of State with "
     "responsibility for coastal defence has confirmed.\n\nMinister of State Aoife Brannock TD announced the money in "
     "Tollan Strand on Friday.\n",
     [("Aoife Brannock", "person", "confirmed", "A €9 million sea wall for Tollan Strand has been approved by Government"),
      ("Aoife Brannock", "person", "announced", "announced the money in Tollan Strand on Friday")]),
])
def test_minister_title_read_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: a body named after a post and `of` is the post's body (the person named speaks, or the body when
# nobody is), a department's name keeps its remit, and a title whose holder the text never names is read as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Every farm will be connected by June, the Minister for Rural Broadband has said.\n",
     [("Minister for Rural Broadband", "organisation", "said", "Every farm will be connected by June")]),
    ("The chief executive of Harrow Vale Foods, Ann Pelham, said sales had risen by 8%.\n",
     [("Ann Pelham", "person", "said", "sales had risen by 8%")]),
    ("Ciara Breen, the Minister of State for Rural Broadband, said 9,000 homes were connected.\n\n"
     "Minister of State Breen added that 312 of the clubs were new.\n",
     [("Ciara Breen", "person", "said", "9,000 homes were connected"),
      ("Ciara Breen", "person", "added that", "312 of the clubs were new")]),
    ("The Lord Mayor of Kelbridge has said the fund had grown by 12%.\n",
     [("The Lord Mayor of Kelbridge", "person", "said", "the fund had grown by 12%")]),
    ("The Minister for Rural Broadband has been accused of misleading figures after 9,000 homes were found to be "
     "offline, a campaign group said.\n",
     [("a campaign group", "unresolved", "said", "The Minister for Rural Broadband has been accused of misleading "
       "figures after 9,000 homes were found to be offline")]),
    ("The Department for Inland Waterways said 14 locks had been repaired.\n",
     [("Department for Inland Waterways", "organisation", "said", "14 locks had been repaired")]),
])
def test_minister_title_not_other_posts(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# speakers/context: `the company` (or `the firm`) is the one company the text has named so far, up to the end of the
# paragraph being read, when no rule finds it otherwise; a company named only later (`the Dorton Career Center`) is
# not counted.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harvel Door & Frame Co. will shut its plant in Dorton, cutting 90 jobs, according to a notice the company filed "
     "with the state.\n\n\"The decision is final,\" the notice says.\n\nIn the notice, the company said output would "
     "move to its plant in Selby.\n\nWorkers can get advice at the Dorton Career Center, the county said.\n",
     [("Harvel Door & Frame Co.", "organisation", "according to",
       "Harvel Door & Frame Co. will shut its plant in Dorton, cutting 90 jobs"),
      ("Harvel Door & Frame Co.", "organisation", "says", "The decision is final"),
      ("Harvel Door & Frame Co.", "organisation", "said", "output would move to its plant in Selby"),
      ("the county", "unresolved", "said", "Workers can get advice at the Dorton Career Center")]),
])
def test_company_named_so_far(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# It must not fire: two companies named so far leave `the company` in the text's words, and `the group` (an inquiry's
# panel as often as a firm) is not read this way.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harvel Door & Frame Co. and Pennick Frames Inc. will both shut plants in Dorton, according to a notice the "
     "company filed with the state.\n",
     [("the company", "unresolved", "according to",
       "Harvel Door & Frame Co. and Pennick Frames Inc. will both shut plants in Dorton")]),
])
def test_company_named_so_far_not_two(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected

