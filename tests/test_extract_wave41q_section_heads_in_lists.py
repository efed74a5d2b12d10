"""Wave 41q: a section heading alone on its line between a lead-in's bullets (`Passenger Routes:`, `Civil Cases:`)
only labels the next part of the list, so the lead-in's speaker goes on to the bullets under it, as under `Fourth
Quarter:`; the capitalised words read as a person's name (no given name, no title) no longer stop the list. A news
report's heading with no lead-in above still gives its bullets no speaker, and a person's name alone above bullets
(`Jo Pellew:`) still names who speaks them."""
from tests.extract_rows import rows

SECTIONS = """Passenger Routes:

  \u2022 4.2 million passengers travelled on the island routes, up from 3.9 million.
  \u2022 The night crossing carried 12% more cars than in 2024.

Freight Services:

  \u2022 Freight tonnage fell by 6% after the loss of two contracts.
"""
BULLETS = [
    "4.2 million passengers travelled on the island routes, up from 3.9 million",
    "The night crossing carried 12% more cars than in 2024",
    "Freight tonnage fell by 6% after the loss of two contracts",
]


def test_sections_under_a_bodys_highlights_are_its_claims() -> None:
    text = ("Harbourline Ferries Annual Review 2025\n\nPublished by: Harbourline Ferries\n\n"
            "Harbourline Ferries has published its annual review for 2025, a year of steady growth.\n\n"
            "Key Highlights:\n\n  \u2022 The board ordered two ferries for the island routes at a cost of \u00a340 million.\n\n"
            + SECTIONS)
    assert rows(text) == [
        ("Harbourline Ferries", "organisation",
         "The board ordered two ferries for the island routes at a cost of \u00a340 million"),
    ] + [("Harbourline Ferries", "organisation", bullet) for bullet in BULLETS]


def test_sections_under_a_named_lead_in_keep_its_speaker() -> None:
    text = ("The Tarnmouth Chronicle looked at the ferry figures.\n\n"
            "Inspector Maren Solberg found:\n\n" + SECTIONS)
    assert rows(text) == [("Maren Solberg", "person", bullet) for bullet in BULLETS]


def test_sections_of_a_release_stay_the_issuers() -> None:
    text = ("PRESS RELEASE\n\nHarbourline Ferries reports a year of steady growth\n\n"
            "Harbourline Ferries has published its annual review for 2025.\n\n" + SECTIONS)
    assert rows(text) == [("Harbourline Ferries", "organisation", bullet) for bullet in BULLETS]


def test_sections_of_a_news_report_without_a_lead_in_have_no_speaker() -> None:
    text = ("By Tom Hale, Transport Correspondent\n\n"
            "Harbourline Ferries had a busy year on the island routes.\n\n" + SECTIONS)
    assert rows(text) == []


def test_person_alone_under_a_lead_in_still_speaks_her_bullets() -> None:
    text = ("Inspector Maren Solberg found:\n\n  \u2022 Three gates were out of use in May.\n\nJo Pellew:\n\n"
            "  \u2022 We moved 4,000 boats through the lock this summer.\n")
    assert rows(text) == [
        ("Maren Solberg", "person", "Three gates were out of use in May"),
        ("Jo Pellew", "person", "We moved 4,000 boats through the lock this summer"),
    ]
