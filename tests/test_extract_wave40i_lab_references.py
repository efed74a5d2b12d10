"""Wave 40i: `the lab` refers back to the one laboratory a text names (`Brackmoor Materials Laboratory ... the lab
said`), and a lead-in owned by it in a possessive (`The lab's findings were:`) hands its items to that laboratory,
not to another body in focus. With no laboratory named, `the lab` is no other body: it stays unresolved."""
from tests.extract_rows import cued_rows

ONE_LAB = """Brackmoor Materials Laboratory will get $12 million from the Harlan Energy Office, the lab announced Monday.

The lab's findings were:

- 14 of 20 cells failed a heat test;
- 6 cells lasted more than 900 cycles.
"""

NO_LAB = """The Harlan Energy Office will fund a battery test, the lab announced Monday.
"""



def test_the_lab_is_the_laboratory_named() -> None:
    assert cued_rows(ONE_LAB) == [
        ("Brackmoor Materials Laboratory", "organisation", "announced",
         "Brackmoor Materials Laboratory will get $12 million from the Harlan Energy Office"),
        ("Brackmoor Materials Laboratory", "organisation", "findings were:", "14 of 20 cells failed a heat test"),
        ("Brackmoor Materials Laboratory", "organisation", "findings were:", "6 cells lasted more than 900 cycles"),
    ]


def test_the_lab_is_never_another_body() -> None:
    assert [r[0] for r in cued_rows(NO_LAB)] == ["the lab"]
