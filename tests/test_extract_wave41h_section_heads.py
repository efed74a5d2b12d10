"""Wave 41h: a report's section heading alone on its line before bullets (`Passenger Routes:`, `Freight Cases:`)
names a topic, not a speaker: capitalised words holding no given name and no title are no person's lead-in and no
transcript turn, so the bullets under it are not claims of a party called `Passenger Routes`. A person's name alone
on its line before bullets (`Jo Pellew:`) and a transcript's labels before prose keep their speaker."""
from tests.extract_rows import rows

REPORT = """Harbourline Ferries Annual Review 2025

Harbourline Ferries has published its annual review for 2025, reporting a year of steady growth.

Passenger Routes:

  \u2022 4.2 million passengers travelled on the island routes, up from 3.9 million.
  \u2022 The night crossing carried 12% more cars than in 2024.

Freight Services:

  \u2022 Freight tonnage fell by 6% after the loss of two contracts.
"""


def test_heading_over_bullets_is_no_speaker() -> None:
    assert rows(REPORT) == []  # no cue names who states the bullets: better none than `Passenger Routes`


def test_transcript_style_headings_are_no_turns() -> None:
    text = REPORT.replace("Passenger Routes", "Criminal Cases").replace("Freight Services", "Civil Cases")
    assert rows(text) == []


def test_person_alone_before_bullets_keeps_the_speaker() -> None:
    text = ("The harbour master set out the season's figures.\n\nJo Pellew:\n\n"
            "  \u2022 We moved 4,000 boats through the lock this summer.\n"
            "  \u2022 Two gates failed and we lost 12 days.\n")
    assert rows(text) == [
        ("Jo Pellew", "person", "We moved 4,000 boats through the lock this summer"),
        ("Jo Pellew", "person", "Two gates failed and we lost 12 days"),
    ]


def test_transcript_labels_before_prose_keep_their_turns() -> None:
    text = ("The Tarnmouth Chronicle spoke to the harbour master about the season.\n\nJo Pellew:\n\n"
            "We moved 4,000 boats through the lock this summer, a record.\n\nChronicle:\n\n"
            "What went wrong in August?\n\nJo Pellew:\n\nTwo gates failed and we lost 12 days.\n")
    assert rows(text) == [
        ("Jo Pellew", "person", "We moved 4,000 boats through the lock this summer, a record"),
        ("Jo Pellew", "person", "Two gates failed and we lost 12 days"),
    ]
