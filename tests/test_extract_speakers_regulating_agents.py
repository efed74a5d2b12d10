"""A body named as the agent of a regulating or sanctioning passive (wave 35m, speakers/regulating_agents, read by
speakers/regulator_signs): `X is authorised by Y`, `the quarries are licensed by Y`, `X had its licence suspended by
Y`, `the home's registration was revoked by Y` make Y, a body read as an organisation, an inspectorate, whatever its
name's words; the regulated party X keeps its kind. Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows; and the shapes
where the kind must stay as it was."""
from __future__ import annotations

import pytest

from claims.extract.speakers.regulating_agents import regulated_by, sanctioned_by
from extract_rows import cued_rows


# The agent of a regulating passive: authorised, regulated, licensed, supervised, inspected by the body.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Mutual is authorised by the Tarn Money Board. The Tarn Money Board said 12 lenders had missed the"
     " deadline.\n",
     [("Tarn Money Board", "inspectorate", "said", "12 lenders had missed the deadline")]),
    ("The Marden Earth Agency said 3 quarries had been closed.\n\nNotes\nBoth quarries are licensed by the Marden Earth"
     " Agency.\n",
     [("Marden Earth Agency", "inspectorate", "said", "3 quarries had been closed")]),
    ("The Holm Lending Bureau said arrears rose by 9%. Credit unions in Holm are supervised by the Holm Lending"
     " Bureau.\n",
     [("Holm Lending Bureau", "inspectorate", "said", "arrears rose by 9%")]),
])
def test_agent_of_a_regulating_passive_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) \
        -> None:
    assert cued_rows(text) == expected


# The agent of a sanction on another's licence or registration, a ministry's too (a ministry that sanctions is its
# state's regulator, as one that fines is).
@pytest.mark.parametrize(("text", "expected"), [
    ("A Tarnwick nursery has had its licence suspended by the Holm Childcare Bureau after a visit. The Holm Childcare"
     " Bureau said staff ratios had been breached twice.\n",
     [("Holm Childcare Bureau", "inspectorate", "said", "staff ratios had been breached twice")]),
    ("The registration of a Kelbrook care home was revoked by the Ministry of Ageing. The Ministry of Ageing said 40"
     " residents had been moved.\n",
     [("Ministry of Ageing", "inspectorate", "said", "40 residents had been moved")]),
])
def test_agent_of_a_sanction_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: the regulated party, a council or a department that licenses, a court that fines, a body that
# approves a scheme, an operator that suspends its own services, a party named on an election notice's line.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Mutual, which is regulated by the Tarn Money Board, said its profits rose by 8%.\n",
     [("Harlow Mutual", "organisation", "said", "its profits rose by 8%")]),
    ("The kiosk is licensed by Kelbrook Borough Council. Kelbrook Borough Council said 40 kiosks had traded.\n",
     [("Kelbrook Borough Council", "organisation", "said", "40 kiosks had traded")]),
    ("The clinic is licensed by the Department of Health. The Department of Health said 9 beds had closed.\n",
     [("Department of Health", "organisation", "said", "9 beds had closed")]),
    ("The bridge scheme was approved by the Marden Bridge Trust. The Marden Bridge Trust said the work would cost"
     " £4m.\n",
     [("Marden Bridge Trust", "organisation", "said", "the work would cost £4m")]),
    ("Sailings were suspended by Tarn Ferries on Monday. Tarn Ferries said 40 sailings had been lost.\n",
     [("Tarn Ferries", "organisation", "said", "40 sailings had been lost")]),
    ("The Harbour Party said 40 candidates would stand.\n\nAuthorised by the Harbour Party, 9 Quay Street, Tarnwick.\n",
     [("Harbour Party", "organisation", "said", "40 candidates would stand")]),
])
def test_other_bodies_keep_their_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("before", "expected"), [
    ("Harlow Mutual is authorised by the ", True),
    ("Harlow Mutual is authorized by ", True),
    ("It is regulated by the ", True),
    ("The firm has been supervised by the ", True),
    ("All homes were inspected by the ", True),
    ("a lender regulated by the ", True),
    ("The scheme was approved by the ", False),
    ("Authorised by the ", False),
    ("9 Quay Street.\nAuthorised by the ", False),
    ("It was published by the ", False),
    ("Harlow Mutual is authorised by the regulator and by ", False),
    ("", False),
])
def test_regulated_by(before: str, expected: bool) -> None:
    assert regulated_by(before + "Tarn Money Board", 0, len(before)) is expected


@pytest.mark.parametrize(("before", "expected"), [
    ("The nursery has had its licence suspended by the ", True),
    ("Its registration was revoked by ", True),
    ("The licence of the Kelbrook home was revoked by the ", True),
    ("the operating licences were cancelled by the ", True),
    ("The firm was fined by the ", True),
    ("The firm was censured by the ", True),
    ("Sailings were suspended by ", False),
    ("The match was cancelled by ", False),
    ("", False),
])
def test_sanctioned_by(before: str, expected: bool) -> None:
    assert sanctioned_by(before + "Holm Childcare Bureau", 0, len(before)) is expected
