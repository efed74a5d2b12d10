"""A relative of `whose` between a subject's head and its cue: the name inside it (the body that fined, rated or
praised) never speaks; the head does (wave 61d). Texts written for this test in our own words about invented
parties."""
import pytest

from claims.extract.attribution.whose_tails import whose_tail_start
from extract_rows import rows

WATER = ("Brannock Valley Water has published its half-year results.\n\n"
         "The water company whose former chairman was fined by the Rexley Water Authority last year said it had cut "
         "leakage by 9% since April.\n")


def test_the_head_before_whose_speaks() -> None:
    assert rows(WATER) == [("Brannock Valley Water", "organisation", "it had cut leakage by 9% since April")]
    # before: Rexley Water Authority (inspectorate)


def test_a_head_no_body_names_stays_its_own_words() -> None:
    text = "The school whose head was praised by the Schools Board said its results rose by 9%.\n"
    assert rows(text) == [("the school", "unresolved", "its results rose by 9%")]


def test_a_whose_aside_in_commas_keeps_its_subject() -> None:
    text = "Acme Water, whose chairman was fined by the Rexley Water Authority, says it cut leaks by 9%.\n"
    assert rows(text) == [("Acme Water", "organisation", "it cut leaks by 9%")]


@pytest.mark.parametrize(("words", "start"), [
    ("The trust whose chairman stood down after a low grade from the Care Board", 9),
    ("The trust", None),
    ("The trust whose chairman, Jo Roe, resigned", None),  # a comma inside: no restrictive tail closes the words
    ("whose chairman resigned", None),  # nothing before it
    ("The trust whose c" + "h" * 160, 9),  # round 62m: the longest tail read, 160 characters after its first letter
    ("The trust whose c" + "h" * 161, None),
    (" whose a whose chair resigned", 8),  # the text opening on ` whose `: the later tail is still read
    ("The trust\nwhose chair resigned", 9),  # wave 63x: a line break or a tab around `whose` is a space too
    ("The trust\twhose chair resigned", 9),
    ("The trust whose\nchair resigned", 9),
    ("The trust whose\tchair resigned", 9),
    ("The trust \n whose chair resigned", 9),
    ("The trust whosever chair resigned", None),
])
def test_a_whose_tail_closing_the_words_before_a_cue(words: str, start: int | None) -> None:
    assert whose_tail_start(words, 0, len(words)) == start


def test_a_whose_tail_at_the_words_start_leaves_no_head() -> None:
    """Round 62m (mutation): a tail that opens the words read has no head before it."""
    words = "The trust whose chair resigned"
    assert (whose_tail_start(words, 9, len(words)), whose_tail_start(words, 8, len(words))) == (None, 9)


def test_a_whose_tail_after_a_line_break_leaves_the_head_speaking() -> None:
    """Wave 63x: a wrapped line that breaks before `whose` reads as one written with a space."""
    assert rows(WATER.replace("company whose", "company\nwhose")) == [
        ("Brannock Valley Water", "organisation", "it had cut leakage by 9% since April")]
