"""Wave 43e: a person named first, then a body (its letters in brackets or not) and a post whose qualifier is a word a
body's name may end with (`operations`, `group`, `health`: `Sam Dale, Brackley Ports Authority (BPA) operations
director, said`): the post is the person's, so the person speaks, never the body (41a's `unit_appositions`)."""
from tests.extract_rows import cued_rows

CLAIM = "cargo volumes fell 4% last year"


def test_operations_post_after_bracketed_letters() -> None:
    text = f"Tam Reilly, Holmwick Harbour Authority (HHA) operations director, said {CLAIM}."
    assert cued_rows(text) == [("Tam Reilly", "person", "said", CLAIM)]


def test_operations_post_without_letters() -> None:
    text = f"Tam Reilly, Holmwick Harbour Authority operations manager, said {CLAIM}."
    assert cued_rows(text) == [("Tam Reilly", "person", "said", CLAIM)]


def test_group_post_after_company() -> None:
    text = f"Ines Marr, Corbel Freight Services (CFS) group finance director, told reporters {CLAIM}."
    assert cued_rows(text) == [("Ines Marr", "person", "told", CLAIM)]


def test_managing_director_unchanged() -> None:
    text = f"Tam Reilly, Holmwick Harbour Authority (HHA) managing director, said {CLAIM}."
    assert cued_rows(text) == [("Tam Reilly", "person", "said", CLAIM)]


def test_body_named_alone_unchanged() -> None:
    text = f"Holmwick Harbour Authority (HHA) said {CLAIM}."
    assert cued_rows(text) == [("Holmwick Harbour Authority", "organisation", "said", CLAIM)]


def test_body_after_body_unchanged() -> None:
    text = f"Corbel Freight, Holmwick Harbour Authority's largest tenant, said {CLAIM}."
    assert cued_rows(text) == [("Corbel Freight", "organisation", "said", CLAIM)]
