"""A live page's entries (attribution/live_entries, wave 34c): each text is written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, or the whole value a
helper returns."""
import pytest

from claims.extract.attribution.live_entries import entry_openings, opens_entry
from claims.extract.text import split_blocks
from extract_rows import rows


# A live page runs newest entry first: the body that spoke in the entry above is no party of the entry below, so
# neither its `it` nor its focus carries across the time stamp.
def test_a_body_of_the_entry_above_is_not_what_it_means_below() -> None:
    text = ("Ferry strike: live updates\n\nBy Jo Penhallow\n\n"
            "16:05\nTarrow Ferries says 11 of its 16 sailings ran today. It said 2,400 passengers had travelled.\n\n"
            "15:20\nThe harbour master's office has responded. In a statement, it said 40 lorries were still waiting "
            "at the port.\n\n"
            "14:10\nKelby Coaches says it has added 12 coaches to its timetable.\n")
    assert rows(text) == [
        ("Tarrow Ferries", "organisation", "11 of its 16 sailings ran today"),
        ("Tarrow Ferries", "organisation", "2,400 passengers had travelled"),
        ("it", "unresolved", "40 lorries were still waiting at the port"),
        ("Kelby Coaches", "organisation", "it has added 12 coaches to its timetable"),
    ]


def test_an_entry_s_own_body_is_what_it_means_under_a_headline_stamp() -> None:
    text = ("Card outage: live\n\n15:40 - Brackwater Bank: payments back\n\nBrackwater Bank says 90% of card payments "
            "are now going through.\n\n15:05 - Your questions answered\n\nA reader in Leeds asks: will I be charged "
            "twice?\n\nPenmoor Building Society told us any failed payment would be returned within three days. It "
            "said no member would pay twice.\n\n14:20 - What went wrong?\n\nOla Venn, the bank's technology chief, said "
            "a faulty file was sent to 3,000 card readers at 04:10. \"We have fixed 2,700 of them,\" she said.\n\n"
            "13:00 - Welcome\n\nGood afternoon. We will bring you the latest here.\n")
    assert rows(text) == [
        ("Brackwater Bank", "organisation", "90% of card payments are now going through"),
        ("Penmoor Building Society", "organisation", "us any failed payment would be returned within three days"),
        ("Penmoor Building Society", "organisation", "no member would pay twice"),
        ("Ola Venn", "person", "a faulty file was sent to 3,000 card readers at 04:10"),
        ("Ola Venn", "person", "We have fixed 2,700 of them"),
    ]


@pytest.mark.parametrize(("line", "expected"), [
    ("12:15", True),
    ("9.30am", True),
    ("09:30 GMT", True),
    ("15:42 - Brackwater Bank: payments back", True),
    ("2.15pm \u2013 Minister responds", True),
    ("12.5% of sailings were cancelled.", False),  # a figure opening a sentence
    ("12:15 Tarrow Ferries says", False),  # no mark between the stamp and the words
    ("2027 - a year of strikes", False),  # a year, no time
])
def test_an_entry_opens_on_its_time_stamp_alone_or_before_its_headline(line: str, expected: bool) -> None:
    assert opens_entry(line, split_blocks(line)[0]) is expected


def test_a_page_needs_three_stamped_entries_to_be_read_entry_by_entry() -> None:
    two = "Update\n\n09:00\nThe line is shut.\n\n10:00\nThe line is open.\n"
    three = two + "\n11:00\nTrains run again.\n"
    assert (entry_openings(two, split_blocks(two)), entry_openings(three, split_blocks(three))) \
        == (frozenset(), frozenset({1, 3, 5}))
