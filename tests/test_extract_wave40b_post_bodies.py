"""Wave 40b: a post read as a body's name (`Trustees of the Brackwell Museum of Clocks`, `Director of the Brackwell
Museum of Clocks` in an apposition, `the Chair and Chief Executive of Brackwell County Council` in a letter's heading)
is never what `the museum` means when the text names the museum itself, nor the fuller name of `Brackwell County
Council` (`A spokesperson for Brackwell County Council said`): the body speaks. A post whose body the text never names
alone is read as before."""
from tests.extract_rows import cued_rows

MUSEUM = """News release – Brackwell Museum of Clocks

Brackwell, 8 October – Trustees of the Brackwell Museum of Clocks have voted to lend its oldest clock to a \
museum in Geneva.

The decision was taken at a board meeting on Monday, the museum said.

Dr Ines Harl, Director of the Brackwell Museum of Clocks, said: "This clock has not left Brackwell since 1890."

The museum said it had insured the clock for £2 million.
"""

ONLY_POST = """Brackwell, 8 October – Trustees of the Brackwell Museum of Clocks have voted to lend its oldest clock to a \
museum in Geneva.

The decision was taken at a board meeting on Monday, the museum said.
"""


def test_the_museum_is_the_museum_not_its_trustees_or_director() -> None:
    rows = cued_rows(MUSEUM)
    assert [(r[0], r[3]) for r in rows if r[2] == "said" and r[0] != "Ines Harl"] == [
        ("Brackwell Museum of Clocks", "The decision was taken at a board meeting on Monday"),
        ("Brackwell Museum of Clocks", "it had insured the clock for £2 million"),
    ]


def test_a_post_whose_body_is_never_named_alone_is_read_as_before() -> None:
    assert [(r[0], r[3]) for r in cued_rows(ONLY_POST) if r[2] == "said"] == [
        ("the museum", "The decision was taken at a board meeting on Monday"),
    ]


LETTER = """Open letter to the Chair and Chief Executive of Brackwell County Council on the town's libraries

Dear Chair,

We write as the Friends of Brackwell Libraries. Opening hours have been cut by a third since 2023.

Note for editors: A spokesperson for Brackwell County Council said on Monday that the council had received the \
letter. The spokesperson said the libraries had 240,000 visits in 2025.
"""


def test_a_spokesperson_for_the_council_is_the_councils_not_its_chief_executives() -> None:
    assert cued_rows(LETTER) == [
        ("Brackwell County Council", "organisation", "said on Monday that", "the council had received the letter"),
        ("Brackwell County Council", "organisation", "said", "the libraries had 240,000 visits in 2025"),
    ]
