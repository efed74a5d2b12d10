"""Wave 41f: `Company officials said`, `Company managers said`: a company's people, the company the text calls `the
company` (its speaker), as `Union officials said` is the union's; with no company to
name, or two, the words, unresolved; other people (`City officials`) are read as before."""
from tests.extract_rows import cued_rows


def test_company_officials_are_the_company_that_spoke() -> None:
    text = ("Brisk Dairies will close two plants, the company said on Monday.\n\n"
            "Company officials said 400 jobs would go.\n")
    assert cued_rows(text) == [
        ("Brisk Dairies", "organisation", "said", "Brisk Dairies will close two plants"),
        ("Brisk Dairies", "organisation", "said", "400 jobs would go")]


def test_company_managers_are_the_company_that_spoke() -> None:
    text = "Brisk Dairies will close two plants, the company said.\n\nCompany managers said 40 staff would move.\n"
    assert cued_rows(text)[1:] == [("Brisk Dairies", "organisation", "said", "40 staff would move")]


def test_union_officials_are_still_the_union() -> None:
    text = ("Workers at Brisk Dairies voted to strike, the Dairy Workers Union said.\n\n"
            "Union officials said 400 members had voted.\n")
    assert cued_rows(text) == [
        ("Dairy Workers Union", "organisation", "said", "Workers at Brisk Dairies voted to strike"),
        ("Dairy Workers Union", "organisation", "said", "400 members had voted")]


def test_no_company_named_leaves_the_words() -> None:
    assert cued_rows("Company officials said 400 jobs would go.\n") == [
        ("Company officials", "unresolved", "said", "400 jobs would go")]


def test_two_companies_leave_the_words() -> None:
    text = "Brisk Dairies and Fenwick Foods will merge.\n\nCompany officials said 400 jobs would go.\n"
    assert cued_rows(text) == [("Company officials", "unresolved", "said", "400 jobs would go")]


def test_city_officials_are_read_as_before() -> None:
    assert cued_rows("City officials said 400 homes had flooded.\n") == [
        ("City officials", "unresolved", "said", "400 homes had flooded")]
