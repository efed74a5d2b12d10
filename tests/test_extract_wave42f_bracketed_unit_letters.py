"""Wave 42f: a person named first, then set off by commas the body they serve with its letters in brackets and their
post (`Ann Vole, Quill Harbour Port Limited (QHPL) chief executive officer, comments, "..."`): the letters in
brackets are part of the body's name, so the person speaks, as without them (wave 41a's `unit_appositions`)."""
from tests.extract_rows import cued_rows

QUOTE = "Cargo volumes rose 12 per cent this year."


def test_person_then_body_letters_and_post_speaks() -> None:
    text = f'Ann Vole, Quill Harbour Port Limited (QHPL) chief executive officer, comments, "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "comments,", QUOTE)]


def test_person_then_body_letters_and_post_with_said_speaks() -> None:
    text = f'Teo Marsh, Lindqvist Ferry Services (LFS) managing director, said: "{QUOTE}"'
    assert cued_rows(text) == [("Teo Marsh", "person", "said:", QUOTE)]


def test_person_then_body_and_letters_alone_speaks() -> None:
    text = f'Ann Vole, Quill Harbour Port Limited (QHPL), said, "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "said,", QUOTE)]


def test_without_letters_unchanged() -> None:
    text = f'Ann Vole, Quill Harbour Port Limited chief executive officer, comments, "{QUOTE}"'
    assert cued_rows(text) == [("Ann Vole", "person", "comments,", QUOTE)]


def test_body_then_description_still_speaks() -> None:
    text = f'Quill Harbour Port Limited (QHPL), the port operator, said, "{QUOTE}"'
    assert cued_rows(text) == [("Quill Harbour Port Limited", "organisation", "said,", QUOTE)]


def test_body_after_a_noun_unchanged() -> None:
    text = f'The port, Quill Harbour Port Limited (QHPL), said: "{QUOTE}"'
    assert cued_rows(text) == [("Quill Harbour Port Limited", "organisation", "said:", QUOTE)]
