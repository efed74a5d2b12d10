"""Wave 40b: two people share a family name (`Councillor Dennis Hartle`, his wife `Angela Hartle`); a later title
and that name alone (`Cllr Hartle`, `Mr Hartle`) is the one the text gave that title, not the one named last. A
family name no title picks is read as before (the person named last)."""
from tests.extract_rows import cued_rows

COUNCILLOR = """Councillor Dennis Hartle was censured on Tuesday after a panel found he had broken the code of conduct.

The investigator found that his wife, Angela Hartle, ran a paving firm named as a subcontractor on two council jobs.

Cllr Hartle denied acting dishonestly. "I have never hidden my wife's business," he told the hearing.
"""

UNTITLED = """Councillor Dennis Hartle was censured on Tuesday after a panel found he had broken the code of conduct.

The investigator found that his wife, Angela Hartle, ran a paving firm named as a subcontractor on two council jobs.

Hartle said the firm had done nothing wrong.
"""


def test_a_title_with_a_shared_family_name_is_the_person_so_titled() -> None:
    assert cued_rows(COUNCILLOR)[-1] == (
        "Dennis Hartle", "person", "told", "I have never hidden my wife's business")


def test_a_shared_family_name_without_a_title_is_read_as_before() -> None:
    assert cued_rows(UNTITLED)[-1] == ("Angela Hartle", "person", "said", "the firm had done nothing wrong")
