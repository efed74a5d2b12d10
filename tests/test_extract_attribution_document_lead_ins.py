"""`claims.extract.attribution.document_lead_ins.possessed_document_speaker`: a lead-in that opens on its document in
the possessive (`Among the review's other findings:`) gives its items to that document read as a subject, as `The
review found` is: the review with no body named as its author keeps them, never the body in focus it reviewed; a
report the text gave to a body is that body's (wave 56a). Texts written for this test about invented parties; whole
(speaker, speaker_kind, quote) rows."""
from __future__ import annotations

from extract_rows import rows

REVIEW_OF_A_TRUST = (
    "Marrowfield Community NHS Trust failed to look into dozens of deaths, an independent review has found.\n\n"
    "The reviewers found that only 40 of the 212 deaths had been investigated.\n\n"
    "Among the review's other findings:\n\n"
    "\u2022 families were contacted in fewer than half of cases;\n"
    "\u2022 31% of investigations missed the deadline.\n")
"""A trust in focus, a review with no author named, its reviewers' finding, then a lead-in opening on the review in the possessive."""

CHARITY_REPORT = (
    "Harbourline Food Aid, a charity in Tarrow, has published its annual report.\n\n"
    "Among the report's findings:\n\n"
    "\u2022 the charity gave out 14,200 parcels, up from 9,800;\n"
    "\u2022 a third of them went to working families.\n")
"""A body's own report: its possessive lead-in is the body's, as before."""


def test_a_reviews_possessive_lead_in_is_the_reviews() -> None:
    assert rows(REVIEW_OF_A_TRUST) == [
        ("independent review", "document", "Marrowfield Community NHS Trust failed to look into dozens of deaths"),
        ("The reviewers", "unresolved", "only 40 of the 212 deaths had been investigated"),
        ("independent review", "document", "families were contacted in fewer than half of cases"),
        ("independent review", "document", "31% of investigations missed the deadline")]


def test_a_bodys_report_in_the_possessive_stays_the_bodys() -> None:
    assert rows(CHARITY_REPORT) == [
        ("Harbourline Food Aid", "organisation", "the charity gave out 14,200 parcels, up from 9,800"),
        ("Harbourline Food Aid", "organisation", "a third of them went to working families")]
