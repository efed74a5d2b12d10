"""Wave 40b: a post's title opened by an adjective that is no role (`Parliamentary Commissioner for Standards Mara
Elwood`, `Regional Commissioner for Housing ...`) names the person after it with that role, so a later `the
commissioner said` is that person, not the text's words. A title with no name after it names nobody."""
from tests.extract_rows import cued_rows

TITLED = """Regional Commissioner for Standards Mara Elwood concluded that the councillor had broken the code.

Hollis Vane, who represents the Brookside ward, said he would appeal.

In a report published on Monday, the commissioner said the councillor had received four payments.
"""

UNNAMED = """The Regional Commissioner for Standards concluded that the councillor had broken the code.

Hollis Vane, who represents the Brookside ward, said he would appeal.
"""


def test_the_role_word_after_an_adjective_titles_the_person() -> None:
    assert cued_rows(TITLED) == [
        ("Mara Elwood", "person", "concluded that", "the councillor had broken the code"),
        ("Hollis Vane", "person", "said", "he would appeal"),
        ("Mara Elwood", "person", "said", "the councillor had received four payments"),
    ]


def test_a_title_with_no_name_after_it_names_nobody() -> None:
    assert cued_rows(UNNAMED) == [
        ("The Regional Commissioner for Standards", "person", "concluded that", "the councillor had broken the code"),
        ("Hollis Vane", "person", "said", "he would appeal"),
    ]
