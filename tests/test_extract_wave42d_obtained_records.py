"""Wave 42d: a body's own record named with the body before its noun, then who obtained it or was given it (`Tenancy
Standards Office figures obtained by the network under Freedom of Information show that A`, `Home Department data
released to the HRN show that A`): the body whose record it is speaks, never the party that obtained it."""
from tests.extract_rows import cued_rows

OPENING = "The Harrowby Renters' Network (HRN) has lodged 40 disputes this year. "


def test_record_obtained_by_a_reference() -> None:
    text = OPENING + ("Tenancy Standards Office figures obtained by the network under Freedom of Information show that "
                      "the office received 412 notices last year.")
    assert cued_rows(text)[-1] == (
        "Tenancy Standards Office", "inspectorate", "show that", "the office received 412 notices last year")


def test_record_obtained_by_an_acronym() -> None:
    text = OPENING + ("Tenancy Standards Office figures obtained by the HRN under Freedom of Information show that the "
                      "office received 413 notices last year.")
    assert cued_rows(text)[-1] == (
        "Tenancy Standards Office", "inspectorate", "show that", "the office received 413 notices last year")


def test_record_released_to_a_party() -> None:
    text = OPENING + "Home Department data released to the HRN show that each application costs £421 to process."
    assert cued_rows(text)[-1] == (
        "Home Department", "organisation", "show that", "each application costs £421 to process")


def test_record_without_owner_stays_the_obtainer() -> None:
    text = OPENING + ("Figures obtained by the network under Freedom of Information show that 412 notices were served "
                      "last year.")
    assert cued_rows(text)[-1] == (
        "Harrowby Renters' Network", "organisation", "show that", "412 notices were served last year")


def test_record_by_its_maker_is_unchanged() -> None:
    text = OPENING + "A survey carried out by the HRN in May found that 38 per cent of tenants had faced a rent rise."
    assert cued_rows(text)[-1] == (
        "Harrowby Renters' Network", "organisation", "found that", "38 per cent of tenants had faced a rent rise")
