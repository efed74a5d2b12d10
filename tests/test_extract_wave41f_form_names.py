"""Wave 41f: a capitalised word that may open a sentence (`Outlook`, `Summit`) before a body's head names the body
with a legal form after the head too (`Outlook Group Corp.`, `Outlook Housing Ltd`), as it did without one (`Outlook
Group`): the name is never cut to its head and form (`Group Corp.`). A starter before a longer name is cut as before."""
import pytest

from tests.extract_rows import cued_rows


@pytest.mark.parametrize("name", ["Outlook Group Corp.", "Outlook Group Inc.", "Outlook Housing Ltd", "Outlook Group"])
def test_a_starter_before_a_head_and_a_form_is_the_name(name: str) -> None:
    assert cued_rows(f"{name} said sales rose by 9% in the quarter.\n") == [
        (name, "organisation", "said", "sales rose by 9% in the quarter")]


def test_a_starter_before_a_longer_name_is_still_cut() -> None:
    assert cued_rows("Meanwhile Brisk Dairy Holdings Ltd said sales rose by 9%.\n") == [
        ("Brisk Dairy Holdings Ltd", "organisation", "said", "sales rose by 9%")]
