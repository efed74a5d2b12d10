"""Wave 43n: a commissioning aside after a subject that names the maker (`A study by X, commissioned by Y,
estimates`, `X, paid for by Y, found`, `A review by X, carried out for Y, found`): the body that ordered or paid for
the work never speaks for it; the maker named before the aside does (`speakers.commissioner_asides`). A document
with no maker named (`The report, commissioned by Y, found`) still speaks for Y."""
from tests.extract_rows import cued_rows

LEAD = "The Fenward Trust wants the old pier removed.\n\n"
CLAIM = "40% of visitors came by car"


def test_study_by_maker_commissioned_by_other() -> None:
    text = f"{LEAD}A study by Tollmere Analytics, commissioned by the Fenward Trust, estimates that {CLAIM}."
    assert cued_rows(text) == [("Tollmere Analytics", "organisation", "estimates that", CLAIM)]


def test_described_maker_commissioned_by_short_name() -> None:
    text = f"{LEAD}A survey by the polling firm Tollmere Analytics, commissioned by the trust, found that {CLAIM}."
    assert cued_rows(text) == [("Tollmere Analytics", "organisation", "found that", CLAIM)]


def test_named_maker_commissioned_by_other() -> None:
    text = f"{LEAD}Tollmere Analytics, commissioned by the Fenward Trust, found that {CLAIM}."
    assert cued_rows(text) == [("Tollmere Analytics", "organisation", "found that", CLAIM)]


def test_paid_for_by_other() -> None:
    text = f"{LEAD}A survey by Tollmere Analytics, paid for by the Fenward Trust, found that {CLAIM}."
    assert cued_rows(text) == [("Tollmere Analytics", "organisation", "found that", CLAIM)]


def test_carried_out_for_other() -> None:
    text = f"{LEAD}A review by Tollmere Analytics, carried out for the Fenward Trust, found that {CLAIM}."
    assert cued_rows(text) == [("Tollmere Analytics", "organisation", "found that", CLAIM)]


def test_document_without_maker_unchanged() -> None:
    text = f"{LEAD}The report, commissioned by the Fenward Trust, found that {CLAIM}."
    assert cued_rows(text) == [("Fenward Trust", "organisation", "found that", CLAIM)]


def test_owned_document_carried_out_by_firm_unchanged() -> None:
    text = f"{LEAD}The Fenward Trust's survey, carried out by Tollmere Analytics, found that {CLAIM}."
    assert cued_rows(text) == [("Fenward Trust", "organisation", "found that", CLAIM)]


def test_publisher_aside_unchanged() -> None:
    text = f"{LEAD}The figures, released by Orlham Borough Council, show that {CLAIM}."
    assert cued_rows(text) == [("Orlham Borough Council", "organisation", "show that", CLAIM)]


def test_study_by_maker_alone_unchanged() -> None:
    text = f"{LEAD}A study by Tollmere Analytics estimates that {CLAIM}."
    assert cued_rows(text) == [("Tollmere Analytics", "organisation", "estimates that", CLAIM)]
