"""A body's own records named by its reference's possessive (wave 30d): `according to the council's own register`,
`according to the department’s traffic counts`, `The council's records show`, `the coastguard's incident log`. Each
case is a short text written for this test in our own words about invented parties, and the whole table it must give
as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes where the rule must not fire."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows as cue_rows


# speakers/products: a register, a log, counts or records a reference's possessive names (straight or curly) speak
# for the body the text names by that reference, as `the union's weekly count` and `the council's budget papers` did.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Vale Borough Council has set its budget.\n\nA ruling is unlikely before 2029: according to the council's "
     "own register, 212 applications are waiting.\n",
     [("Harlow Vale Borough Council", "organisation", "according to", "212 applications are waiting")]),
    ("Tarnfield Department of Roads will rebuild the bridge.\n\nAbout 40,000 vehicles cross the bridge each day, "
     "according to the department\u2019s traffic counts.\n",
     [("Tarnfield Department of Roads", "organisation", "according to",
       "About 40,000 vehicles cross the bridge each day")]),
    ("Harlow Vale Borough Council has set its budget.\n\nThe council's records show it received 9,100 complaints last "
     "year.\n",
     [("Harlow Vale Borough Council", "organisation", "show", "it received 9,100 complaints last year")]),
    ("Harlow Vale Borough Council has set its budget.\n\nThe council\u2019s records show it received 9,100 complaints "
     "last year.\n",
     [("Harlow Vale Borough Council", "organisation", "show", "it received 9,100 complaints last year")]),
    ("Dunmore Coastguard sent a helicopter at 2am.\n\nThe crew reached the trawler within 40 minutes, according to the "
     "coastguard's incident log.\n",
     [("Dunmore Coastguard", "organisation", "according to", "The crew reached the trawler within 40 minutes")]),
])
def test_records_a_reference_owns(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected


# Must not fire: no body so called in the text, two bodies so called, a person's log, a person's own cue in the
# sentence (read as before).
@pytest.mark.parametrize(("text", "expected"), [
    ("The crew reached the trawler within 40 minutes, according to the coastguard's incident log.\n",
     [("the coastguard's incident log", "unresolved", "according to", "The crew reached the trawler within 40 minutes")]),
    ("Harlow Vale Borough Council and Esk County Council share the planning service.\n\nA ruling is unlikely before "
     "2029: according to the council's own register, 212 applications are waiting.\n",
     [("the council's own register", "unresolved", "according to", "212 applications are waiting")]),
    ("Harlow Vale Borough Council has set its budget.\n\nThe band D charge will rise to £2,010, according to the "
     "leader's own log.\n",
     [("the leader's own log", "unresolved", "according to", "The band D charge will rise to £2,010")]),
    ("Harlow Vale Borough Council has set its budget.\n\nJo Roe said 212 applications were waiting, according to the "
     "council's own register.\n",
     [("Jo Roe", "person", "said", "212 applications were waiting")]),
    ("Harlow Vale Borough Council has set its budget.\n\nThe records show it received 9,100 complaints last year.\n",
     [("The records", "unresolved", "show", "it received 9,100 complaints last year")]),
])
def test_records_no_named_body_owns(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
