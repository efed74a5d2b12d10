"""Wave 56b: `speakers/post_signs`, a name read as a person's that the text gives a body's post is a body's (real pages
realcheck68, a water company with a Welsh name; development p1493, p1930). Every party and sentence is invented."""
from __future__ import annotations

import pytest

from claims.extract.speakers.post_signs import kind_by_posts, post_places, shown_with_post
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "name", "shown"), [
    ("A spokesperson from Corran Dyfnant said it took leaks seriously.", "Corran Dyfnant", True),
    ("Corran Dyfnant spokeswoman Ffion Rees said the pipes were old.", "Corran Dyfnant", True),
    ("Marlby Looms chief executive Dara Quinn said sales rose.", "Marlby Looms", True),
    ("Marlby Looms Chief Executive Dara Quinn said sales rose.", "Marlby Looms", True),
    ("A spokesperson from Marlby Looms' parent said sales rose.", "Marlby Looms", False),
    ("Brenda Okafor spokeswoman Jo Roe said sales rose.", "Brenda Okafor", False),
    ("Dara Quinn, chief executive, said sales rose.", "Dara Quinn", False),
    ("A spokesman for Corran Dyfnant said sales rose.", "Corran Dyfnant", False),
], ids=["spokesperson-from", "spokeswoman-after", "chief-executive-after", "capitalised-post", "possessive-after",
        "given-name-first", "post-after-a-comma", "spokesman-for"])
def test_shown_with_post(text: str, name: str, shown: bool) -> None:
    assert shown_with_post(text, name) is shown


def test_kind_by_posts_moves_only_a_person() -> None:
    text = "A spokesperson from Corran Dyfnant said it took leaks seriously."
    assert [kind_by_posts(text, "Corran Dyfnant", kind) for kind in ("person", "organisation", "inspectorate")] \
        == ["organisation", "organisation", "inspectorate"]


def test_a_body_with_a_spokesperson_from_it_is_a_body() -> None:
    text = ("Corran Dyfnant lost 131 litres of water per property per day last year.\n\n"
            "A spokesperson from Corran Dyfnant defended its record and said it takes leaks \"very seriously\".\n")
    assert cued_rows(text) == [
        ("Corran Dyfnant", "organisation", "said", "it takes leaks \"very seriously\"")]


def test_a_firm_whose_chief_executive_the_text_names_is_a_body() -> None:
    text = ("Marlby Looms chief executive Dara Quinn will step down in June.\n\n"
            "Marlby Looms said its sales rose 6% to £41m in the year to March.\n")
    assert cued_rows(text) == [
        ("Marlby Looms", "organisation", "said", "its sales rose 6% to £41m in the year to March")]


def test_post_places_reads_every_place_a_name_may_end_or_start() -> None:
    text = "Tarn Mills  spokeswoman Jo Roe; a spokesman from  the Tarn Mills, and Tarn Mills chief executives."
    assert post_places(text) == ((10, 11, 33), (49, 50, 54))


@pytest.mark.parametrize(("text", "name", "shown"), [
    ("'Tarn Mills spokeswoman Jo Roe said sales rose.", "Tarn Mills", False),
    ("Tarn Mills's spokeswoman Jo Roe said sales rose.", "Tarn Mills", False),
    ("Big Tarn Mills spokeswoman Jo Roe said sales rose.", "Tarn Mills", True),
    ("BigTarn Mills spokeswoman Jo Roe said sales rose.", "Tarn Mills", False),
    ("A spokesman from the Tarn Mills said sales rose.", "Tarn Mills", True),
    ("A spokesman from the Tarn Mills said sales rose.", "the Tarn Mills", True),
    ("A spokesman from Tarn Millsby said sales rose.", "Tarn Mills", False),
    ("A spokesman From Tarn Mills said sales rose.", "Tarn Mills", False),
    ("Tarn Mills chief executives met.", "Tarn Mills", False),
], ids=["quote-before", "possessive", "inside-a-longer-name", "glued-before", "from-the", "from-the-name",
        "longer-word-after", "capital-from", "plural-post"])
def test_shown_with_post_at_a_name_s_edges(text: str, name: str, shown: bool) -> None:
    assert shown_with_post.__wrapped__(text, name) is shown
