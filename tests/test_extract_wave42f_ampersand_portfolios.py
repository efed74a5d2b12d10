"""Wave 42f: a title whose portfolio is a series with commas, one item of which joins two words with an ampersand
(`Brindlemoor Commissioner for Policing, Fire & Rescue and Crime Ann Vole said:`): the ampersand stays inside its
item, so the series joins the title and the person after it speaks, as without the ampersand (42a's
`portfolio_titles`)."""
from tests.extract_rows import cued_rows

QUOTE = "Calls fell by 9 per cent this year."


def test_ampersand_item_inside_the_series() -> None:
    text = f'Brindlemoor Commissioner for Policing, Fire & Rescue and Crime Ann Vole said: "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "said:", QUOTE)]


def test_ampersand_item_after_minister() -> None:
    text = f'Minister for Farming, Fisheries & Harbours and the Coast Teo Marsh said: "{QUOTE}"'
    assert cued_rows(text) == [("Teo Marsh", "person", "said:", QUOTE)]


def test_series_without_ampersand_unchanged() -> None:
    text = f'Brindlemoor Commissioner for Policing, Fire and Crime Ann Vole said: "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "said:", QUOTE)]


def test_ampersand_portfolio_without_series_unchanged() -> None:
    text = f'Brindlemoor Commissioner for Policing & Crime Ann Vole said: "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "said:", QUOTE)]


def test_person_named_before_the_series_unchanged() -> None:
    text = f'Ann Vole, the Minister for Farming, Fisheries & Harbours and the Coast, said: "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "said:", QUOTE)]
