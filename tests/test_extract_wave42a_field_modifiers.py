"""Wave 42a: a body's name after its kind with a field or nationality before it (`according to financial markets data
firm Quillon`, `British firm Quillon said`): the field (`financial`) is on the title list, and a lone capitalised
nationality opened no description, so the source named no one and its claim went to the speaker before. A title's
qualifier (`data/title_qualifiers.txt`) may modify the body's noun (`speakers/described_names`)."""
from tests.extract_rows import cued_rows


def test_financial_data_firm_is_the_source() -> None:
    text = ("The Tarn Statistics Office survey showed the region added 9,000 jobs in May.\n"
            "The numbers surpassed analysts' forecasts of a gain of 8,000 jobs, according to financial markets data "
            "firm Quillon, after a fall of 2,000 in April.")
    assert cued_rows(text) == [
        ("Tarn Statistics Office", "organisation", "showed", "the region added 9,000 jobs in May"),
        ("Quillon", "organisation", "according to", "The numbers surpassed analysts' forecasts of a gain of 8,000 jobs"),
    ]


def test_nationality_before_firm() -> None:
    assert cued_rows("Jobs rose by 8,000 in May, according to British firm Quillon.") == [
        ("Quillon", "organisation", "according to", "Jobs rose by 8,000 in May"),
    ]


def test_research_firm_is_unchanged() -> None:
    assert cued_rows("Jobs rose by 8,000 in May, according to research firm Quillon.") == [
        ("Quillon", "organisation", "according to", "Jobs rose by 8,000 in May"),
    ]


def test_post_before_a_name_is_unchanged() -> None:
    assert cued_rows("Jobs rose by 8,000 in May, financial controller Jo Marr said.") == [
        ("Jo Marr", "person", "said", "Jobs rose by 8,000 in May"),
    ]
