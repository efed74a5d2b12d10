"""Wave 43e: a post `of X`, a relative clause about X, then the post's holder set off by commas (`The chair of Fenwick
Trust, which runs three hospices, Jo Roe, said`): the holder speaks, never X; the aside's last item is no list item
when it is a person's name alone and the subject is a post (`subject_asides`)."""
from tests.extract_rows import cued_rows

CLAIM = "demand had risen by a third"


def test_holder_after_relative_aside() -> None:
    text = f"The chair of Alderwick Trust, which runs three hospices, Mina Torr, said {CLAIM}."
    assert cued_rows(text) == [("Mina Torr", "person", "said", CLAIM)]


def test_holder_after_aside_with_a_list() -> None:
    text = f"The director of Holmby Arts, which runs two galleries, a studio and a shop, Rafe Lund, told members {CLAIM}."
    assert cued_rows(text) == [("Rafe Lund", "person", "told", CLAIM)]


def test_body_with_listed_aside_unchanged() -> None:
    text = f"Alderwick Trust, which runs Bay Lodge, Holm House and Tern Court, said {CLAIM}."
    assert cued_rows(text) == [("Alderwick Trust", "organisation", "said", CLAIM)]


def test_body_with_aside_ending_on_a_person_unchanged() -> None:
    text = f"Alderwick Trust, which was set up in 1990 by a local doctor, Mina Torr, said {CLAIM}."
    assert cued_rows(text) == [("Alderwick Trust", "organisation", "said", CLAIM)]


def test_post_then_holder_without_aside_unchanged() -> None:
    text = f"The chair of Alderwick Trust, Mina Torr, said {CLAIM}."
    assert cued_rows(text) == [("Mina Torr", "person", "said", CLAIM)]
