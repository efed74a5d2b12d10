"""A repost's `Source: X` header field (wave 53f): a wire that carries an issuer's release under the release's own
headline names the issuer in a field of its own, as a page's `From: X` does, so the release's cue-less figures are
the issuer's; a newsroom credited so (`Source: Reuters`, `Source: Marketwire`, `Source: Coastline Herald`) issued no
release and its report's figures stay the writer's (`source_fields`, read by `release` and `layout`); a passive
lead-in (`The main species are summarised below:`) names what is listed, never who lists it. The pages are invented
for these tests."""
import pytest

from claims import extract_text
from claims.extract.attribution.lists import bullets_ended
from claims.extract.source_fields import newsroom_source
from claims.extract.text import split_blocks


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("field", "name", "newsroom"), [
    ("Source", "Reuters", True),
    ("Source", "Associated Press", True),
    ("Source", "Marketwire", True),
    ("Source", "PR Newswire", True),
    ("Source", "Coastline Herald", True),
    ("Source", "Valley News", True),
    ("source", "Kessel Daily Mail", True),
    ("Source", "Anadolu Agency", True),  # a name of several words in data/newsroom_names.txt, no outlet head last
    # an issuer: a body, or any name under another field
    ("Source", "Tarvena Statistics Authority", False),
    ("Source", "Government of Karuvia", False),
    ("Source", "Kessel Herald Trust", False),  # an outlet's head inside a name: the last word decides
    ("From", "Reuters", False),
    ("Issued by", "Coastline Herald", False),
])
def test_a_source_field_credits_a_newsroom_or_an_issuer(field: str, name: str, newsroom: bool) -> None:
    assert newsroom_source(field, name) is newsroom


INDEX_PAGE = ("INDEX OF HARBOUR LANDINGS FOR MAY, 2027\n\n"
              "Source: {source}\n\n"
              "Posted On: 12 JUN 2027 4:30PM\n\n"
              "The combined Index of Harbour Landings rose by 4.2 per cent in May, 2027. The index covers the nine "
              "main harbours.\n\n"
              "The main species are summarised below:\n\n"
              "Tuna - Tuna landings rose by 9.4 per cent in May, 2027.\n")


def test_a_source_field_under_a_headline_in_capitals_names_the_release_s_issuer() -> None:
    assert table(INDEX_PAGE.format(source="Karuvia Statistics Authority")) == [
        ("Karuvia Statistics Authority", "organisation", "The combined Index of Harbour Landings rose by 4.2 per cent "
                                                         "in May, 2027"),
        ("Karuvia Statistics Authority", "organisation", "Tuna - Tuna landings rose by 9.4 per cent in May, 2027"),
    ]


@pytest.mark.parametrize("source", ["Reuters", "Coastline Herald", "Marketwire"])
def test_a_newsroom_in_a_source_field_makes_no_release(source: str) -> None:
    page = ("Harbour cargo volumes climb for a third month\n\n"
            f"Source: {source}\n\n"
            "Cargo handled at the four main ports rose for a third month in May.\n\n"
            "Total throughput reached 3.4 million tonnes, up 7.8% on May last year.\n")
    assert table(page) == []


def test_a_source_field_names_the_issuer_of_a_results_release() -> None:
    page = ("Kelso Mining half-year profit slips\n\n"
            "Source: Kelso Mining\n\n"
            "Half-Year Highlights:\n\n"
            "Net profit after tax $84.6 million, down 6.1%\n\n"
            "  \u2022 Revenue $512.3 million, down 2.4%\n\n"
            "Interim dividend 6.5 cents per share, down 1.5 cents\n\n"
            "  \u2022 Payout ratio 40% of net profit\n")
    assert table(page) == [
        ("Kelso Mining", "organisation", "Net profit after tax $84.6 million, down 6.1%"),
        ("Kelso Mining", "organisation", "Revenue $512.3 million, down 2.4%"),
        ("Kelso Mining", "organisation", "Interim dividend 6.5 cents per share, down 1.5 cents"),
        ("Kelso Mining", "organisation", "Payout ratio 40% of net profit"),
    ]


@pytest.mark.parametrize(("lines", "ended"), [
    # a line of figures with bullets under it again: the list's upper level, it goes on
    (["Highlights:", "\u2022 Revenue $5.1m, up 2%", "Final dividend 8.5 cents, down 1%", "\u2022 Payout ratio 90%"], False),
    # must end: a sentence, a new lead-in, a line with no figure, or no bullet under it
    (["Highlights:", "\u2022 Revenue $5.1m, up 2%", "Our chair retires in May 2027.", "\u2022 Payout ratio 90%"], True),
    (["Highlights:", "\u2022 Revenue $5.1m, up 2%", "In 2027 we expect:", "\u2022 Payout ratio 90%"], True),
    (["Highlights:", "\u2022 Revenue $5.1m, up 2%", "Top species", "\u2022 Tuna"], True),
    (["Highlights:", "\u2022 Revenue $5.1m, up 2%", "Final dividend 8.5 cents, down 1%", "Jo Roe said: \"Good.\""], True),
])
def test_a_list_in_two_levels_goes_on_over_its_upper_lines(lines: list[str], ended: bool) -> None:
    text = "\n\n".join(lines) + "\n"
    blocks = split_blocks(text)
    assert bullets_ended(text, blocks, 2) is ended


def test_a_bullet_mark_alone_on_its_line_holds_no_lower_item() -> None:
    text = "Highlights:\n\n\u00b7 |\n\nRevenue rose 8% to $145.1 million |\n\n\u00b7 |\n"
    assert bullets_ended(text, split_blocks(text), 2) is True
