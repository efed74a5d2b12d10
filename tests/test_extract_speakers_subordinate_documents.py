"""speakers/subordinate_documents: whose inquiry a clause after a regulated body's sentence is (wave 35l)."""
import pytest

from claims.extract.entities import find_mentions
from claims.extract.speakers.subordinate_documents import sanctioning_subject
from extract_rows import rows

# A regulator as the agent of a passive main clause (35l): `X has been fined by Y after an investigation found` is
# Y's finding, never X's, and `The investigation found` after it is the same inquiry.
PASSIVE_FINE = (
    "The Harbour Party has been fined £9,000 by the Electoral Standards Commission after an investigation found "
    "that its return left out 12 payments.\n\n"
    "The investigation found that:\n\n"
    "- the party kept no receipts for four payments;\n"
    "- its treasurer filed the return 19 days late.\n")


def test_an_inquiry_after_a_passive_sanction_is_its_agent_s() -> None:
    assert rows(PASSIVE_FINE) == [
        ("Electoral Standards Commission", "inspectorate", "its return left out 12 payments"),
        ("Electoral Standards Commission", "inspectorate", "the party kept no receipts for four payments"),
        ("Electoral Standards Commission", "inspectorate", "its treasurer filed the return 19 days late")]


PASSIVE_ORDER = (
    "Tolley Bet Ltd was ordered by the Gaming Standards Commission to pay £2 million after a review found that the "
    "company failed to check the age of 310 customers.\n")


def test_an_inquiry_after_a_passive_order_is_its_agent_s() -> None:
    assert rows(PASSIVE_ORDER) == [
        ("Gaming Standards Commission", "inspectorate", "the company failed to check the age of 310 customers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tolley Bet Ltd has been fined £40,000 by the Gaming Commission ", "Gaming Commission"),
    ("Tolley Bet Ltd was today censured by the Gaming Commission ", "Gaming Commission"),
    ("Tolley Bet Ltd was ordered by the Gaming Commission to pay £2m ", "Gaming Commission"),
    ("Tolley Bet Ltd has been fined £40,000 ", None),  # a passive with no agent: never its subject
    ("The Gaming Commission has fined Tolley Bet Ltd ", "Gaming Commission"),  # active: the subject, as before
    ("Tolley Bet Ltd was fined by Jo Roe ", None),  # a person: no body's inquiry
])
def test_sanctioning_subject_reads_a_passive_s_agent(text: str, expected: str | None) -> None:
    found = sanctioning_subject(text, len(text), find_mentions(text, 0, len(text)))
    assert (found.name if found else None) == expected


# An owner named inside the inquiry's own phrase (35l): `X will pay £12m after an investigation by Y, the water
# regulator, found`, `X will pay £2m following a Y investigation that found`: Y's finding, never the subject's.
AGENT_INQUIRY = (
    "Brenmoor Water will pay £12 million after an investigation by Watcor, the water regulator for the region, found "
    "that the company had failed to maintain 30 pumping stations.\n")


def test_an_inquiry_by_a_named_body_after_a_subordinator_is_that_body_s() -> None:
    assert rows(AGENT_INQUIRY) == [("Watcor", "inspectorate", "the company had failed to maintain 30 pumping stations")]


MODIFIED_INQUIRY = (
    "Tolley Bet Ltd will pay £2 million following a Gaming Standards Commission investigation that found the company "
    "failed to check the age of 310 customers.\n")


def test_an_inquiry_a_body_modifies_before_that_found_is_that_body_s() -> None:
    assert rows(MODIFIED_INQUIRY) == [
        ("Gaming Standards Commission", "inspectorate", "the company failed to check the age of 310 customers")]


UNOWNED_THAT = (
    "Tolley Bet Ltd will pay £2 million following an investigation that found the company failed to check the age "
    "of 310 customers.\n")


def test_an_unowned_inquiry_before_that_found_gives_no_row() -> None:
    assert rows(UNOWNED_THAT) == []  # `that found` after a noun with no owner stays a relative clause, as before
