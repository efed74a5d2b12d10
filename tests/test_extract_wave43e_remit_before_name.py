"""Wave 43e: a common noun and a plural written before a person's name as a remit (`Consumer Rights Pat Lowe said`):
both words go, never the common noun alone (`Rights Pat Lowe` was read as a person); the person speaks
(`title_nouns.without_title_nouns`)."""
from tests.extract_rows import cued_rows

CLAIM = "prices rose 6% in a year"


def test_common_noun_and_plural_before_name() -> None:
    assert cued_rows(f"Consumer Rights Nell Ashby said {CLAIM}.") == [("Nell Ashby", "person", "said", CLAIM)]


def test_other_plural_remit_before_name() -> None:
    assert cued_rows(f"Consumer Affairs Nell Ashby said {CLAIM}.") == [("Nell Ashby", "person", "said", CLAIM)]


def test_common_noun_title_unchanged() -> None:
    assert cued_rows(f"Midwife Nell Banks said {CLAIM}.") == [("Nell Banks", "person", "said", CLAIM)]


def test_minister_of_remit_unchanged() -> None:
    text = f"Consumer Affairs Minister Nell Ashby said {CLAIM}."
    assert cued_rows(text) == [("Nell Ashby", "person", "said", CLAIM)]


def test_remit_as_header_line_unchanged() -> None:
    assert cued_rows(f"Consumer Rights\n\nNell Ashby said {CLAIM}.") == [("Nell Ashby", "person", "said", CLAIM)]


def test_body_named_with_the_word_unchanged() -> None:
    text = f"The Consumer Council said {CLAIM}."
    assert cued_rows(text) == [("Consumer Council", "organisation", "said", CLAIM)]
