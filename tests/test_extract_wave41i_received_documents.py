"""A party that takes in a new document another made (`The Senate welcomed a report which showed that`, `The board
received an audit, which found`): the document, named by its noun, finds; never the party that took it in, and a
party's own document (`published a report which showed`) stays read as before (wave 41i)."""
from tests.extract_rows import cued_rows


def test_a_welcomed_report_finds() -> None:
    text = "The spring meeting of the Kelbrook College Senate welcomed a report which showed that grant income had risen by 80%.\n"
    assert cued_rows(text) == [("report", "document", "showed that", "grant income had risen by 80%")]


def test_a_named_body_that_received_an_audit_is_not_its_source() -> None:
    text = "Ferrow Parish Council received an independent audit, which found that its reserves had fallen by £40,000.\n"
    assert cued_rows(text) == [("independent audit", "document", "found that", "its reserves had fallen by £40,000")]


def test_a_published_report_stays_its_publisher_s() -> None:
    text = "The minister published a report which showed that waiting lists had grown by 12%.\n"
    assert cued_rows(text) == [("The minister", "person", "which showed", "waiting lists had grown by 12%")]


def test_an_owned_report_after_which_stays_its_owner_s() -> None:
    text = "Dr Ivo Brant pointed to Kelbrook College's annual report, which shows that grant income rose by 9%.\n"
    assert cued_rows(text) == [("Kelbrook College", "organisation", "shows that", "grant income rose by 9%")]
