"""A brand-named body that `the union` may mean (`claims.extract.speakers.headless_bodies`, wave 47d): British and
Irish trade unions often bear one word with no head noun; a text that gives such a body members by its name
(`Veltra members`) may then call it `the union`. Each text is written for this test in our own words about invented
parties; each table is the whole (speaker, quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.speakers.headless_bodies import has_members


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("text", "members"), [
    ("a ballot of Veltra members", True),
    ("Veltra's members voted", True),
    ("Veltra\u2019s 9,000 members voted", True),
    ("Veltra said its staff voted", False),
    ("the Veltra board members met", False),
])
def test_members_are_read_by_the_body_s_name(text: str, members: bool) -> None:
    assert has_members(text, "Veltra") is members


def test_the_union_means_the_brand_whose_members_the_text_names() -> None:
    text = ("A survey by Veltra has revealed wide support for a four-day week.\n\n"
            "The union said backing was strongest among Veltra members under 30.\n")
    assert table(text) == [
        ("Veltra", "wide support for a four-day week"),
        ("Veltra", "backing was strongest among Veltra members under 30"),
    ]


def test_the_union_stays_unresolved_when_the_brand_has_no_members() -> None:
    text = ("A survey by Veltra has revealed wide support for a four-day week.\n\n"
            "The union said backing was strongest among staff under 30.\n")
    assert table(text) == [
        ("Veltra", "wide support for a four-day week"),
        ("the union", "backing was strongest among staff under 30"),
    ]


def test_a_brand_the_text_calls_a_firm_is_never_the_union() -> None:
    text = ("Veltra, the cleaning firm, said its staff were paid above the living wage.\n\n"
            "The union said 40 Veltra members had not been paid for overtime.\n")
    assert table(text) == [
        ("Veltra", "its staff were paid above the living wage"),
        ("the union", "40 Veltra members had not been paid for overtime"),
    ]
