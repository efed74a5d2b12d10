"""Wave 41a: a listed company's stock ticker in brackets after its name, with the exchange's letters after a full
stop (`Halvor Tarn Plc (HVTN.L)`): the ticker is the company's other name, never a speaker of its own."""
from tests.extract_rows import cued_rows


def test_ticker_with_exchange_suffix_is_the_company() -> None:
    text = ("Halvor Tarn Plc (HVTN.L), on Tuesday, reported annual profit of £12.1 million. The company noted that "
            "demand was strong in all regions.")
    assert cued_rows(text) == [
        ("Halvor Tarn Plc", "organisation", "reported", "reported annual profit of £12.1 million"),
        ("Halvor Tarn Plc", "organisation", "noted that", "demand was strong in all regions"),
    ]


def test_later_ticker_is_the_company() -> None:
    text = "Quarrel Bay Mining Ltd (QBML.AX) said output rose 9%. QBML said costs fell 2%."
    assert cued_rows(text) == [
        ("Quarrel Bay Mining Ltd", "organisation", "said", "output rose 9%"),
        ("Quarrel Bay Mining Ltd", "organisation", "said", "costs fell 2%"),
    ]


def test_exchange_before_ticker_is_unchanged() -> None:
    text = "Farrow Ridge Inc. (NASDAQ: FRRG) said revenue rose 8% to $40 million."
    assert cued_rows(text) == [("Farrow Ridge Inc.", "organisation", "said", "revenue rose 8% to $40 million")]


def test_acronym_in_brackets_is_unchanged() -> None:
    text = "The Harbour Valley Transit Board (HVTB) said fares would rise by 5%."
    assert cued_rows(text) == [("Harbour Valley Transit Board", "organisation", "said", "fares would rise by 5%")]
