"""A correction note's earlier version (attribution/earlier_versions, wave 35b): what an earlier version of the text
said is the wrong figure the note takes back, nobody's claim. Each text is written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, or the whole value a helper
returns."""
import pytest

from claims.extract.attribution.earlier_versions import earlier_version_spans
from extract_rows import rows

STORY = ("Pellow Vale Ferries said on Monday that it had cancelled 61 sailings since March.\n\n"
         "The company said a second vessel would return to service in June.\n\n")
"""A short news story that each test closes with a correction note of its own."""
STORY_ROWS = [
    ("Pellow Vale Ferries", "organisation", "it had cancelled 61 sailings since March"),
    ("Pellow Vale Ferries", "organisation", "a second vessel would return to service in June"),
]


# The earlier version's words are nobody's, whether the note opens on a label (`Correction, date:`), says what an
# earlier post of a live page said (`In our 10:15 post we said`) or goes on to a second slip (`The story also said`).
@pytest.mark.parametrize("note", [
    "Correction, 4 May: An earlier version of this story said the company had cancelled 16 sailings.",
    "Correction: an earlier version of this article stated that the company's reservoirs were 48% full.",
    "An earlier post, at 9.40 a.m., said the harbour board had closed the slipway.",
    "Correction\n\nIn our 10:15 post we said the harbour board had closed the slipway. We regret the error.",
    "Correction: An earlier version of this story gave the wrong date. The story also said the company had sold "
    "14 vessels; it has sold four.",
])
def test_what_an_earlier_version_said_is_nobody_s(note: str) -> None:
    assert rows(STORY + note + "\n") == STORY_ROWS


def test_a_party_s_correcting_word_after_the_earlier_version_stays_its_claim() -> None:
    note = ("Correction: An earlier version of this story said 16 sailings had been cancelled. "
            "The company says the correct figure is 61.\n")
    assert rows(STORY + note) == STORY_ROWS + [
        ("Pellow Vale Ferries", "organisation", "the correct figure is 61"),
    ]


def test_a_party_s_own_earlier_figures_stay_its_claims() -> None:
    text = ("Pellow Vale Ferries said an earlier timetable had listed 40 sailings a week, and that the new one lists 52.\n")
    assert earlier_version_spans(text) == []


def test_an_earlier_version_span_runs_to_its_sentence_s_end() -> None:
    text = "Correction: An earlier version of this story said 16 sailings, at 9 a.m. on Monday, had gone. It was 61.\n"
    assert [text[s:e] for s, e in earlier_version_spans(text)] == [
        "Correction: An earlier version of this story said 16 sailings, at 9 a.m. on Monday, had gone.",
    ]


# A note whose opening the note's own reading admits but the search for notes missed (round 35's mutants of
# paragraph_around): `In a 10:15 post, we said`, `In our post, at 10:15, we said`, `In the 11:40 post, we said`.
@pytest.mark.parametrize("note", [
    "In a 10:15 post, we said the harbour board had closed the slipway.",
    "In our post, at 10:15, we said the harbour board had closed the slipway.",
    "Correction: In the 11:40 post, we said the harbour board had closed the slipway. We regret the error.",
])
def test_an_earlier_post_told_with_a_comma_is_nobody_s(note: str) -> None:
    assert rows(STORY + note + "\n") == STORY_ROWS


# The same search missed `earlier` or `previous` before the piece (round 36's re-run of the mutants): the note's own
# reading admits `In an earlier article, we said` and `In our previous story we said`.
@pytest.mark.parametrize("note", [
    "In an earlier article, we said the company said it had cancelled 16 sailings.",
    "Correction: In our previous story we said the company said it had cancelled 16 sailings. We regret the error.",
])
def test_an_earlier_piece_told_after_in_is_nobody_s(note: str) -> None:
    assert rows(STORY + note + "\n") == STORY_ROWS
