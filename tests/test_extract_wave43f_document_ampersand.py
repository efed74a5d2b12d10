"""Wave 43f: a document's title whose two nouns are joined by `&` read as a firm's name.

`Annual Report & Accounts`: an `&` inside capitalised words made them a firm (`Marlow & Finch`), so a body that
`has published its Annual Report & Accounts for 2025/26, which shows ...` lost its findings to its own document, read
as an organisation. An `&` whose neighbour before and the run's last word are both a document's nouns
(`data/document_nouns.txt`) is a document's title (`entities._firm_ampersand`), written like `Report and Accounts`.
"""
from tests.extract_rows import cued_rows


def test_body_publishing_its_report_and_accounts() -> None:
    """The commissioner publishing `its Annual Report & Accounts, which shows` makes the finding."""
    text = """Complaints rise

The Harbour Standards Commissioner has published today its Annual Report & Accounts for 2025/26, which shows a 14% rise since 2021 in complaints received.

The Commissioner found that ports had failed in 12% of cases.
"""
    assert cued_rows(text) == [
        ("Harbour Standards Commissioner", "person", "shows", "a 14% rise since 2021 in complaints received"),
        ("Harbour Standards Commissioner", "person", "found that", "ports had failed in 12% of cases"),
    ]


def test_report_and_financial_statements() -> None:
    """`its Report & Financial Statements, which show`: the publishing water company."""
    text = """Complaints rise

Velmora Water has published its Report & Financial Statements, which show a 9% rise in complaints received.
"""
    assert cued_rows(text) == [
        ("Velmora Water", "organisation", "which show", "a 9% rise in complaints received"),  # its cue (round 64m)
    ]


def test_firm_names_with_ampersand_unchanged() -> None:
    """Negative: `Marlow & Finch` and `Tarrant & Report Holdings` stay firms."""
    text = """Fees rise

Marlow & Finch said fees rose by 3%.

Tarrant & Report Holdings said costs fell by 2%.
"""
    assert cued_rows(text) == [
        ("Marlow & Finch", "organisation", "said", "fees rose by 3%"),
        ("Tarrant & Report Holdings", "organisation", "said", "costs fell by 2%"),
    ]
