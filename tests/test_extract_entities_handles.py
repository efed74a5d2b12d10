"""Wave 50w: a social media handle after a body's name (`Brookfen Water (@BrookfenWater)`, the line under an embedded
post) is no name of its own: a later short form (`Brookfen said`) is the body under its written name, never the
handle's letters run together."""
from claims.extract.entities import find_mentions
from tests.extract_rows import cued_rows

POST = ("Brookfen Water apologised on Friday after 12,000 homes lost supply.\n\n"
        "Supplies are now back to all customers. Thank you for bearing with us. — Brookfen Water (@BrookfenWater) "
        "March 1, 2027\n\n"
        "A Brookfen spokesperson said the main had been relined in 2023.\n\n"
        "Brookfen said it had delivered 900,000 litres of bottled water.\n")


def test_handle_is_no_mention() -> None:
    line = "— Brookfen Water (@BrookfenWater) March 1, 2027"
    assert [(m.name, m.kind) for m in find_mentions(line, 0, len(line))] == [("Brookfen Water", "org")]


def test_short_form_after_a_handle_is_the_body_as_written() -> None:
    assert cued_rows(POST) == [
        ("Brookfen Water", "organisation", "said", "the main had been relined in 2023"),
        ("Brookfen Water", "organisation", "said", "it had delivered 900,000 litres of bottled water"),
    ]
