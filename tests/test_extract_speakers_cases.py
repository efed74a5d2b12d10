"""speakers/cases: an inquiry whose owner a possessive reference names (`The council's investigation found that:`,
`The Office's inquiry found`) is that body's, with its kind, for the sentence and for the items under a lead-in;
never the text's words left unresolved (wave 35o; seen in p1296, p960, and read right before only through an
inspectorate in focus in p163, p347, p438, p620). Each case is a short text written for this test in our own words
about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows, curled, full_rows

COUNCIL_INQUIRIES = [
    ("Brackwater Borough Council said it had fined a climbing centre £20,000.\n\n"
     "The council's investigation found that:\n\n"
     "- the centre had no written risk assessment;\n"
     "- two of its staff had not been trained.\n",
     [("Brackwater Borough Council", "organisation", "said", "it had fined a climbing centre £20,000"),
      ("Brackwater Borough Council", "organisation", "found that", "the centre had no written risk assessment"),
      ("Brackwater Borough Council", "organisation", "found that", "two of its staff had not been trained")]),
    ("Brackwater Borough Council said it had fined a climbing centre £20,000.\n\n"
     "The council's investigation found that the centre had no written risk assessment.\n",
     [("Brackwater Borough Council", "organisation", "said", "it had fined a climbing centre £20,000"),
      ("Brackwater Borough Council", "organisation", "found that", "the centre had no written risk assessment")]),
]
"""A council's own inquiry, its findings under a lead-in and in the sentence."""


@pytest.mark.parametrize(("text", "expected"), [
    *COUNCIL_INQUIRIES,
    ("The Halden Valley Trust said it had dismissed two wardens.\n\n"
     "The Trust's inquiry found that the gates were left open.\n",
     [("Halden Valley Trust", "organisation", "said", "it had dismissed two wardens"),
      ("Halden Valley Trust", "organisation", "found that", "the gates were left open")]),
    ("Attorney General Jo Penn said her office would act.\n\n"
     "The Attorney General's Consumer Fraud Division received 800 complaints about Tolven Lettings last year. "
     "The Division's investigation found that the firm:\n\n"
     "- kept 212 deposits;\n"
     "- charged 90 tenants twice.\n",
     [("Jo Penn", "person", "said", "her office would act"),
      ("Attorney General's Consumer Fraud Division", "organisation", "found that", "kept 212 deposits"),
      ("Attorney General's Consumer Fraud Division", "organisation", "found that", "charged 90 tenants twice")]),
])
def test_possessive_reference_owns_the_inquiry(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not fire: a possessive that names no body the text gave keeps the text's words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tolven Telecom said it would appeal.\n\n"
     "The tribunal's inquiry found that the outage lasted 14 hours.\n",
     [("Tolven Telecom", "organisation", "said", "it would appeal"),
      ("the tribunal's inquiry", "unresolved", "found that", "the outage lasted 14 hours")]),
])
def test_possessive_naming_no_body_is_left(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Real pages write the possessive with a curly apostrophe (’) about twice as often as with a straight one (wave 54h:
# 246 against 126 in realcheck65-73): `The council’s investigation found` is the council's as `council's` is.
@pytest.mark.parametrize(("text", "expected"), [(text.replace("council's", "council\u2019s"), expected)
                                                for text, expected in COUNCIL_INQUIRIES])
def test_curly_possessive_reference_owns_the_inquiry(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


PROGRAMME_TEXT = ("The Tarnside Riders Club met on Monday.\n\n"
                  "The Riders' Safety Programme shows that falls dropped by 12% last year.\n")
"""A scheme's name that a plural possessive owns (`Riders'`) is no named rule kept from speaking (`named_rule`)."""


def test_a_plural_possessive_owns_a_scheme_with_either_mark() -> None:
    straight = full_rows(PROGRAMME_TEXT)
    assert straight == [("Riders' Safety Programme", "organisation", "shows that", "falls dropped by 12% last year",
                         0.786)]
    assert full_rows(PROGRAMME_TEXT.replace("'", "\u2019")) == curled(straight)
