"""The senders a page's header field lists (wave 36f): `From: Department of X and Jo Roe MP` names a body and a
person, each a party of its own, the body the page's issuer, never one joint party read across the `and`
(`field_senders`, and `entities`, which reads a body's name, `and` and a person's closed by role letters as two
parties); two bodies joined by `and` are left as they were. The pages are invented for these tests."""
import pytest

from claims import extract_text
from claims.extract.entities import find_mentions, Mention
from claims.extract.field_senders import first_sender_end


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("field", "first"), [
    ("Department for Coastal Affairs and Nerys Falloway MP", "Department for Coastal Affairs"),
    ("Office for Inland Waterways and Dr Colm Arden MP", "Office for Inland Waterways"),
    ("Ministry of Harbours, Docks and Ferries and Tamsin Reeve MP", "Ministry of Harbours, Docks and Ferries"),
    # must not cut: one body whose own name holds `and`, or a single sender
    ("Department for Farming and Trade", "Department for Farming and Trade"),
    ("Competition and Markets Board", "Competition and Markets Board"),
    ("Nerys Falloway MP", "Nerys Falloway MP"),
    ("Department for Farming and Trade and HM Land Registry", "Department for Farming and Trade and HM Land Registry"),
    ("Department for Coastal Affairs and others", "Department for Coastal Affairs and others"),
])
def test_the_first_sender_a_field_lists(field: str, first: str) -> None:
    text = f"From: {field}\n"
    assert text[6:first_sender_end(text, 6, 6 + len(field))] == first


PAGE = ("Press release\n\n"
        "£80 million to repair sea walls\n\n"
        "From: {sender}\n"
        "Published 4 March 2027\n\n"
        "Councils will share £80 million of Sea Wall Grants next year, the Department for Ports and Harbours announced "
        "today.\n\n"
        "Minister for Coastal Defence Nerys Falloway said:\n\n"
        "\"A sound sea wall can be the difference between a street staying dry and a street under water.\"\n\n"
        "Councils can use the grants to repair walls and groynes. The department said councils had repaired 212 "
        "kilometres of wall since 2024.\n")


@pytest.mark.parametrize("sender", [
    "Department for Ports and Harbours and Nerys Falloway MP",
    "Department for Ports and Harbours",
])
def test_a_body_and_a_minister_in_a_from_field_leave_the_department_its_own(sender: str) -> None:
    rows = table(PAGE.format(sender=sender))
    assert rows[-1] == ("Department for Ports and Harbours", "organisation",
                        "councils had repaired 212 kilometres of wall since 2024")


@pytest.mark.parametrize(("text", "mentions"), [
    # a body, then a person whose role letters close the run: two parties, never one joint body
    ("From: Department for Ports and Harbours and Nerys Falloway MP",
     [Mention(6, 39, "Department for Ports and Harbours", "org"), Mention(44, 61, "Nerys Falloway", "person")]),
    ("From: Coastal Protection Agency and Colm Arden TD",
     [Mention(6, 31, "Coastal Protection Agency", "org"), Mention(36, 49, "Colm Arden", "person")]),
    # must not split: a body whose own name holds `and`, or no role letters closing the run
    ("From: Department for Ports and Harbours",
     [Mention(6, 39, "Department for Ports and Harbours", "org")]),
])
def test_a_body_and_a_member_closing_a_run_are_two_parties(text: str, mentions: list[Mention]) -> None:
    assert find_mentions(text, 0, len(text)) == mentions


def test_a_body_and_a_member_with_no_other_reading_are_two_parties() -> None:
    text = "From: Harbour Office and Nerys Falloway MP"
    assert find_mentions(text, 0, len(text)) == [Mention(6, 20, "Harbour Office", "org"),
                                                 Mention(25, 42, "Nerys Falloway", "person")]
