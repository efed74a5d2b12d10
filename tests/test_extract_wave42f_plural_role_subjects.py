"""Wave 42f: a plural role word opening a sentence as the whole subject of a cue (`Bosses also said`, `Chiefs said`)
names no body: it is a body's people, as `Managers said` and `Officials said` already are, so the row keeps the text's
words, unresolved, never a party called `Bosses`."""
from tests.extract_rows import cued_rows

FIRST = "The Brindlemoor Ambulance Service answered 9,000 calls last year.\n"


def test_bosses_name_no_body() -> None:
    text = FIRST + "Bosses also said there was an 18 per cent fall in delays."
    assert cued_rows(text)[1:] == [("Bosses", "unresolved", "said", "there was an 18 per cent fall in delays")]


def test_chiefs_name_no_body() -> None:
    text = FIRST + "Chiefs said there was an 18 per cent fall in delays."
    assert cued_rows(text)[1:] == [("Chiefs", "unresolved", "said", "there was an 18 per cent fall in delays")]


def test_managers_unchanged() -> None:
    text = FIRST + "Managers also said there was an 18 per cent fall in delays."
    assert cued_rows(text)[1:] == [("Managers", "unresolved", "said", "there was an 18 per cent fall in delays")]


def test_named_body_unchanged() -> None:
    text = FIRST + "Brindlemoor also said there was an 18 per cent fall in delays."
    assert cued_rows(text)[1:] == [
        ("Brindlemoor Ambulance Service", "organisation", "said", "there was an 18 per cent fall in delays")]
